import { Injectable } from '@nestjs/common';
import {
  elasticsearchErrors,
  elasticsearchSeconds,
  registry,
  secondOpinionSeconds,
  secondsSince,
  translationSeconds,
  webhookDeliveries,
  webhookSeconds,
} from './metrics.registry.js';

/**
 * What services record beyond what the platform measures by itself (Kafka, HTTP):
 * inject `Metrics` anywhere (it is global) and time the work with it.
 */
@Injectable()
export class Metrics {
  /** Times an Elasticsearch call; a throw counts as an error and is rethrown. */
  async timeElasticsearch<T>(operation: string, call: () => Promise<T>): Promise<T> {
    const start = process.hrtime.bigint();
    try {
      const result = await call();
      elasticsearchSeconds.observe({ operation, outcome: 'ok' }, secondsSince(start));
      return result;
    } catch (error) {
      elasticsearchSeconds.observe({ operation, outcome: 'error' }, secondsSince(start));
      elasticsearchErrors.inc({ operation, reason: errorReason(error) });
      throw error;
    }
  }

  /** Counts bulk items Elasticsearch rejected, by reason (e.g. `mapper_parsing_exception`). */
  elasticsearchItemErrors(operation: string, reason: string, count = 1): void {
    elasticsearchErrors.inc({ operation, reason }, count);
  }

  /** Records one translation; `pair` as `ru-en`, outcome such as `done`, `pending`, `unsupported`. */
  translation(backend: string, pair: string, outcome: string, seconds: number): void {
    translationSeconds.observe({ backend, pair, outcome }, seconds);
  }

  /** Records one call to the extractor server (ingest's second opinion on HTML pages). */
  secondOpinion(outcome: 'answered' | 'unavailable', seconds: number): void {
    secondOpinionSeconds.observe({ outcome }, seconds);
  }

  /** Records one webhook delivery attempt. */
  webhook(outcome: string, seconds?: number): void {
    webhookDeliveries.inc({ outcome });
    if (seconds !== undefined) webhookSeconds.observe({ outcome }, seconds);
  }

  /** The Prometheus text exposition of every metric of this process. */
  exposition(): Promise<string> {
    return registry.metrics();
  }

  get contentType(): string {
    return registry.contentType;
  }
}

function errorReason(error: unknown): string {
  const e = error as { name?: string; meta?: { statusCode?: number } };
  return e.meta?.statusCode ? `http_${e.meta.statusCode}` : (e.name ?? 'error');
}
