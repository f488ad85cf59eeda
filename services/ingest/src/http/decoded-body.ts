import type { IncomingMessage } from 'node:http';
import { createGunzip, createInflate } from 'node:zlib';

/** Why a streamed request body could not be read; becomes the batch's last result line. */
export class BodyStreamError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const DECODERS: Record<string, (() => NodeJS.ReadWriteStream) | undefined> = {
  identity: undefined,
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
};

/** The Content-Encoding a streamed body may use, or undefined when it is one we do not decode. */
export function supportedEncoding(header: string | undefined): string | undefined {
  const encoding = (header ?? 'identity').trim().toLowerCase() || 'identity';
  return encoding in DECODERS ? encoding : undefined;
}

/**
 * The request body decompressed as it streams, never more than `maxBytes` of it in total: a
 * gzip bomb stops at the cap instead of inflating gigabytes, and corrupt compressed data ends
 * the stream with a BodyStreamError rather than an unhandled error.
 */
export async function* decodedBody(req: IncomingMessage, encoding: string, maxBytes: number): AsyncGenerator<Buffer> {
  const decoder = DECODERS[encoding];
  const stream = (decoder ? req.pipe(decoder()) : req) as AsyncIterable<Buffer>;
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += chunk.length;
      if (total > maxBytes) {
        throw new BodyStreamError(413, 'INGEST.TOO_LARGE', `the ${decoder ? 'decompressed ' : ''}body is larger than ${maxBytes} bytes`);
      }
      yield chunk;
    }
  } catch (error) {
    if (error instanceof BodyStreamError) throw error;
    throw new BodyStreamError(400, 'INGEST.BAD_ENCODING', `the ${encoding} body could not be decoded: ${(error as Error).message}`);
  } finally {
    if (decoder) req.unpipe();
    req.resume();
  }
}
