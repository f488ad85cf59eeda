import { BadRequestException, ServiceUnavailableException } from '@nestjs/common';
import { isElasticUnavailable } from '@demarche/elastic';

/** Runs a cluster call, turning an outage into 503 and an expired cursor into a clear 400. */
export async function elasticCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isElasticUnavailable(error)) throw new ServiceUnavailableException('Search is temporarily unavailable');
    const e = error as { meta?: { statusCode?: number; body?: unknown } };
    if (e.meta?.statusCode === 404 && JSON.stringify(e.meta.body ?? '').includes('search_context_missing')) {
      throw new BadRequestException('cursor expired: run the search again without cursor');
    }
    throw error;
  }
}
