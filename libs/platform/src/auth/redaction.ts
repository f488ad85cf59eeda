export const REDACTED = '[REDACTED]';

/** Property names whose values never reach a log line, at any depth (case-insensitive). */
export const SENSITIVE_KEYS = [
  'authorization',
  'proxy-authorization',
  'x-api-key',
  'cookie',
  'set-cookie',
  'apiKey',
  'api_key',
  'webhookSecret',
  'password',
];

// Credentials written into text: header lines, `Bearer …`, webhook secrets.
const PATTERNS: Array<[RegExp, string]> = [
  [/\b((?:proxy-)?authorization|x-api-key)(["']?\s*[:=]\s*["']?)(?:(?:Bearer|Basic)\s+)?[^\s"',;}]+/gi, `$1$2${REDACTED}`],
  [/\bBearer\s+[A-Za-z0-9._~+/=-]{4,}/gi, `Bearer ${REDACTED}`],
  [/\bwhsec_[A-Za-z0-9_-]+/g, REDACTED],
];

const maskedSecrets = new Set<string>();

/** Secrets this process knows in plaintext (configured API keys): masked wherever they appear. */
export function maskSecrets(secrets: Iterable<string>): void {
  for (const secret of secrets) if (secret.length >= 8) maskedSecrets.add(secret);
}

export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  for (const secret of maskedSecrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}

const SENSITIVE = new Set(SENSITIVE_KEYS.map((k) => k.toLowerCase()));

/** A copy of a log value with credentials masked: sensitive properties and secrets inside strings. */
export function redactValue(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, seen));
  if (value instanceof Error) {
    const copy = new Error(redactText(value.message));
    copy.name = value.name;
    copy.stack = value.stack && redactText(value.stack);
    return copy;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, SENSITIVE.has(key.toLowerCase()) ? REDACTED : redactValue(item, seen)]),
  );
}

/** Request headers as they may be logged or traced. */
export function redactHeaders(headers: Record<string, unknown>): Record<string, unknown> {
  return redactValue(headers) as Record<string, unknown>;
}
