import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { ReleaseEnrichedV1, ReleaseIndexedV1, ReleaseTranslatedV1, Topics } from '@demarche/contracts';
import { MessageProcessor } from '@demarche/kafka';
import { LedgerService, type LaterStage } from './ledger.service.js';

/** Follows each release down the pipeline (own consumer group) to record its stage times. */
@Controller()
export class StageConsumer {
  constructor(
    private readonly processor: MessageProcessor,
    private readonly ledger: LedgerService,
  ) {}

  @EventPattern<string>(Topics.ReleaseTranslatedV1)
  translated(@Payload() _: unknown, @Ctx() ctx: KafkaContext) {
    return this.record(ctx, ReleaseTranslatedV1, 'translated');
  }

  @EventPattern<string>(Topics.ReleaseEnrichedV1)
  enriched(@Payload() _: unknown, @Ctx() ctx: KafkaContext) {
    return this.record(ctx, ReleaseEnrichedV1, 'enriched');
  }

  @EventPattern<string>(Topics.ReleaseIndexedV1)
  indexed(@Payload() _: unknown, @Ctx() ctx: KafkaContext) {
    return this.record(ctx, ReleaseIndexedV1, 'indexed');
  }

  private record(
    ctx: KafkaContext,
    contract: typeof ReleaseTranslatedV1 | typeof ReleaseEnrichedV1 | typeof ReleaseIndexedV1,
    stage: LaterStage,
  ) {
    return this.processor.process(ctx, contract as typeof ReleaseTranslatedV1, async (release) => {
      await this.ledger.recordStage(release.id, release.revision, stage);
    });
  }
}
