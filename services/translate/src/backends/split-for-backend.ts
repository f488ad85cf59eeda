/** Splits a paragraph at sentence ends, then at spaces, so that no piece exceeds `max` characters. */
export function splitForBackend(paragraph: string, max: number): string[] {
  if (paragraph.length <= max) return [paragraph];
  const sentences = paragraph.match(/[^.!?。！？]*[.!?。！？]+\s*|[^.!?。！？]+/g) ?? [paragraph];
  const chunks: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    for (const piece of sentence.length > max ? hardSplit(sentence, max) : [sentence]) {
      if (current.length + piece.length > max && current) {
        chunks.push(current.trim());
        current = '';
      }
      current += piece;
    }
  }
  if (current.trim()) chunks.push(current.trim());
  return chunks;
}

function hardSplit(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf(' ', max) > max / 2 ? rest.lastIndexOf(' ', max) : max;
    pieces.push(rest.slice(0, cut) + ' ');
    rest = rest.slice(cut).trimStart();
  }
  pieces.push(rest);
  return pieces;
}
