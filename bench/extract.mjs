// Extraction throughput on a generated corpus: HTML pages with site furniture and scraped text,
// in several languages, through charset detection and extractRelease.
// usage: node bench/extract.mjs [--pages N]   (build first: npx tsc -b)
import { decodeBytes, extractRelease } from '@demarche/text';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '2000' } } });
const PAGES = Number(values.pages);

const SENTENCES = {
  en: ['The minister held talks with his counterpart on regional security and trade.', 'The parties discussed the situation on the Korean peninsula and agreed to continue consultations.', 'Both sides reaffirmed their commitment to the principles of the United Nations Charter.', 'Particular attention was paid to cooperation in energy, transport and education.'],
  ru: ['Министр провёл переговоры с коллегой по вопросам региональной безопасности и торговли.', 'Стороны обсудили ситуацию на Корейском полуострове и договорились продолжить консультации.', 'Обе стороны подтвердили приверженность принципам Устава ООН.', 'Особое внимание было уделено сотрудничеству в области энергетики, транспорта и образования.'],
  fr: ['Le ministre s’est entretenu avec son homologue de la sécurité régionale et du commerce.', 'Les parties ont évoqué la situation dans la péninsule coréenne et sont convenues de poursuivre les consultations.', 'Les deux parties ont réaffirmé leur attachement aux principes de la Charte des Nations unies.', 'Une attention particulière a été accordée à la coopération dans l’énergie, les transports et l’éducation.'],
};
const DATES = { en: 'Thursday, 07 September 2017 17:44', ru: '5 сентября 2017 года', fr: '5 septembre 2017' };

function pick(list, i, n) {
  return Array.from({ length: n }, (_, k) => list[(i + k) % list.length]);
}

function htmlPage(i, lang) {
  const paragraphs = pick(SENTENCES[lang], i, 4 + (i % 6)).map((s, k) => `<p>${s} (${i}.${k})</p>`).join('\n');
  const related = Array.from({ length: 8 }, (_, k) => `<li><a href="/news/${i + k}">Related article ${i + k}</a></li>`).join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Release ${i} | Ministry</title>
<link rel="canonical" href="https://mfa.example.org/press/${i}"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/press">Press</a></li><li><a href="/contacts">Contacts</a></li></ul></nav></header>
<div class="cookie">We use cookies to improve your experience. Accept</div>
<main><article><h1>Statement number ${i} on bilateral relations</h1><time datetime="2017-09-07T17:44:00">${DATES[lang]}</time>
${paragraphs}
<div class="share">Share: Facebook Twitter Telegram</div></article>
<aside><h3>Popular articles</h3><ul>${related}</ul></aside></main>
<footer>57 Messines Road, Karori, Wellington 6012 · (64-4) 476-6113 · © Ministry of Foreign Affairs</footer></body></html>`;
}

function textPage(i, lang) {
  const paragraphs = pick(SENTENCES[lang], i, 3 + (i % 5)).map((s, k) => `${s} (${i}.${k})`);
  return [`Statement number ${i} on bilateral relations`, '', DATES[lang], '', ...paragraphs, '', 'Popular articles', '', '02 March 2018', 'Briefing by the Spokesperson on current issues,...', '(64-4) 476-6113;'].join('\n');
}

const langs = Object.keys(SENTENCES);
const corpus = Array.from({ length: PAGES }, (_, i) => {
  const lang = langs[i % langs.length];
  const html = i % 2 === 0;
  return { bytes: Buffer.from(html ? htmlPage(i, lang) : textPage(i, lang)), format: html ? 'html' : 'text' };
});
const totalBytes = corpus.reduce((sum, page) => sum + page.bytes.length, 0);

// Warm-up: JIT and lazy module state out of the measurement.
for (const page of corpus.slice(0, 50)) extractRelease({ content: decodeBytes(page.bytes).text, format: page.format });

const durations = [];
let failed = 0;
const started = process.hrtime.bigint();
for (const page of corpus) {
  const t0 = process.hrtime.bigint();
  try {
    extractRelease({ content: decodeBytes(page.bytes, { sniffMarkup: page.format === 'html' }).text, format: page.format, timezone: 'Europe/Moscow' });
  } catch {
    failed++;
  }
  durations.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
durations.sort((a, b) => a - b);
const pct = (p) => durations[Math.min(durations.length - 1, Math.floor((p / 100) * durations.length))].toFixed(2);
const html = corpus.filter((p) => p.format === 'html').length;

console.log(`corpus: ${PAGES} pages (${html} HTML, ${PAGES - html} text; en, ru, fr), ${(totalBytes / 1e6).toFixed(2)} MB`);
console.log(`time: ${seconds.toFixed(2)} s, failed: ${failed}`);
console.log(`bench: pages=${PAGES} pages_per_s=${(PAGES / seconds).toFixed(0)} mb_per_s=${(totalBytes / 1e6 / seconds).toFixed(2)} p50_ms=${pct(50)} p99_ms=${pct(99)} failed=${failed}`);
