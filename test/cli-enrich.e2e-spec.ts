import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM CLI module without typings
import { run as runEnrich } from '../scripts/cli/enrich.mjs';
import { captureCli } from './support/cli.js';
import type { Entity } from './support/entity.js';

const entitiesOf = (output: string) => (JSON.parse(output) as { enrichment: { entities: Entity[] } }).enrichment.entities;
const names = (entities: Entity[]) => entities.map((e) => `${e.type}:${e.name}`);

// A Senate release as scraped: the headline run into the dateline, people, agencies and towns
// in no knowledge base. `demarche enrich` must find them as the enrich service does: the real
// recognisers of the stack first, then the knowledge base.
describe('demarche enrich with the recogniser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'demarche-enrich-'));
  const file = join(dir, 'senate.txt');
  writeFileSync(
    file,
    [
      'Lindqvist Secures $4.2 Million for Duluth Harbor Bridge',
      'WASHINGTON, D.C. -- U.S. Senator Harriet Lindqvist (D-MN) today announced that the Department of Transportation has awarded $4.2 million to the city of Duluth to rebuild the harbor bridge.',
      '',
      '"American workers built this bridge and American workers will rebuild it," Lindqvist said. The grant was requested by Mayor Tobias Engstrom and the Minnesota Department of Transportation.',
    ].join('\n'),
  );

  it('finds the people, agencies and towns the knowledge base lacks, with their roles', async () => {
    const { code, output } = await captureCli(runEnrich, [file]);
    expect(code).toBe(0);
    const entities = entitiesOf(output);
    expect(names(entities)).toEqual(
      expect.arrayContaining(['person:Harriet Lindqvist', 'person:Tobias Engstrom', 'organization:Department of Transportation', 'organization:Minnesota Department of Transportation', 'location:Duluth']),
    );
    expect(entities.find((e) => e.name === 'Harriet Lindqvist')).toMatchObject({ linked: false, role: 'Senator', id: 'unlinked:person:harriet-lindqvist' });
    expect(entities.filter((e) => e.type === 'country').map((e) => e.id)).toEqual(['Q30']);
  });

  it('with --kb-only, finds only what the knowledge base and the title patterns know', async () => {
    const { code, output } = await captureCli(runEnrich, ['--kb-only', file]);
    expect(code).toBe(0);
    expect(names(entitiesOf(output))).not.toContain('location:Duluth');
  });

  it('stops and says so when the recogniser does not answer, rather than print half the entities', async () => {
    const before = process.env.CORENLP_URL;
    process.env.CORENLP_URL = 'http://127.0.0.1:1';
    try {
      const { code, output } = await captureCli(runEnrich, [file]);
      expect(code).toBe(1);
      expect(output).toMatch(/recogniser at http:\/\/127\.0\.0\.1:1 did not answer[\s\S]*deploy\/local\/stack up corenlp natasha/);
      expect(output).not.toContain('"enrichment"');
    } finally {
      if (before === undefined) delete process.env.CORENLP_URL;
      else process.env.CORENLP_URL = before;
    }
  });
});
