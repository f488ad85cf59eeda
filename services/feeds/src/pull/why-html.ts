import escapeHtml from 'escape-html';
import type { MatchReason } from '../items/feed-item.entity.js';

/**
 * "Why it matched" as HTML for a feed entry: one line per reason, and for a query the matched
 * fragments per field and language. Fragments come from Elasticsearch's HTML encoder (text
 * escaped, matched words in `<mark>`), so they are inserted as they are.
 */
export function whyHtml(why: MatchReason[]): string {
  const items = why.map((w) => {
    const head = `<strong>${escapeHtml(w.rule)} ${escapeHtml(w.value)}</strong>: ${escapeHtml(w.evidence)}`;
    const fragments = (w.fragments ?? []).flatMap((f) =>
      f.fragments.map((text) => `<li><em>${escapeHtml(f.field)} (${escapeHtml(f.language)})</em>: …${text}…</li>`),
    );
    return `<li>${head}${fragments.length ? `<ul>${fragments.join('')}</ul>` : ''}</li>`;
  });
  return `<aside class="demarche-why"><p>Why it matched</p><ul>${items.join('')}</ul></aside>`;
}

/** The same as plain text, for RSS/Atom summaries and e-mail. */
export function whyText(why: MatchReason[]): string {
  return why
    .map((w) => {
      const fragments = (w.fragments ?? []).flatMap((f) => f.fragments.map((t) => `\n  ${f.field} (${f.language}): …${unmark(t)}…`));
      return `${w.rule} ${w.value}: ${w.evidence}${fragments.join('')}`;
    })
    .join('\n');
}

/** `<mark>x</mark>` as `[x]`, entities decoded: a fragment for a plain-text reader. */
export function unmark(fragment: string): string {
  return fragment
    .replace(/<mark>(.*?)<\/mark>/gu, '[$1]')
    .replace(/<[^>]*>/gu, '')
    .replace(/&#(\d+);|&#x([0-9a-f]+);|&(amp|lt|gt|quot);/giu, (_, dec, hex, named) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : { amp: '&', lt: '<', gt: '>', quot: '"' }[named as string]!,
    );
}
