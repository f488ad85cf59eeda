import { Injectable } from '@nestjs/common';
import type { KafkaContext } from '@nestjs/microservices';
import { IsInt, Matches, Min } from 'class-validator';
import { RELEASE_ID_PATTERN, ReleaseEnrichedV1, ReleaseIndexedV1, ReleaseTranslatedV1, Topics } from '@demarche/contracts';
import { MessageProcessor, type TopicHandler } from '@demarche/kafka';
import { LedgerService, type LaterStage } from './ledger.service.js';

/**
 * The part of a later stage's event that the ledger reads, validated alone: the stage consuming
 * the event validates all of it, and validating whole enriched releases again here cost ingest
 * more CPU than ingesting them.
 */
class StageMark {
  @Matches(RELEASE_ID_PATTERN)
  id: string;

  @IsInt()
  @Min(0)
  revision: number;
}

const markOf = (type: string) =>
  class extends StageMark {
    static readonly type = type;
  };
const MARKS = {
  translated: markOf(ReleaseTranslatedV1.type),
  enriched: markOf(ReleaseEnrichedV1.type),
  indexed: markOf(ReleaseIndexedV1.type),
};

/** Follows each release down the pipeline to record its stage times in the ledger. */
@Injectable()
export class StageConsumer {
  constructor(
    private readonly processor: MessageProcessor,
    private readonly ledger: LedgerService,
  ) {}

  /** For ingest's consumer (LedgerConsumer): each later stage's topic. */
  handlers(): Record<string, TopicHandler> {
    return {
      [Topics.ReleaseTranslatedV1]: (ctx) => this.record(ctx, 'translated'),
      [Topics.ReleaseEnrichedV1]: (ctx) => this.record(ctx, 'enriched'),
      [Topics.ReleaseIndexedV1]: (ctx) => this.record(ctx, 'indexed'),
    };
  }

  private record(ctx: KafkaContext, stage: LaterStage) {
    return this.processor.process(
      ctx,
      MARKS[stage],
      // The stage's own time (its event's `ce_time`), not when this consumer got round to it.
      (release, meta) => this.ledger.recordStage(release.id, release.revision, stage, meta.time),
      // The stage consuming this topic dead-letters what is bad in it, once.
      { observer: true },
    );
  }
}
