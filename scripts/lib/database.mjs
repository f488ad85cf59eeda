import pg from 'pg';

export const LOCAL_DATABASE_URL = 'postgres://demarche:demarche@127.0.0.1:5432/demarche';

/** DATABASE_URL when given; the local stack's PostgreSQL when it answers; otherwise none (SQLite). */
export async function pickDatabaseUrl(url = process.env.DATABASE_URL ?? LOCAL_DATABASE_URL) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return url;
  } catch {
    if (process.env.DATABASE_URL) throw new Error(`DATABASE_URL does not answer: ${url.replace(/:[^:@/]+@/, ':***@')}`);
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}
