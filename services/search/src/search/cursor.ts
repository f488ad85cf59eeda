import { BadRequestException } from '@nestjs/common';

/** Where the next page starts: a point in time plus search_after, or an offset when collapsing. */
export interface Cursor {
  pit: string;
  after?: (string | number | null)[];
  offset?: number;
  /** The order of the first page: a cursor keeps it whatever the next request says. */
  sort: 'relevance' | 'date';
}

export const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString('base64url');

export function decodeCursor(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Cursor;
    const afterOk = c.after === undefined || (Array.isArray(c.after) && c.after.every((v) => v === null || ['string', 'number'].includes(typeof v)));
    const offsetOk = c.offset === undefined || (Number.isInteger(c.offset) && c.offset >= 0);
    if (typeof c.pit === 'string' && c.pit.length > 0 && afterOk && offsetOk && ['relevance', 'date'].includes(c.sort)) return c;
  } catch {
    // fall through
  }
  throw new BadRequestException('cursor is not a nextCursor this API returned');
}
