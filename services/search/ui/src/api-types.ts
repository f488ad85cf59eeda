/** The parts of the search API's responses the page reads (see the service's OpenAPI document). */
export interface Bucket {
  value?: string;
  id?: string;
  name?: string;
  label?: string;
  count: number;
}

export interface Facets {
  entities: Record<'person' | 'organization' | 'location' | 'country', Bucket[]>;
  countries: Bucket[];
  sources: Bucket[];
  topics: Bucket[];
  languages: Bucket[];
  eventTypes: Bucket[];
  dates: { date: string; count: number }[];
}

export interface Hit {
  id: string;
  title: string;
  titleHighlight?: string;
  snippet?: string;
  publishedAt?: string;
  source?: string;
  language?: string;
  countries?: string[];
  alsoPublishedBy?: { count: number; sources: string[] };
}

export interface SearchResult {
  total: number;
  hits: Hit[];
  facets?: Facets;
  nextCursor?: string;
}

export interface Mention {
  in: string;
  start: number;
  end: number;
}

export interface ReleaseEntity {
  id: string;
  name: string;
  type: string;
  role?: string;
  mentions?: Mention[];
}

export interface ReleaseDoc {
  title: string;
  paragraphs: string[];
  language: string;
  publishedAt?: string;
  source?: { id: string };
  countries?: string[];
  eventType?: string;
  url?: string;
  entities?: ReleaseEntity[];
  translations?: { language: string; machine?: boolean; title: string; paragraphs: string[] }[];
}

export interface EntityProfile {
  name: string;
  type: string;
  releases: number;
  roles: { role: string }[];
  timeline: { date: string; count: number }[];
  coMentioned: { id: string; name: string; releases: number }[];
  latest: { id: string; title: string; publishedAt?: string; source: string }[];
}
