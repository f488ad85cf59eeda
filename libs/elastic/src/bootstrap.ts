import type { Client } from '@elastic/elasticsearch';
import { releasesIndexTemplate, releasesMappings } from './releases-template.js';

/** True when the cluster has the analysis-common module (official images do; the minimal zip does not). */
export async function hasLanguageAnalyzers(client: Client): Promise<boolean> {
  const info = await client.nodes.info({ metric: 'plugins' });
  return Object.values(info.nodes).every((node) => (node.modules ?? []).some((m) => m.name === 'analysis-common'));
}

/** `releases-v20261128175653408`: the `-v` keeps `releases-v*` from matching another alias's indices. */
export const versionedIndexName = (alias: string, at = new Date()) =>
  `${alias}-v${at.toISOString().replace(/[-:TZ.]/g, '').slice(0, 17)}`;

/**
 * Puts the index template and, when the alias does not exist yet, creates the first
 * versioned index behind it. Safe to run on every start.
 */
export async function ensureReleasesIndex(client: Client, alias: string) {
  const languageAnalyzers = await hasLanguageAnalyzers(client);
  await client.indices.putIndexTemplate(releasesIndexTemplate(alias, languageAnalyzers));
  if (await client.indices.existsAlias({ name: alias })) {
    // New fields are additive: put them on the live index too, so the writers' documents fit.
    const { dynamic_templates, properties } = releasesMappings(languageAnalyzers);
    await client.indices.putMapping({ index: alias, dynamic_templates, properties });
    return { alias, created: false, languageAnalyzers };
  }
  const index = versionedIndexName(alias);
  await client.indices.create({ index, aliases: { [alias]: { is_write_index: true } } });
  return { alias, index, created: true, languageAnalyzers };
}
