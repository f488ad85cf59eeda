import { describe, expect, it } from 'vitest';
import { csvCell, csvHeader, csvLine, ndjsonLine, type ExportRow } from './export-format.js';

const row: ExportRow = {
  id: 'rel_1',
  publishedAt: '2024-01-01',
  source: 'mfa.example.org',
  language: 'en',
  countries: ['FR', 'DE'],
  eventType: undefined,
  clusterId: 'rel_1',
  url: undefined,
  title: 'Talks, "frank" and\nlong',
  entities: [],
  topics: ['medtop:1'],
};

describe('csv export', () => {
  it('quotes commas, quotes and newlines (RFC 4180) and joins lists with ;', () => {
    expect(csvLine(row)).toBe('rel_1,2024-01-01,mfa.example.org,en,"FR;DE",,rel_1,,"Talks, ""frank"" and\nlong",,medtop:1\r\n');
    expect(csvHeader().split(',')).toHaveLength(11);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe(`"'+1"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('plain')).toBe('plain');
  });

  it('writes one JSON object per NDJSON line', () => {
    expect(JSON.parse(ndjsonLine(row))).toEqual(JSON.parse(JSON.stringify(row)));
    expect(ndjsonLine(row).endsWith('\n')).toBe(true);
    expect(ndjsonLine(row).trim()).not.toContain('\n');
  });
});
