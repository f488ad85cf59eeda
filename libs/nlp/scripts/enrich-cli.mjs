// `demarche enrich <file>`: extraction and enrichment of one release, printed as JSON.
// Wire it with scripts/cli/enrich.mjs containing: export * from '../../libs/nlp/scripts/enrich-cli.mjs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';

export const description = 'extract and enrich a release file (entities, topics, event) and print it as JSON';

const USAGE = `usage: demarche enrich <file> [--format text|html] [--language <iso 639-1>] [--source-country <ISO 3166-1 alpha-2>]

Prints {release, enrichment} as JSON: the extracted title, date, language and paragraphs, then
entities linked to canonical ids (with mentions), countries, topics with why they matched, and
the diplomatic event. Needs a build (npx tsc -b). The original text only: no translation.`;

export async function run(args) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string' }, language: { type: 'string' }, 'source-country': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`demarche enrich: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const [{ extractRelease, isExtractionError }, { enrichRelease }] = await Promise.all([import('@demarche/text'), import('@demarche/nlp')]);
  let content;
  try {
    content = await readFile(positionals[0], 'utf8');
  } catch (error) {
    console.error(`demarche enrich: cannot read ${positionals[0]}: ${error.message}`);
    return 1;
  }
  const ext = extname(positionals[0]).toLowerCase();
  const format = values.format ?? (['.html', '.htm'].includes(ext) || /^\s*<(!doctype|html)/i.test(content) ? 'html' : 'text');
  let release;
  try {
    release = extractRelease({ content, format, language: values.language });
  } catch (error) {
    if (!isExtractionError(error)) throw error;
    console.error(`demarche enrich: ${error.code}: ${error.message}`);
    return 1;
  }
  const enrichment = enrichRelease({
    title: release.title,
    paragraphs: release.paragraphs,
    language: release.language,
    publishedAt: release.publishedAt,
    sourceCountry: values['source-country']?.toUpperCase(),
  });
  console.log(JSON.stringify({ release: { title: release.title, publishedAt: release.publishedAt, language: release.language, paragraphs: release.paragraphs }, enrichment }, null, 2));
  return 0;
}
