import { deflateSync, inflateSync } from 'node:zlib';
import type { RawEncoding } from './release.entity.js';

/** Raw input kept small: zlib-deflated, base64 so the same text column serves SQLite and PostgreSQL. */
export function encodeRaw(raw: string | Buffer): { raw: string; rawEncoding: RawEncoding } {
  return { raw: deflateSync(typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw).toString('base64'), rawEncoding: 'zlib-base64' };
}

export function decodeRaw(record: { raw: string; rawEncoding?: RawEncoding | null }): Buffer {
  return record.rawEncoding === 'zlib-base64' ? inflateSync(Buffer.from(record.raw, 'base64')) : Buffer.from(record.raw, 'utf8');
}
