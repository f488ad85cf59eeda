/** Where the local stack's extractor server listens (deploy/local/stack up extractor). */
export const DEFAULT_EXTRACTOR_URL = 'http://127.0.0.1:9002';

export interface SecondOpinionOptions {
  /** The extractor server (libs/text/extractor): POST /extract answers {paragraphs}. */
  url: string;
  /** A page it has not answered by then is extracted by us alone. */
  timeoutMs: number;
  /** After a failure the server is not asked again for this long, so an outage costs one timeout, not one per page. */
  retryAfterMs?: number;
}

export type SecondOpinion =
  | { status: 'answered'; paragraphs: string[] }
  | { status: 'unavailable'; reason: string };

/**
 * The second extractor's paragraphs for an HTML page, or why there are none: it is an opinion, so
 * a server that is down, slow or refuses the page never fails an extraction; ours then stands alone.
 */
export class SecondOpinionClient {
  private pausedUntil = 0;

  constructor(private readonly options: SecondOpinionOptions) {}

  async paragraphs(html: string): Promise<SecondOpinion> {
    if (Date.now() < this.pausedUntil) return { status: 'unavailable', reason: 'paused after a failure' };
    try {
      const response = await fetch(new URL('/extract', this.options.url), {
        method: 'POST',
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: html,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      const body = (await response.json()) as { paragraphs?: unknown; error?: string };
      // A page the server refuses (422, 413) says nothing about the next one: no pause.
      if (!response.ok) return { status: 'unavailable', reason: `HTTP ${response.status}: ${body.error ?? ''}`.trim() };
      if (!Array.isArray(body.paragraphs) || !body.paragraphs.every((p) => typeof p === 'string')) {
        return this.failed('answer without paragraphs');
      }
      return { status: 'answered', paragraphs: body.paragraphs };
    } catch (error) {
      return this.failed((error as Error).cause ? String((error as Error & { cause: Error }).cause.message) : (error as Error).message);
    }
  }

  private failed(reason: string): SecondOpinion {
    this.pausedUntil = Date.now() + (this.options.retryAfterMs ?? 5_000);
    return { status: 'unavailable', reason };
  }
}
