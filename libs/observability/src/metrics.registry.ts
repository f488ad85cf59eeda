import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One Prometheus registry per process, shared by the libs (Kafka publisher and processor,
 * HTTP middleware) and by services through the `Metrics` injectable. `/metrics` serves it.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'demarche_' });

// Processing a message takes from milliseconds (enrich) to tens of seconds (translation).
const SLOW_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

export const messagesConsumed = new Counter({
  name: 'demarche_messages_consumed_total',
  help: 'Messages taken off a topic, by outcome (processed, dead_lettered).',
  labelNames: ['topic', 'outcome'] as const,
  registers: [registry],
});

export const messagesProduced = new Counter({
  name: 'demarche_messages_produced_total',
  help: 'Messages written to a topic (dead letters included, on their .dlq topic).',
  labelNames: ['topic'] as const,
  registers: [registry],
});

export const messagesFailed = new Counter({
  name: 'demarche_messages_failed_total',
  help: 'Failed processing attempts, by reason (bad_message, dependency_unavailable, error).',
  labelNames: ['topic', 'reason'] as const,
  registers: [registry],
});

export const publishFailures = new Counter({
  name: 'demarche_publish_failures_total',
  help: 'Sends to Kafka that failed (the caller waits and retries).',
  labelNames: ['topic'] as const,
  registers: [registry],
});

export const processingSeconds = new Histogram({
  name: 'demarche_message_processing_seconds',
  help: 'Time from taking a message to committing it (handler, retries and waits included).',
  labelNames: ['topic', 'outcome'] as const,
  buckets: SLOW_BUCKETS,
  registers: [registry],
});

export const deadLetters = new Counter({
  name: 'demarche_dead_letters_total',
  help: 'Messages this service parked on <topic>.dlq, by original topic and error code.',
  labelNames: ['topic', 'code'] as const,
  registers: [registry],
});

export const consumerLag = new Gauge({
  name: 'demarche_consumer_lag',
  help: 'Messages not yet committed by the consumer group, summed over partitions (sampled).',
  labelNames: ['group', 'topic'] as const,
  registers: [registry],
});

export const elasticsearchSeconds = new Histogram({
  name: 'demarche_elasticsearch_request_seconds',
  help: 'Elasticsearch request latency by operation (bulk, index, search, ...).',
  labelNames: ['operation', 'outcome'] as const,
  buckets: SLOW_BUCKETS,
  registers: [registry],
});

export const elasticsearchErrors = new Counter({
  name: 'demarche_elasticsearch_errors_total',
  help: 'Elasticsearch requests or bulk items that failed, by operation and reason.',
  labelNames: ['operation', 'reason'] as const,
  registers: [registry],
});

export const translationSeconds = new Histogram({
  name: 'demarche_translation_seconds',
  help: 'Translation latency by backend, language pair and outcome.',
  labelNames: ['backend', 'pair', 'outcome'] as const,
  buckets: SLOW_BUCKETS,
  registers: [registry],
});

export const secondOpinionSeconds = new Histogram({
  name: 'demarche_second_opinion_seconds',
  help: 'Calls to the extractor server for HTML pages, by outcome (answered, unavailable).',
  labelNames: ['outcome'] as const,
  buckets: SLOW_BUCKETS,
  registers: [registry],
});

export const webhookDeliveries = new Counter({
  name: 'demarche_webhook_deliveries_total',
  help: 'Webhook delivery attempts by outcome (delivered, retry, failed, ...).',
  labelNames: ['outcome'] as const,
  registers: [registry],
});

export const webhookSeconds = new Histogram({
  name: 'demarche_webhook_delivery_seconds',
  help: 'Webhook delivery latency.',
  labelNames: ['outcome'] as const,
  buckets: SLOW_BUCKETS,
  registers: [registry],
});

export const httpRequests = new Counter({
  name: 'demarche_http_requests_total',
  help: 'HTTP requests served, by method, route and status.',
  labelNames: ['method', 'route', 'status'] as const,
  registers: [registry],
});

export const httpSeconds = new Histogram({
  name: 'demarche_http_request_seconds',
  help: 'HTTP request latency by method and route.',
  labelNames: ['method', 'route'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

/** Seconds elapsed since a `process.hrtime.bigint()` reading. */
export const secondsSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
