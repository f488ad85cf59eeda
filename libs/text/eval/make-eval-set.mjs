// Writes the extraction eval set: one page per gold release, rendered with its site layout and
// encoded in its charset, plus gold.json. Run again after editing releases.mjs or layouts.mjs:
//   node libs/text/eval/make-eval-set.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { LABELS, LAYOUTS } from './layouts.mjs';
import { HELDOUT_LAYOUTS, HELDOUT_RELEASES } from './heldout.mjs';
import { RELEASES } from './releases.mjs';

const dir = new URL('./pages/', import.meta.url);
mkdirSync(dir, { recursive: true });
const gold = [];
for (const release of RELEASES) {
  const others = RELEASES.filter((o) => o.lang === release.lang && o.id !== release.id).slice(0, 3);
  const html = LAYOUTS[release.layout](release, LABELS[release.lang], others);
  const charset = release.charset ?? 'utf-8';
  const file = `${release.id}.html`;
  writeFileSync(new URL(file, dir), iconv.encode(html, charset));
  gold.push({ file, lang: release.lang, layout: release.layout, charset, split: 'tuning', title: release.title, date: release.date, body: release.body.join('\n') });
}
for (const release of HELDOUT_RELEASES) {
  const html = HELDOUT_LAYOUTS[release.layout](release, LABELS[release.lang]);
  const charset = release.charset ?? 'utf-8';
  const file = `${release.id}.html`;
  writeFileSync(new URL(file, dir), iconv.encode(html, charset));
  const body = release.gold ? release.gold.map((i) => release.body[i]) : release.body;
  gold.push({ file, lang: release.lang, layout: release.layout, charset, split: 'heldout', title: release.title, date: release.date, body: [...(release.lead ? [release.lead] : []), ...body].join('\n') });
}
writeFileSync(new URL('./gold.json', import.meta.url), `${JSON.stringify(gold, null, 1)}\n`);
console.log(`${gold.length} pages written`);
