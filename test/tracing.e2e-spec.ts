import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scrapedRelease } from '@demarche/testing';
import { ingestUrl, searchUrl } from './support/env.js';
import { eventually } from './support/http.js';
import { runServiceProcess, startGroupAtEnd, waitForReady, withAdmin, type ServiceProcess } from './support/ops.js';
import { CLIENT, CONSUMER, OTLP_PORT, PRODUCER, SERVER, receiver, type ReceivedSpan } from './support/otlp-receiver.js';

/** Each Kafka hop of a release: who sends it on which topic, who consumes it. */
const HOPS = [
  { from: 'ingest', topic: 'releases.ingested.v1', to: 'translate' },
  { from: 'translate', topic: 'releases.translated.v1', to: 'enrich' },
  { from: 'enrich', topic: 'releases.enriched.v1', to: 'index' },
  { from: 'index', topic: 'releases.indexed.v1', to: 'feeds' },
];

describe('one release keeps one OpenTelemetry trace from ingest to feeds', () => {
  const spans: ReceivedSpan[] = [];
  const problems: string[] = [];
  const server = receiver(spans, problems);
  let feeds: ServiceProcess | undefined;
  let cleanup: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    // A port already taken fails the test here rather than losing the spans.
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(OTLP_PORT, '127.0.0.1', resolve);
    });
  });
  afterAll(async () => {
    await cleanup?.();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('exports the spans of every service in the trace of the ingest request, each hop a child of the one before', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const marker = `zq${randomBytes(5).toString('hex')}`;

    // On a busy shared broker the test feeds group can be thousands of indexed events behind;
    // a feeds instance of this test's own, its group starting at the end of the topic, takes
    // the release as soon as index announces it.
    const prefix = `demarche-tracing-${marker}`;
    const feedsPort = 28170 + Math.floor(Math.random() * 9);
    const sqlite = `.data/test/tracing-feeds-${marker}.sqlite`;
    await startGroupAtEnd(`${prefix}.feeds`, ['releases.indexed.v1']);
    feeds = runServiceProcess('feeds', {
      PORT: String(feedsPort),
      KAFKA_GROUP_PREFIX: prefix,
      ELASTICSEARCH_ALIAS: 'releases-test',
      SQLITE_PATH: sqlite,
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${OTLP_PORT}`,
      OTEL_BSP_SCHEDULE_DELAY: '1000',
    });
    cleanup = async () => {
      feeds?.child.kill('SIGTERM');
      await feeds?.exited;
      await withAdmin((admin) => admin.deleteGroups([`${prefix}.feeds`])).catch(() => undefined);
      rmSync(sqlite, { force: true });
    };
    await waitForReady(feedsPort, feeds);
    await eventually(
      () => withAdmin((admin) => admin.describeGroups([`${prefix}.feeds`])),
      (d) => d.groups[0]?.state === 'Stable',
      45_000,
    );
    const res = await fetch(`${ingestUrl}/releases`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8', traceparent: `00-${traceId}-${callerSpanId}-01` },
      body: scrapedRelease(marker).text,
    });
    expect(res.status).toBe(202);
    const answered = /^00-([0-9a-f]{32})-([0-9a-f]{16})-01$/.exec(res.headers.get('traceparent') ?? '');
    expect(answered?.[1]).toBe(traceId);
    const { id } = (await res.json()) as { id: string };

    const inTrace = () => spans.filter((s) => s.traceId === traceId);
    const producerOf = (list: ReceivedSpan[], hop: (typeof HOPS)[number]) =>
      list.find((s) => s.service === hop.from && s.kind === PRODUCER && s.name === `send ${hop.topic}` && s.attributes['messaging.kafka.message.key'] === id);
    const consumerOf = (list: ReceivedSpan[], hop: (typeof HOPS)[number]) => {
      const producer = producerOf(list, hop);
      return producer && list.find((s) => s.service === hop.to && s.kind === CONSUMER && s.parentSpanId === producer.spanId);
    };
    // Generous: on a shared broker the test consumer groups may first work through a backlog.
    await eventually(async () => inTrace(), (list) => HOPS.every((hop) => consumerOf(list, hop)), 180_000);
    expect(problems).toEqual([]);
    expect(spans.length, `no span reached the receiver: the services need OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:${OTLP_PORT}`).toBeGreaterThan(0);
    const trace = inTrace();

    // The ingest request's SERVER span, child of the caller's span, is the one it answered with.
    const request = trace.find((s) => s.service === 'ingest' && s.kind === SERVER)!;
    expect(request).toMatchObject({ name: 'POST /releases', spanId: answered?.[2], parentSpanId: callerSpanId });
    expect(request.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.route': '/releases', 'http.response.status_code': 202 });

    // Hop by hop: the consumer's span is the child of the producer's, and each service sends
    // from within the span of the message (or request) it is handling.
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const descendsFrom = (span: ReceivedSpan, ancestor: ReceivedSpan) => {
      for (let at: ReceivedSpan | undefined = span; at; at = at.parentSpanId ? byId.get(at.parentSpanId) : undefined) {
        if (at.spanId === ancestor.spanId) return true;
      }
      return false;
    };
    // Named in failure messages: what the trace held.
    const seen = trace.map((s) => `${s.service}:${s.name}:${s.spanId}<${s.parentSpanId ?? ''}`).join(', ');
    let previous = request;
    for (const hop of HOPS) {
      const producer = producerOf(trace, hop);
      const consumer = consumerOf(trace, hop);
      expect(producer, `${hop.from} sends ${hop.topic}`).toBeDefined();
      expect(consumer, `${hop.to} consumes ${hop.topic} as a child of that send; seen: ${seen}`).toBeDefined();
      expect(descendsFrom(producer!, previous), `${hop.from}'s send descends from ${previous.service}'s ${previous.name}`).toBe(true);
      expect(consumer!.attributes).toMatchObject({ 'messaging.system': 'kafka', 'messaging.destination.name': hop.topic, 'demarche.release.id': id });
      previous = consumer!;
    }
    expect([...new Set(trace.map((s) => s.service))].sort()).toEqual(expect.arrayContaining(['enrich', 'feeds', 'index', 'ingest', 'translate']));

    // Outbound HTTP: the translation backend (Apertium APY) was called from the translate hop.
    const translating = consumerOf(trace, HOPS[0])!;
    const apy = trace.filter((s) => s.service === 'translate' && s.kind === CLIENT && s.attributes['server.port'] === 2737);
    expect(apy.length).toBeGreaterThan(0);
    expect(apy.every((s) => descendsFrom(s, translating))).toBe(true);
  }, 240_000);

  it('traces an Elasticsearch request of the search service in the caller trace', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const res = await fetch(`${searchUrl}/search?q=${randomBytes(4).toString('hex')}`, {
      headers: { traceparent: `00-${traceId}-${callerSpanId}-01` },
    });
    expect(res.status).toBe(200);
    const found = await eventually(
      async () => spans.filter((s) => s.traceId === traceId),
      (list) => list.some((s) => s.kind === SERVER) && list.some((s) => s.attributes['db.system'] === 'elasticsearch'),
      30_000,
    );
    const request = found.find((s) => s.kind === SERVER)!;
    expect(request).toMatchObject({ service: 'search', name: 'GET /search', parentSpanId: callerSpanId });
    const elastic = found.filter((s) => s.attributes['db.system'] === 'elasticsearch');
    expect(elastic.length).toBeGreaterThan(0);
    expect(elastic.every((s) => s.kind === CLIENT && s.service === 'search')).toBe(true);
    expect(elastic.some((s) => s.parentSpanId === request.spanId)).toBe(true);
  });
});
