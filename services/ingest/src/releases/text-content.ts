import { UnprocessableReleaseError } from './release.errors.js';

// C0 controls other than tab, line feed and carriage return, DEL, and the replacement character
// a decoder leaves for bytes that are not text.
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g;
/** Above this share of non-text characters the body is binary data, not a (badly encoded) text. */
const MAX_NOT_TEXT_SHARE = 0.05;

/**
 * A release is text: binary data (an image, an archive, random bytes) is refused (UnprocessableReleaseError),
 * and stray control characters in otherwise good text are removed — PostgreSQL cannot store NUL,
 * and no reader wants the others.
 */
export function textContent(content: string): string {
  const stray = content.match(NOT_TEXT)?.length ?? 0;
  if (stray === 0) return content;
  if (stray / content.length > MAX_NOT_TEXT_SHARE) {
    throw new UnprocessableReleaseError(
      'INGEST.BINARY',
      `the body is binary data, not text (${stray} of ${content.length} characters are control or undecodable characters)`,
    );
  }
  return content.replace(NOT_TEXT, (c) => (c === '\uFFFD' ? c : ''));
}
