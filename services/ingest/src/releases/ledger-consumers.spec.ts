import { Logger } from '@nestjs/common';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONSUMED_TOPICS, ReleaseEnrichedV1 } from '@demarche/contracts';
import { declaredHandlers, topicsOf, type ConsumedMessage, type Consumption } from '@demarche/kafka';
import { DeadLetterConsumer } from './dead-letter.consumer.js';
import type { LedgerService } from './ledger.service.js';
import { StageConsumer } from './stage.consumer.js';

const ID = 'rel_3f2a9c0d1b7e4a5f6c8d9e0f';

/** A record of releases.enriched.v1.dlq as the index stage parks it. */
function deadLetter(key: string | null, headers: Record<string, string>): ConsumedMessage {
  return { topic: 'releases.enriched.v1.dlq', partition: 0, offset: '4', timestamp: '1718000000000', key, value: Buffer.from('{"id": '), headers, heartbeat: async () => undefined };
}

const PARKED = { 'x-stage': 'index', 'x-error': 'mapper_parsing_exception', 'x-error-code': 'ES.MAPPING', 'x-original-topic': 'releases.enriched.v1' };

function ledger() {
  return { recordError: vi.fn(async () => true), recordStage: vi.fn(async () => true) };
}

describe("ingest's ledger handlers", () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('read exactly the topics CONSUMED_TOPICS gives ingest', () => {
    const topics = [StageConsumer, DeadLetterConsumer].flatMap((type) => declaredHandlers(type.prototype)).flatMap((h) => topicsOf(h.consumption));
    expect(topics.sort()).toEqual([...CONSUMED_TOPICS.ingest].sort());
  });

  it('stage marks: only the id and revision of an observed topic, in the stage time the event carries', async () => {
    const [enriched] = declaredHandlers(StageConsumer.prototype).filter((h) => topicsOf(h.consumption)[0] === ReleaseEnrichedV1.topic);
    const consumption = enriched.consumption as Extract<Consumption, { kind: 'event' }>;
    expect(consumption.contract.type).toBe(ReleaseEnrichedV1.type);
    expect(consumption.options).toEqual({ observer: true });
    const fake = ledger();
    await new StageConsumer(fake as unknown as LedgerService).enriched({ id: ID, revision: 2 }, { time: '2026-01-02T03:04:05.000Z' });
    expect(fake.recordStage).toHaveBeenCalledWith(ID, 2, 'enriched', '2026-01-02T03:04:05.000Z');
  });

  it("dead letters: the refusing stage, its reason and code, at the record's time, never reading the value", async () => {
    const fake = ledger();
    await new DeadLetterConsumer(fake as unknown as LedgerService).record(deadLetter(ID, PARKED));
    expect(fake.recordError).toHaveBeenCalledWith(ID, 'index: mapper_parsing_exception (releases.enriched.v1)', '2024-06-10T06:13:20.000Z', { stage: 'index', code: 'ES.MAPPING' });
  });

  it('dead letters without a release id, or parked by ingest itself, leave the ledger alone; a failed write is only logged', async () => {
    const fake = ledger();
    const consumer = new DeadLetterConsumer(fake as unknown as LedgerService);
    await consumer.record(deadLetter('not-a-release', PARKED));
    await consumer.record(deadLetter(null, PARKED));
    await consumer.record(deadLetter(ID, { ...PARKED, 'x-stage': 'ingest' }));
    expect(fake.recordError).not.toHaveBeenCalled();

    fake.recordError.mockRejectedValueOnce(new Error('SQLITE_BUSY'));
    await expect(consumer.record(deadLetter(ID, {}))).resolves.toBeUndefined();
    expect(fake.recordError).toHaveBeenCalledWith(ID, 'unknown: dead-lettered (releases.enriched.v1)', expect.any(String), { stage: 'unknown' });
  });
});
