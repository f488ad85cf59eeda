import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@elastic/elasticsearch';
import { type Producer } from 'kafkajs';
import { cloudEventHeaders, EventTypes, Topics, type ReleaseIndexedV1 } from '@demarche/contracts';
import { toReleaseDocument } from '@demarche/elastic';
import { kafkaClient, TEST_ALIAS, TEST_PORTS } from './env.js';

export const feedsUrl = `http://127.0.0.1:${TEST_PORTS.FEEDS_PORT}`;

export const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/** A subscription as the feeds API answers it. */
export type Subscription = { id: string; webhookSecret: string; status: string; disabledReason?: string };

/** A valid `releases.indexed.v1` event, unique per call, as enrichment and indexing will produce it. */
export function indexedRelease(marker: string, overrides: Partial<ReleaseIndexedV1> = {}): ReleaseIndexedV1 {
  const id = `rel_${hex(12)}`;
  const now = new Date().toISOString();
  return {
    id,
    revision: Date.now(),
    source: { id: 'mofa.example.org', name: 'Ministry of Foreign Affairs', country: 'KR' },
    url: `https://mofa.example.org/releases/${id}`,
    title: `Foreign Minister discusses the situation on the Korean peninsula ${marker}`,
    paragraphs: [
      `The Foreign Minister met the Special Representative for Korean Peninsula Peace and Security Affairs, reference ${marker}.`,
      'The sides discussed denuclearisation and the resumption of dialogue.',
    ],
    language: 'en',
    publishedAt: now,
    ingestedAt: now,
    contentHash: hex(32),
    translations: [],
    translation: { status: 'not-needed', pending: [], unsupported: [] },
    entities: [],
    countries: ['KR', 'KP'],
    topics: [{ code: 'korean-peninsula', label: 'Korean Peninsula', why: 'keyword: Korean peninsula' }],
    eventType: 'meeting',
    clusterId: id,
    index: TEST_ALIAS,
    indexedAt: now,
    ...overrides,
  };
}

let producer: Producer | undefined;
let elastic: Client | undefined;

/** Does what the index service does: writes the document (refreshed), then announces it on `releases.indexed.v1`. */
export async function publishIndexed(...releases: ReleaseIndexedV1[]) {
  elastic ??= new Client({ node: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200' });
  for (const r of releases) {
    await elastic.index({ index: TEST_ALIAS, id: r.id, document: toReleaseDocument(r, r.indexedAt), refresh: 'wait_for' });
  }
  await redeliver(...releases);
}

/** Sends the events again without touching Elasticsearch, as a Kafka redelivery would. */
export async function redeliver(...releases: ReleaseIndexedV1[]) {
  if (!producer) {
    producer = kafkaClient('feeds-e2e').producer();
    await producer.connect();
  }
  await producer.send({
    topic: Topics.ReleaseIndexedV1,
    messages: releases.map((r) => ({ key: r.id, value: JSON.stringify(r), headers: cloudEventHeaders(EventTypes.ReleaseIndexedV1, 'feeds-e2e') })),
  });
}

export async function closeClients() {
  await producer?.disconnect();
  await elastic?.close();
  producer = undefined;
  elastic = undefined;
}

export interface ReceivedHook {
  headers: IncomingHttpHeaders;
  body: string;
  json: { uri: string; headlines: Array<{ value: string }>; demarche: { releaseId: string; deliveryId: string; why: Array<{ rule: string; value: string; evidence: string }>; alsoPublishedBy: unknown[] } };
  status: number;
}

/** A loopback webhook receiver; `failFirst` answers 500 to that many requests before answering 204. */
export async function webhookReceiver(options: { failFirst?: number; alwaysFail?: boolean } = {}) {
  const received: ReceivedHook[] = [];
  let failures = options.failFirst ?? 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const status = options.alwaysFail || failures-- > 0 ? 500 : 204;
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ headers: req.headers, body, json: JSON.parse(body), status });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return {
    url,
    received,
    accepted: () => received.filter((r) => r.status < 300),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export async function api<T = Record<string, unknown>>(path: string, init: RequestInit & { json?: unknown } = {}, base = feedsUrl) {
  const res = await fetch(`${base}${path}`, {
    ...init,
    ...(init.json !== undefined ? { body: JSON.stringify(init.json), headers: { 'content-type': 'application/json', ...init.headers } } : {}),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: a feed document
  }
  return { status: res.status, headers: res.headers, body: body as T, text };
}

/** Reads an SSE stream until `count` events arrived (or the time is up), then closes it. */
export async function readEvents(url: string, count: number, lastEventId?: string, timeoutMs = 30_000) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const events: Array<{ id: string; event: string; data: string }> = [];
  try {
    const res = await fetch(url, { headers: lastEventId ? { 'last-event-id': lastEventId } : {}, signal: controller.signal });
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(
          block.split('\n').filter((l) => l && !l.startsWith(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
        );
        if (fields.data) events.push({ id: fields.id, event: fields.event, data: fields.data });
      }
      if (events.length >= count) break;
    }
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}
