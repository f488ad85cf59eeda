import type { ReleaseDocument } from '@demarche/elastic';

export const EXPORT_FIELDS = ['id', 'publishedAt', 'source', 'language', 'countries', 'eventType', 'clusterId', 'url', 'title', 'entities', 'topics'] as const;

export type ExportRow = Record<(typeof EXPORT_FIELDS)[number], string | string[] | undefined>;

export function toExportRow(doc: ReleaseDocument): ExportRow {
  return {
    id: doc.id,
    publishedAt: doc.publishedAt,
    source: doc.source?.id,
    language: doc.language,
    countries: doc.countries ?? [],
    eventType: doc.eventType,
    clusterId: doc.clusterId,
    url: doc.url,
    title: doc.title,
    entities: [...new Set((doc.entities ?? []).map((e) => e.id))],
    topics: (doc.topics ?? []).map((t) => t.code),
  };
}

/**
 * One RFC 4180 cell. A value starting with = + - @ is prefixed with ' so that a spreadsheet
 * shows it rather than running it as a formula (CSV injection).
 */
export function csvCell(value: string | string[] | undefined): string {
  let text = Array.isArray(value) ? value.join(';') : (value ?? '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvHeader = () => `${EXPORT_FIELDS.join(',')}\r\n`;
export const csvLine = (row: ExportRow) => `${EXPORT_FIELDS.map((f) => csvCell(row[f])).join(',')}\r\n`;
export const ndjsonLine = (row: ExportRow) => `${JSON.stringify(row)}\n`;
