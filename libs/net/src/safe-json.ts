const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A `JSON.parse` reviver for request bodies: a key such as `__proto__` is never a field of ours,
 * and an object carrying one is a prototype-pollution attempt on whatever merges it later. The
 * parse fails, so body-parser answers 400 naming the key.
 */
export function rejectPrototypeKeys(key: string, value: unknown): unknown {
  if (FORBIDDEN_KEYS.has(key)) throw new SyntaxError(`JSON key "${key}" is not allowed`);
  return value;
}

