import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { pickDatabaseUrl } from '../../scripts/lib/database.mjs';

/**
 * Rewrites a release's recorded event in the ingest service's ledger, as an older extractor would
 * have left it: the database the e2e setup gave the services (PostgreSQL when it answers, else the
 * ingest service's SQLite file).
 */
export async function rewriteRecordedEvent(id: string, change: (event: Record<string, any>) => void): Promise<void> {
  const url = await pickDatabaseUrl(process.env.DATABASE_URL ?? 'postgres://demarche:demarche@127.0.0.1:5432/demarche_test');
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT event FROM release_ledger WHERE id = $1', [id]);
      const event = JSON.parse(rows[0].event);
      change(event);
      await client.query('UPDATE release_ledger SET event = $2, title = $3, content_hash = $4 WHERE id = $1', [id, JSON.stringify(event), event.title, event.contentHash]);
    } finally {
      await client.end();
    }
    return;
  }
  const db = new Database(join('.data/test', 'ingest.sqlite'));
  try {
    const row = db.prepare('SELECT event FROM release_ledger WHERE id = ?').get(id) as { event: string };
    const event = JSON.parse(row.event);
    change(event);
    db.prepare('UPDATE release_ledger SET event = ?, title = ?, content_hash = ? WHERE id = ?').run(JSON.stringify(event), event.title, event.contentHash, id);
  } finally {
    db.close();
  }
}
