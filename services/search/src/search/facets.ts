import type { estypes } from '@elastic/elasticsearch';
import { ENTITY_TYPES } from '@demarche/contracts';
import { parseEntityKey } from '@demarche/elastic';

const SIZE = 10;

export const DATE_INTERVALS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type DateInterval = (typeof DATE_INTERVALS)[number];

/** A calendar histogram: auto_date_histogram lives in a module the minimal distribution lacks. */
export const dateHistogram = (interval: DateInterval, withEmpty = false): estypes.AggregationsAggregationContainer => ({
  date_histogram: { field: 'publishedAt', calendar_interval: interval, min_doc_count: withEmpty ? 0 : 1, format: 'yyyy-MM-dd' },
});

export const facetAggregations = (interval: DateInterval): Record<string, estypes.AggregationsAggregationContainer> => ({
  ...Object.fromEntries(
    ENTITY_TYPES.map((type) => [`entities_${type}`, { terms: { field: 'entityKeys', size: SIZE, include: `${type}\\|.*` } }]),
  ),
  countries: { terms: { field: 'countries', size: SIZE } },
  sources: { terms: { field: 'source.id', size: SIZE } },
  topics: { terms: { field: 'topicKeys', size: SIZE } },
  languages: { terms: { field: 'language', size: SIZE } },
  eventTypes: { terms: { field: 'eventType', size: SIZE } },
  dates: dateHistogram(interval),
});

type Bucket = { key: string | number; key_as_string?: string; doc_count: number };
const bucketsOf = (aggs: Record<string, unknown> | undefined, name: string): Bucket[] =>
  ((aggs?.[name] as { buckets?: Bucket[] } | undefined)?.buckets ?? []);

export interface Facets {
  entities: Record<string, { id: string; name: string; count: number }[]>;
  countries: { value: string; count: number }[];
  sources: { value: string; count: number }[];
  topics: { value: string; label: string; count: number }[];
  languages: { value: string; count: number }[];
  eventTypes: { value: string; count: number }[];
  dates: { date: string; count: number }[];
}

export function readFacets(aggs: Record<string, unknown> | undefined): Facets {
  const plain = (name: string) => bucketsOf(aggs, name).map((b) => ({ value: String(b.key), count: b.doc_count }));
  return {
    entities: Object.fromEntries(
      ENTITY_TYPES.map((type) => [
        type,
        bucketsOf(aggs, `entities_${type}`).map((b) => {
          const { id, name } = parseEntityKey(String(b.key));
          return { id, name, count: b.doc_count };
        }),
      ]),
    ),
    countries: plain('countries'),
    sources: plain('sources'),
    topics: bucketsOf(aggs, 'topics').map((b) => {
      const [value, ...label] = String(b.key).split('|');
      return { value, label: label.join('|'), count: b.doc_count };
    }),
    languages: plain('languages'),
    eventTypes: plain('eventTypes'),
    dates: bucketsOf(aggs, 'dates').map((b) => ({ date: b.key_as_string ?? String(b.key), count: b.doc_count })),
  };
}
