import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { scrapedRelease } from '@demarche/testing';
import type { Consumer } from 'kafkajs';
import { TEST_PORTS, ingestUrl } from './support/env.js';
import { eventually } from './support/http.js';
import { kafka, metricValue, root, runServiceProcess, scrape, startGroupAtEnd, waitForReady, withAdmin } from './support/ops.js';

const marker = () => `zq${randomBytes(5).toString('hex')}`;
const SERVICES = Object.entries(TEST_PORTS).map(([key, port]) => ({ name: key.replace('_PORT', '').toLowerCase(), port }));

describe('every service exposes health and Prometheus metrics', () => {
  it.each(SERVICES)('$name answers /health/live, /health/ready and /metrics', async ({ port }) => {
    expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('# TYPE demarche_http_requests_total counter');
    expect(metricValue(text, 'demarche_http_requests_total', { route: '/health/ready', status: '200' })).toBeGreaterThan(0);
    expect(text).toContain('demarche_process_resident_memory_bytes');
  });
});

describe('one release followed across services', () => {
  const traceId = randomBytes(16).toString('hex');
  const group = `demarche-ops-trace-${marker()}`;
  const seen = new Map<string, string | undefined>();
  let consumer: Consumer;

  afterAll(async () => {
    await consumer?.disconnect();
    await withAdmin((admin) => admin.deleteGroups([group])).catch(() => undefined);
  });

  it('keeps the trace id given at ingest in the traceparent of the indexed event', async () => {
    await startGroupAtEnd(group, ['releases.indexed.v1']);
    consumer = kafka().consumer({ groupId: group });
    await consumer.connect();
    await consumer.subscribe({ topic: 'releases.indexed.v1' });
    await consumer.run({
      eachMessage: async ({ message }) => {
        seen.set(String(message.key), message.headers?.traceparent?.toString());
      },
    });

    const sample = scrapedRelease(marker());
    const res = await fetch(`${ingestUrl}/releases`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8', traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
      body: sample.text,
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('traceparent')).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    const { id } = (await res.json()) as { id: string };

    await eventually(async () => seen.has(id), Boolean, 90_000);
    expect(seen.get(id)).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
  });

  it('counts consumed and produced messages per topic and samples consumer lag', async () => {
    const index = await scrape(TEST_PORTS.INDEX_PORT);
    expect(metricValue(index, 'demarche_messages_consumed_total', { topic: 'releases.enriched.v1', outcome: 'processed' })).toBeGreaterThan(0);
    expect(metricValue(index, 'demarche_messages_produced_total', { topic: 'releases.indexed.v1' })).toBeGreaterThan(0);
    expect(metricValue(index, 'demarche_message_processing_seconds_count', { topic: 'releases.enriched.v1' })).toBeGreaterThan(0);
    expect(metricValue(index, 'demarche_elasticsearch_request_seconds_count')).toBeGreaterThan(0);
    expect(index).toMatch(/demarche_consumer_lag\{group="demarche-test\.index",topic="releases\.enriched\.v1"\} \d+/);
    const translate = await scrape(TEST_PORTS.TRANSLATE_PORT);
    expect(metricValue(translate, 'demarche_messages_produced_total', { topic: 'releases.translated.v1' })).toBeGreaterThan(0);
    const ingest = await scrape(TEST_PORTS.INGEST_PORT);
    expect(metricValue(ingest, 'demarche_http_requests_total', { method: 'POST', route: '/releases', status: '202' })).toBeGreaterThan(0);
  });
});

describe('configuration errors', () => {
  it('stops a service started with PORT=abc with exit code 1, naming each bad variable', async () => {
    const service = runServiceProcess('index', { PORT: 'abc', ELASTICSEARCH_URL: 'ftp://es.example.org' });
    const { code } = await service.exited;
    expect(code).toBe(1);
    const text = service.output.join('\n');
    expect(text).toContain('index: cannot start: Invalid configuration:');
    expect(text).toContain('PORT="abc"');
    expect(text).toContain('ELASTICSEARCH_URL="ftp://es.example.org": must be an http(s) URL');
    expect(text).not.toMatch(/\n\s+at /); // no stack trace
  });
});

