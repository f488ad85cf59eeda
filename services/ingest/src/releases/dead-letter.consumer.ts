import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { DeadLetterHeaders, Topics, deadLetterTopic } from '@demarche/contracts';
import { LedgerService } from './ledger.service.js';

const RELEASE_ID = /^rel_[0-9a-f]{24}$/;

const headerText = (headers: Record<string, unknown> | undefined, name: string): string | undefined => {
  const value = headers?.[name];
  if (value === undefined || value === null) return undefined;
  // Nest's deserializer may have parsed a JSON-looking header value into an object.
  return Buffer.isBuffer(value) ? value.toString('utf8') : typeof value === 'string' ? value : JSON.stringify(value);
};

/**
 * Reads every stage's dead-letter topic (own consumer group, like the stage consumer) and writes the
 * reason into the ledger: `GET /releases/{id}/status` then says which stage refused the release and
 * why. The DLQ record keeps the original key, the release id. Its value may be the very bytes that
 * could not be parsed, so only the key and headers are read, never the value; and nothing is
 * re-dead-lettered from here: a failed ledger write is logged, and the record stays in its topic.
 */
@Controller()
export class DeadLetterConsumer {
  private readonly logger = new Logger(DeadLetterConsumer.name);

  constructor(private readonly ledger: LedgerService) {}

  @EventPattern<string>(deadLetterTopic(Topics.ReleaseIngestedV1))
  ingested(@Ctx() ctx: KafkaContext) {
    return this.record(ctx);
  }

  @EventPattern<string>(deadLetterTopic(Topics.ReleaseTranslatedV1))
  translated(@Ctx() ctx: KafkaContext) {
    return this.record(ctx);
  }

  @EventPattern<string>(deadLetterTopic(Topics.ReleaseEnrichedV1))
  enriched(@Ctx() ctx: KafkaContext) {
    return this.record(ctx);
  }

  @EventPattern<string>(deadLetterTopic(Topics.ReleaseIndexedV1))
  indexed(@Ctx() ctx: KafkaContext) {
    return this.record(ctx);
  }

  private async record(ctx: KafkaContext): Promise<void> {
    const message = ctx.getMessage();
    const id = message.key == null ? '' : String(message.key);
    if (!RELEASE_ID.test(id)) return; // poison without a release id: nothing in the ledger to annotate
    const headers = message.headers as Record<string, unknown> | undefined;
    const stage = headerText(headers, DeadLetterHeaders.stage) ?? 'unknown';
    const code = headerText(headers, DeadLetterHeaders.code);
    const reason = headerText(headers, DeadLetterHeaders.error) ?? 'dead-lettered';
    const topic = headerText(headers, DeadLetterHeaders.topic) ?? ctx.getTopic().replace(/\.dlq$/, '');
    // Our own stage-time consumer reads the same topics as translate, enrich and feeds, so a bad
    // message there is dead-lettered twice; the pipeline stage's record is the one that says why the
    // release stopped, and ours must not overwrite it (the order of the two is a race).
    if (stage === 'ingest') {
      this.logger.warn({ msg: 'own stage consumer dead-lettered a message', releaseId: id, code, reason });
      return;
    }
    const at = message.timestamp ? new Date(Number(message.timestamp)).toISOString() : new Date().toISOString();
    try {
      const known = await this.ledger.recordError(id, `${stage}: ${reason} (${topic})`, at, { stage, ...(code ? { code } : {}) });
      if (known) this.logger.warn({ msg: 'release dead-lettered', releaseId: id, stage, code, reason });
    } catch (error) {
      this.logger.error({ msg: 'could not record a dead letter in the ledger', releaseId: id, stage, error: (error as Error).message });
    }
  }
}
