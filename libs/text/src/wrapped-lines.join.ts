/**
 * Lines of one block that were wrapped mid-sentence ("…the ministers\nagreed…") become one paragraph;
 * a line that ends a sentence or is followed by a capital starts a new one.
 */
export const joinWrappedLines = (lines: readonly string[]): string[] => {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (line && previous && !/[\p{P}]$/u.test(previous) && /^\p{Ll}/u.test(line)) {
      joined[joined.length - 1] = `${previous} ${line}`;
    } else {
      joined.push(line);
    }
  }
  return joined;
};
