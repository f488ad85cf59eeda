/** A literal for a Lucene regexp (terms `include`): every non-alphanumeric character escaped. */
export const regexpLiteral = (text: string) => [...text].map((c) => (/[\p{L}\p{N}]/u.test(c) ? c : `\\${c}`)).join('');

/** A case-insensitive literal: `Pu` → `[pP][uU]`. */
export const regexpLiteralIgnoreCase = (text: string) =>
  [...text]
    .map((c) => {
      const lower = c.toLowerCase();
      const upper = c.toUpperCase();
      if (lower !== upper && lower.length === 1 && upper.length === 1) return `[${lower}${upper}]`;
      return regexpLiteral(c);
    })
    .join('');
