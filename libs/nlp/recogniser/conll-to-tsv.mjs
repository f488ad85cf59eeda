#!/usr/bin/env node
// Gold JSON lines ({text, entities: [{start, end, type}]}, tokens joined by single spaces, as
// CoNLL files are) to the token<TAB>label format CoreNLP's CRFClassifier trains on (IO labels,
// one blank line between sentences): node conll-to-tsv.mjs <gold.jsonl> > train.tsv
import { readFileSync } from 'node:fs';

for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { text, entities } = JSON.parse(line);
  const out = [];
  let at = 0;
  for (const token of text.split(' ')) {
    const start = at;
    at += token.length + 1;
    if (!token) continue;
    const e = entities.find((x) => x.start <= start && start < x.end);
    out.push(`${token}\t${e ? e.type : 'O'}`);
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n\n`);
}
