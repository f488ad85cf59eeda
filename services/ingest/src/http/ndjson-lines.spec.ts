import { describe, expect, it } from 'vitest';
import { ndjsonLines } from './ndjson-lines.js';

async function collect(chunks: string[], max = 100) {
  const out = [];
  for await (const line of ndjsonLines((async function* () { for (const c of chunks) yield Buffer.from(c); })(), max)) out.push(line);
  return out;
}

describe('ndjsonLines', () => {
  it('splits lines across chunk borders and numbers them from 1', async () => {
    expect(await collect(['{"a":', '1}\n{"b"', ':2}\r\n', '{"c":3}'])).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{"b":2}' },
      { line: 3, text: '{"c":3}' },
    ]);
  });

  it('skips blank lines but keeps counting', async () => {
    expect(await collect(['x\n\n  \ny\n'])).toEqual([
      { line: 1, text: 'x' },
      { line: 4, text: 'y' },
    ]);
  });

  it('reports an over-long line without breaking the next one', async () => {
    expect(await collect(['a'.repeat(60), 'a'.repeat(60), '\nok\n'], 100)).toEqual([
      { line: 1, tooLong: true },
      { line: 2, text: 'ok' },
    ]);
  });

  it('keeps a multi-byte character split across chunks intact', async () => {
    const bytes = Buffer.from('"Лавров"\n');
    const out = [];
    const stream = (async function* () { yield bytes.subarray(0, 2); yield bytes.subarray(2); })();
    for await (const line of ndjsonLines(stream, 100)) out.push(line);
    expect(out).toEqual([{ line: 1, text: '"Лавров"' }]);
  });
});

describe('ndjsonLines and encodings', () => {
  it('reports a line that is not UTF-8 instead of decoding it to replacement characters', async () => {
    const input = [Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}\n{"b":1}\n')])];
    const lines = [];
    for await (const line of ndjsonLines(input, 1000)) lines.push(line);
    expect(lines).toEqual([{ line: 1, invalidUtf8: true }, { line: 2, text: '{"b":1}' }]);
  });
});
