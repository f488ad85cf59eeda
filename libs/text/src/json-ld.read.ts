/** The first string value of `key` anywhere in the page's JSON-LD, @graph arrays and nested objects included. */
export const jsonLdString = (document: Document, key: string): string | undefined => {
  const find = (value: unknown): string | undefined => {
    if (Array.isArray(value)) return value.map(find).find(Boolean);
    if (value === null || typeof value !== 'object') return undefined;
    const record = value as Record<string, unknown>;
    if (typeof record[key] === 'string' && record[key] !== '') return record[key];
    return Object.values(record).map(find).find(Boolean);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = find(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // Broken JSON-LD is common and not our problem: the page's other sources follow.
    }
  }
  return undefined;
};
