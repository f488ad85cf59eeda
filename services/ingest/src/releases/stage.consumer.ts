import { Injectable } from '@nestjs/common';
import { IsInt, Matches, Min } from 'class-validator';
import { RELEASE_ID_PATTERN, ReleaseEnrichedV1, ReleaseIndexedV1, ReleaseTranslatedV1 } from '@demarche/contracts';
import { Consumes, type Contract, type MessageMeta } from '@demarche/kafka';
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

/** The stage's own contract (its topic and type), validated as a StageMark. */
const markOf = (contract: Contract) =>
  class extends StageMark {
    static readonly type = contract.type;
    static readonly topic = contract.topic;
  };

/**
 * Follows each release down the pipeline to record its stage times in the ledger: the stage's
 * own time (its event's `ce_time`), not when this consumer got round to it. Only an observer of
 * these topics: the stage consuming each one dead-letters what is bad in it, once.
 */
@Injectable()
export class StageConsumer {
  constructor(private readonly ledger: LedgerService) {}

  @Consumes(markOf(ReleaseTranslatedV1), { observer: true })
  translated(release: StageMark, meta: MessageMeta) {
    return this.record(release, 'translated', meta);
  }

  @Consumes(markOf(ReleaseEnrichedV1), { observer: true })
  enriched(release: StageMark, meta: MessageMeta) {
    return this.record(release, 'enriched', meta);
  }

  @Consumes(markOf(ReleaseIndexedV1), { observer: true })
  indexed(release: StageMark, meta: MessageMeta) {
    return this.record(release, 'indexed', meta);
  }

  private record(release: StageMark, stage: LaterStage, meta: MessageMeta) {
    return this.ledger.recordStage(release.id, release.revision, stage, meta.time);
  }
}
