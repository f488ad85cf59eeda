import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: Record<string, any> | undefined;
  /** How many request bytes the server had taken when it answered (a 413 must not read them all). */
  sentBytes: number;
}

/**
 * One HTTP request with full control of the bytes and headers (fetch adds its own and cannot
 * stream a body the server may refuse half-way). Resolves with the answer even when the server
 * answers early and drops the connection.
 */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: Buffer | string | (() => AsyncIterable<Buffer>); timeoutMs?: number },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const req = request(url, { method: options.method ?? 'POST', headers: options.headers, timeout: options.timeoutMs ?? 30_000 }, (res) => {
      answered = true;
      const sentAtAnswer = sentBytes;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: Record<string, any> | undefined;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json, sentBytes: sentAtAnswer });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from ${url} in time`)));
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const body = options.body;
    if (typeof body === 'function') {
      void (async () => {
        try {
          for await (const chunk of body()) {
            if (answered || req.destroyed) break;
            sentBytes += chunk.length;
            if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
          }
        } catch {
          // The server closed the connection after answering: expected for a refused body.
        }
        if (!req.destroyed) req.end();
      })();
    } else {
      sentBytes = body ? Buffer.byteLength(body) : 0;
      req.end(body);
    }
  });
}
