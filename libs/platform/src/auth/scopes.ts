export const SCOPES = ['ingest', 'search', 'subscriptions', 'admin'] as const;
export type Scope = (typeof SCOPES)[number];

export const isScope = (value: string): value is Scope => (SCOPES as readonly string[]).includes(value);

/** `admin` is the operator's key: it can do whatever any other scope can. */
export function grants(held: ReadonlySet<Scope>, needed: Scope): boolean {
  return held.has('admin') || held.has(needed);
}
