import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

/**
 * The topic codes enrichment can tag a release with: the codes of the rules in @demarche/nlp's
 * data/topics.yaml (read as data, so feeds need not load the enrichment code).
 */
export function producibleCodes(file = createRequire(import.meta.url).resolve('@demarche/nlp/data/topics.yaml')): Set<string> {
  const doc = parse(readFileSync(file, 'utf8')) as { iptc?: Array<{ code: string }>; feeds?: Array<{ code: string }> };
  return new Set([...(doc.iptc ?? []), ...(doc.feeds ?? [])].map((r) => r.code));
}
