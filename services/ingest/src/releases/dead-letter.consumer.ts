import { Injectable, Logger } from '@nestjs/common';
import { DeadLetterHeaders, RELEASE_ID_PATTERN, Topics, deadLetterTopic } from '@demarche/contracts';
import { ConsumesRecords, type ConsumedMessage } from '@demarche/kafka';
import { LedgerService } from './ledger.service.js';

const STAGE_TOPICS = [Topics.ReleaseIngestedV1, Topics.ReleaseTranslatedV1, Topics.ReleaseEnrichedV1, Topics.ReleaseIndexedV1];

/**
 * Reads every stage's dead-letter topic (own consumer group, like the stage consumer) and writes the
 * reason into the ledger: `GET /releases/{id}/status` then says which stage refused the release and
 * why. The DLQ record keeps the original key, the release id. Its value may be the very bytes that
 * could not be parsed, so only the key and headers are read, never the value; and nothing is
 * re-dead-lettered from here: a failed ledger write is logged, and the record stays in its topic.
 */
@Injectable()
export class DeadLetterConsumer {
  private readonly logger = new Logger(DeadLetterConsumer.name);

  constructor(private readonly ledger: LedgerService) {}

  /** Every stage's dead-letter topic. */
  @ConsumesRecords(...STAGE_TOPICS.map(deadLetterTopic))
  async record(message: ConsumedMessage): Promise<void> {
    const id = message.key ?? '';
    if (!RELEASE_ID_PATTERN.test(id)) return; // poison without a release id: nothing in the ledger to annotate
    const { headers } = message;
    const stage = headers[DeadLetterHeaders.stage] ?? 'unknown';
    const code = headers[DeadLetterHeaders.code];
    const reason = headers[DeadLetterHeaders.error] ?? 'dead-lettered';
    const topic = headers[DeadLetterHeaders.topic] ?? message.topic.replace(/\.dlq$/, '');
    // Ingest's ledger consumer once dead-lettered what it could not read too (it now skips it), and
    // the DLQs keep such copies: the pipeline stage's record says why the release stopped.
    if (stage === 'ingest') return;
    const at = message.timestamp ? new Date(Number(message.timestamp)).toISOString() : new Date().toISOString();
    try {
      const known = await this.ledger.recordError(id, `${stage}: ${reason} (${topic})`, at, { stage, ...(code ? { code } : {}) });
      if (known) this.logger.warn({ msg: 'release dead-lettered', releaseId: id, stage, code, reason });
    } catch (error) {
      this.logger.error({ msg: 'could not record a dead letter in the ledger', releaseId: id, stage, error: (error as Error).message });
    }
  }
}
