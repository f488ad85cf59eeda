import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './charset.decode.js';

const ru = 'Министр иностранных дел провёл телефонный разговор с государственным секретарём США. Стороны обсудили ситуацию на Корейском полуострове и перспективы урегулирования.';
const zh = '外交部发言人就朝鲜半岛局势答记者问。双方讨论了两国关系和共同关心的国际问题。';
const pl = 'Minister spraw zagranicznych przeprowadził rozmowę telefoniczną z sekretarzem stanu. Strony omówiły sytuację na Półwyspie Koreańskim i współpracę gospodarczą.';
const fr = 'Le ministre des Affaires étrangères a eu un entretien téléphonique avec le secrétaire d’État. Les deux parties ont évoqué la situation régionale et la coopération.';

describe('decodeBytes', () => {
  it.each([
    ['windows-1251', ru, undefined],
    ['koi8-r', ru, undefined],
    ['gb18030', zh, undefined],
    ['iso-8859-2', pl, undefined],
    ['windows-1252', fr, undefined],
    ['windows-1251', ru, 'text/html; charset=windows-1251'],
    ['koi8-r', ru, 'koi8-r'],
  ])('reads %s text (declared: %s)', (charset, text, declared) => {
    const decoded = decodeBytes(iconv.encode(text, charset), { declared });
    expect(decoded.text).toBe(text);
    expect(decoded.charset).toBe(charset);
  });

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ru)]))).toMatchObject({ text: ru, by: 'bom' });
    expect(decodeBytes(Buffer.from(ru))).toMatchObject({ text: ru, charset: 'utf-8' });
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(zh, 'utf-16le')]);
    expect(decodeBytes(bytes).text).toBe(zh);
  });

  it('sees through a wrong declared charset', () => {
    const bytes = iconv.encode(ru, 'windows-1251');
    expect(decodeBytes(bytes, { declared: 'text/html; charset=iso-8859-1' })).toMatchObject({ text: ru, by: 'detected' });
    expect(decodeBytes(bytes, { declared: 'utf-8' }).text).toBe(ru);
  });

  it('trusts UTF-8 bytes over a legacy declaration', () => {
    expect(decodeBytes(Buffer.from(ru), { declared: 'windows-1251' }).text).toBe(ru);
  });

  it('finds the charset in a meta tag', () => {
    const html = `<html><head><meta charset="koi8-r"><title>x</title></head><body><p>${ru}</p></body></html>`;
    expect(decodeBytes(iconv.encode(html, 'koi8-r'), { sniffMarkup: true })).toMatchObject({ text: html, by: 'declared' });
  });
});