describe('graceful shutdown', () => {
  it('a worker logs JSON lines with the trace and release id, and on SIGTERM leaves its group and exits in time', async () => {
    const prefix = `demarche-ops-stop-${marker()}`;
    await startGroupAtEnd(`${prefix}.enrich`, ['releases.translated.v1']);
    const port = 28190 + Math.floor(Math.random() * 9);
    const service = runServiceProcess('enrich', {
      PORT: String(port),
      KAFKA_GROUP_PREFIX: prefix,
      SHUTDOWN_TIMEOUT_MS: '8000',
      LOG_LEVEL: 'debug',
    });
    try {
      await waitForReady(port, service);
      const stable = await eventually(
        () => withAdmin((admin) => admin.describeGroups([`${prefix}.enrich`])),
        (d) => d.groups[0]?.state === 'Stable',
        45_000,
      );
      expect(stable.groups[0].state).toBe('Stable');

      // A release pushed with a trace: this enrich instance logs its publish with both ids.
      const traceId = randomBytes(16).toString('hex');
      const res = await fetch(`${ingestUrl}/releases`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8', traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
        body: scrapedRelease(marker()).text,
      });
      const { id } = (await res.json()) as { id: string };
      const published = () => service.output.map((l) => JSON.parse(l.startsWith('{') ? l : '{}')).find((l) => l.message?.msg === 'published' && l.releaseId === id);
      await eventually(async () => published(), Boolean, 60_000);
      expect(published()).toMatchObject({ service: 'enrich', traceId, releaseId: id, context: 'EventPublisher' });

      const started = Date.now();
      service.child.kill('SIGTERM');
      const exit = await service.exited;
      const took = Date.now() - started;
      // Nest re-raises the signal once closed; a forced exit would be code 1.
      expect(exit).toEqual({ code: null, signal: 'SIGTERM' });
      expect(took).toBeLessThan(8000);
      expect(service.output.join('\n')).toContain('"shutting down"');
      // It left the group itself rather than being timed out by the broker 30 s later.
      const after = await withAdmin((admin) => admin.describeGroups([`${prefix}.enrich`]));
      expect(after.groups[0].members).toHaveLength(0);
    } finally {
      service.child.kill('SIGKILL');
      await withAdmin((admin) => admin.deleteGroups([`${prefix}.enrich`])).catch(() => undefined);
    }
  });
});

describe('documentation of operations', () => {
  it('.env.example documents every variable of every env class', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const example = readFileSync(`${root}.env.example`, 'utf8');
    const classes = [
      `${root}libs/config/src/common-env.ts`,
      ...readdirSync(`${root}services`).map((s) => `${root}services/${s}/src/config/env.ts`),
    ];
    const variables = new Set<string>();
    for (const file of classes) {
      const source = readFileSync(file, 'utf8');
      for (const [, name] of source.matchAll(/^\s+(?:override\s+)?([A-Z][A-Z0-9_]+)[?!]?\s*[:=]/gm)) variables.add(name);
    }
    expect(variables.size).toBeGreaterThan(10);
    const missing = [...variables].filter((name) => !new RegExp(`^#?\\s*${name}=`, 'm').test(example));
    expect(missing).toEqual([]);
  });

  it('the Grafana dashboard queries only metrics the services export', async () => {
    const { readFileSync } = await import('node:fs');
    const dashboard = readFileSync(`${root}deploy/grafana/demarche-dashboard.json`, 'utf8');
    const used = new Set([...dashboard.matchAll(/demarche_[a-z0-9_]+/g)].map(([m]) => m.replace(/_(bucket|count|sum)$/, '')));
    const exported = new Set<string>();
    for (const { port } of SERVICES) {
      for (const [, name] of (await scrape(port)).matchAll(/^# TYPE (\S+)/gm)) exported.add(name);
    }
    expect([...used].filter((m) => !exported.has(m))).toEqual([]);
  });

  it('demarche status prints one screen with every service, lag, dead letters and the document count', async () => {
    const { execFile } = await import('node:child_process');
    const env = { ...process.env, ...Object.fromEntries(Object.entries(TEST_PORTS).map(([k, v]) => [k, String(v)])), KAFKA_GROUP_PREFIX: 'demarche-test', ELASTICSEARCH_ALIAS: 'releases-test' };
    const output = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(process.execPath, ['bin/demarche.mjs', 'status'], { cwd: root, env }, (error, stdout) =>
        resolve({ code: (error as { code?: number } | null)?.code ?? 0, stdout }),
      ),
    );
    expect(output.code).toBe(0);
    for (const { name, port } of SERVICES) expect(output.stdout).toMatch(new RegExp(`${name}\\s+:${port}\\s+ready`));
    expect(output.stdout).toMatch(/demarche-test\.index\s+releases\.enriched\.v1\s+\d+/);
    expect(output.stdout).toMatch(/^dead letters$/m);
    expect(output.stdout).toMatch(/alias releases-test: \d+ documents/);
    expect(output.stdout).toMatch(/^sources$/m);
  });
});
