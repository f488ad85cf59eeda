import type { NextFunction, Request, Response } from 'express';

/**
 * Answers 413 as soon as a declared Content-Length is over the limit: body-parser would first
 * read (and discard) the whole body before saying so. The rest is discarded by Node, never kept.
 * NDJSON batches stream and are limited per line, so they pass.
 */
export function refuseDeclaredOversize(maxBytes: number, streamedPaths: string[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared <= maxBytes || streamedPaths.includes(req.path)) return next();
    res.status(413).json({ statusCode: 413, code: 'INGEST.TOO_LARGE', message: `request entity too large: ${declared} bytes, more than MAX_BODY_BYTES (${maxBytes})` });
  };
}
