import type { estypes } from '@elastic/elasticsearch';
import { LANGUAGE_ANALYZERS } from './languages.js';

/**
 * `content.<lang>.title|body` holds the original text under its own language and every
 * translation under the target's, each with that language's analyzer — so an English
 * query matches a Spanish release through its English translation.
 */
function contentTemplates(withLanguageAnalyzers: boolean): Record<string, estypes.MappingDynamicTemplate>[] {
  const perLanguage = Object.entries(LANGUAGE_ANALYZERS).map(([code, analyzer]) => ({
    [`content_${code}`]: {
      path_match: `content.${code}.*`,
      mapping: { type: 'text', analyzer: withLanguageAnalyzers ? analyzer : 'standard' } as estypes.MappingProperty,
    },
  }));
  return [
    ...perLanguage,
    { content_other: { path_match: 'content.*.*', mapping: { type: 'text', analyzer: 'standard' } } },
  ];
}

const keyword = { type: 'keyword' } as const;
const notIndexed = { type: 'object', enabled: false } as const;

export function releasesMappings(withLanguageAnalyzers: boolean): estypes.MappingTypeMapping {
  return {
    dynamic: 'strict',
    dynamic_templates: contentTemplates(withLanguageAnalyzers),
    properties: {
      id: keyword,
      revision: { type: 'long' },
      source: { properties: { id: keyword, name: keyword, country: keyword } },
      url: keyword,
      title: { type: 'text', fields: { raw: { type: 'keyword', ignore_above: 1024 } } },
      body: { type: 'text' },
      paragraphs: { type: 'text', index: false },
      content: { type: 'object', dynamic: true },
      language: keyword,
      publishedAt: { type: 'date' },
      titleSource: keyword,
      dateSource: keyword,
      ingestedAt: { type: 'date' },
      indexedAt: { type: 'date' },
      contentHash: keyword,
      translation: { properties: { status: keyword, pending: keyword, unsupported: keyword } },
      translations: {
        properties: {
          language: keyword,
          title: { type: 'text', index: false },
          paragraphs: { type: 'text', index: false },
          machine: { type: 'boolean' },
          backend: keyword,
          model: keyword,
        },
      },
      entities: {
        properties: {
          id: keyword,
          name: keyword,
          type: keyword,
          role: keyword,
          country: keyword,
          linked: { type: 'boolean' },
          mentions: notIndexed,
        },
      },
      entityKeys: keyword,
      entityRoles: keyword,
      countries: keyword,
      topics: { properties: { code: keyword, label: keyword, why: { type: 'text', index: false } } },
      topicKeys: keyword,
      eventType: keyword,
      event: {
        properties: {
          type: keyword,
          participants: { properties: { id: keyword, name: keyword, country: keyword, role: keyword } },
          initiator: keyword,
          date: { type: 'date', format: 'strict_date' },
          place: { properties: { id: keyword, name: keyword } },
        },
      },
      clusterId: keyword,
    },
  };
}

export function releasesIndexTemplate(alias: string, withLanguageAnalyzers: boolean) {
  return {
    name: `${alias}-template`,
    index_patterns: [`${alias}-v*`],
    priority: 100,
    template: {
      settings: { number_of_shards: 1, number_of_replicas: 0, refresh_interval: '1s' },
      mappings: releasesMappings(withLanguageAnalyzers),
    },
    _meta: { owner: 'demarche', languageAnalyzers: withLanguageAnalyzers },
  };
}
