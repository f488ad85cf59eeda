// `demarche enrich <file>…`: extraction and enrichment of release files, read as `demarche import`
// reads them (text, HTML, JSON releases, NDJSON, feed items), printed as JSON without ingesting.
import { commandArgs } from './command-args.mjs';
import { readReleaseFile } from './release-files.mjs';

export const description = 'extract and enrich release files (.txt .html .json .ndjson feed .xml) and print them as JSON';

const USAGE = `usage: demarche enrich <file>… [--format text|html] [--language <iso 639-1>] [--source-country <ISO 3166-1 alpha-2>] [--kb-only]

Reads each file as demarche import does (.txt scraped text, .html a page, .json one release or an
array, .ndjson/.jsonl one release a line, .xml/.rss/.atom a feed: one release per item; a JSON
title and publishedAt, a feed item's <title> and pubDate are used as stated) and prints
{release, enrichment} for each: the extracted title, date (and where each came from), language and
paragraphs, then entities linked to canonical ids, countries, topics with why they matched, and
the diplomatic event. One release prints one JSON object; several print one JSON object a line.
Entities come as the enrich service finds them: the trained recogniser first (CoreNLP and natasha
at CORENLP_URL and NATASHA_URL, default the local stack's: deploy/local/stack up corenlp
natasha), then the knowledge base; --kb-only skips the recogniser. With the recogniser down the
command stops and says so rather than print half the entities. Needs a build (npx tsc -b). The
original text only: no translation. Nothing is ingested.`;

export async function run(args) {
  const parsed = commandArgs('enrich', USAGE, args, {
    format: { type: 'string' },
    language: { type: 'string' },
    'source-country': { type: 'string' },
    'kb-only': { type: 'boolean', default: false },
  });
  if ('exit' in parsed) return parsed.exit;
  const { values, positionals } = parsed;
  if (values.format && !['text', 'html'].includes(values.format)) {
    console.error(`demarche enrich: --format is text or html\n\n${USAGE}`);
    return 2;
  }
  const [{ extractRelease, isExtractionError }, nlp] = await Promise.all([import('@demarche/text'), import('@demarche/nlp')]);
  const kb = nlp.loadKnowledgeBase();
  const recogniser = values['kb-only'] ? undefined : nlp.recogniserFromEnv({ timeoutMs: Number(process.env.NER_TIMEOUT_MS ?? 60_000) });
  const records = [];
  let failed = 0;
  for (const file of positionals) {
    try {
      records.push(...(await readReleaseFile(file, { format: values.format })));
    } catch (error) {
      console.error(`demarche enrich: cannot read ${file}: ${error.code ?? ''} ${error.message}`.replace(/\s+/g, ' '));
      failed++;
    }
  }
  const results = [];
  for (const { where, input } of records) {
    let release;
    try {
      release = extractRelease({ ...input, ...(values.language && { language: values.language }) });
    } catch (error) {
      if (!isExtractionError(error)) throw error;
      console.error(`demarche enrich: ${where}: ${error.code}: ${error.message}`);
      failed++;
      continue;
    }
    const toEnrich = {
      title: release.title,
      paragraphs: release.paragraphs,
      language: release.language,
      publishedAt: release.publishedAt,
      dateSource: release.dateSource,
      sourceCountry: values['source-country']?.toUpperCase(),
    };
    let model;
    try {
      model = recogniser && (await nlp.recogniseRelease(toEnrich, recogniser));
    } catch (error) {
      if (!(error instanceof nlp.RecogniserUnavailableError)) throw error;
      console.error(`demarche enrich: ${error.message}\nstart the recognisers (deploy/local/stack up corenlp natasha) or pass --kb-only`);
      return 1;
    }
    const enrichment = nlp.enrichRelease(toEnrich, kb, model);
    const { title, titleSource, publishedAt, dateSource, language, paragraphs } = release;
    results.push({ ...(records.length > 1 && { file: where }), release: { title, titleSource, publishedAt, dateSource, language, paragraphs }, enrichment });
  }
  if (results.length === 1 && records.length === 1) console.log(JSON.stringify(results[0], null, 2));
  else for (const result of results) console.log(JSON.stringify(result));
  return failed > 0 ? 1 : 0;
}
