import type { estypes } from '@elastic/elasticsearch';

/** Original text and every translation; `content.<lang>.*` names the language of what matched. */
export const HIGHLIGHT_FIELDS = ['title', 'body', 'content.*.title', 'content.*.body'];

/** Fragments of one field in one language, HTML-escaped with the matched terms in `<mark>`. */
export interface FieldFragments {
  field: 'title' | 'body';
  language: string;
  fragments: string[];
}

export interface Explanation {
  /** The matched words as they appear in the text, lower-cased, first seen first. */
  terms: string[];
  fields: FieldFragments[];
}

/**
 * Highlighting that shows only the fields the query itself matched (`require_field_match`), so
 * the fragments are the evidence of the match, not decoration.
 */
export function queryHighlight(options: { fragmentSize?: number; fragments?: number } = {}): estypes.SearchHighlight {
  const body = { fragment_size: options.fragmentSize ?? 160, number_of_fragments: options.fragments ?? 2, no_match_size: 0 };
  return {
    encoder: 'html',
    pre_tags: ['<mark>'],
    post_tags: ['</mark>'],
    require_field_match: true,
    fields: {
      title: { number_of_fragments: 0 },
      'content.*.title': { number_of_fragments: 0 },
      body,
      'content.*.body': body,
    },
  };
}

const MARK = /<mark>(.*?)<\/mark>/gu;

/**
 * Reads a hit's highlight into fields per language. `title`/`body` are the original text, also
 * indexed as `content.<original language>.*` with that language's analyzer: one entry per
 * (field, language), the first field name seen wins.
 */
export function explainHighlight(highlight: Record<string, string[]> | undefined, originalLanguage: string): Explanation {
  const fields: FieldFragments[] = [];
  const terms: string[] = [];
  const keys = Object.keys(highlight ?? {}).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const key of keys) {
    const fragments = highlight![key].filter((f) => f.includes('<mark>'));
    if (!fragments.length) continue;
    const scoped = /^content\.([^.]+)\.(title|body)$/u.exec(key);
    const field = (scoped ? scoped[2] : key) as FieldFragments['field'];
    if (field !== 'title' && field !== 'body') continue;
    const language = scoped ? scoped[1] : originalLanguage;
    if (fields.some((f) => f.field === field && f.language === language)) continue;
    fields.push({ field, language, fragments });
    for (const fragment of fragments) {
      for (const [, term] of fragment.matchAll(MARK)) {
        const word = term.toLowerCase();
        if (!terms.includes(word)) terms.push(word);
      }
    }
  }
  return { terms, fields };
}

/** Titles before bodies, original before translations. */
const rank = (key: string) => (key.endsWith('title') ? 0 : 2) + (key.startsWith('content.') ? 1 : 0);
