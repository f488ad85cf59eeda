import { isUtf8 } from 'node:buffer';

export type NdjsonLine = { line: number; text: string } | { line: number; tooLong: true } | { line: number; invalidUtf8: true };

/**
 * Splits a byte stream into NDJSON lines without ever holding more than `maxLineBytes` of one
 * line: a longer line is reported as `tooLong` and skipped, so one hostile line cannot exhaust
 * memory or fail its neighbours. Blank lines are not records and are skipped (but counted).
 */
export async function* ndjsonLines(stream: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<NdjsonLine> {
  for await (const group of ndjsonLineGroups(stream, maxLineBytes)) yield* group;
}

/** As `ndjsonLines`, a group at a time: the lines completed by each chunk read (none if it completed none). */
export async function* ndjsonLineGroups(stream: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<NdjsonLine[]> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflow = false;
  let line = 0;

  const finish = (): NdjsonLine | undefined => {
    line++;
    const wasTooLong = overflow;
    const bytes = wasTooLong ? Buffer.alloc(0) : Buffer.concat(pending);
    const text = bytes.toString('utf8').replace(/\r$/, '');
    pending = [];
    pendingBytes = 0;
    overflow = false;
    if (wasTooLong) return { line, tooLong: true };
    // NDJSON is UTF-8: bytes that are not would silently become U+FFFD in the release.
    if (!isUtf8(bytes)) return { line, invalidUtf8: true };
    return text.trim() === '' ? undefined : { line, text };
  };

  for await (const chunk of stream) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    const group: NdjsonLine[] = [];
    for (let newline = bytes.indexOf(0x0a); newline !== -1; newline = bytes.indexOf(0x0a)) {
      append(bytes.subarray(0, newline));
      const result = finish();
      if (result) group.push(result);
      bytes = bytes.subarray(newline + 1);
    }
    append(bytes);
    if (group.length > 0) yield group;
  }
  if (pendingBytes > 0 || overflow) {
    const result = finish();
    if (result) yield [result];
  }

  function append(part: Buffer) {
    if (overflow || part.length === 0) return;
    if (pendingBytes + part.length > maxLineBytes) {
      overflow = true;
      pending = [];
      pendingBytes = 0;
      return;
    }
    pending.push(part);
    pendingBytes += part.length;
  }
}
