import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { ReleaseEnrichedV1, ReleaseTranslatedV1, Topics } from '@demarche/contracts';
import { EventPublisher, MessageProcessor } from '@demarche/kafka';
import { EnrichmentService } from './enrichment.service.js';

@Controller()
export class EnrichmentConsumer {
  constructor(
    private readonly processor: MessageProcessor,
    private readonly enrichment: EnrichmentService,
    private readonly publisher: EventPublisher,
  ) {}

  @EventPattern<string>(Topics.ReleaseTranslatedV1)
  handle(@Payload() _: unknown, @Ctx() ctx: KafkaContext) {
    return this.processor.process(ctx, ReleaseTranslatedV1, (release, meta) =>
      this.publisher.publish(ReleaseEnrichedV1, this.enrichment.enrich(release), meta.traceparent),
    );
  }
}
