import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { ReleaseIngestedV1, ReleaseTranslatedV1, Topics } from '@demarche/contracts';
import { EventPublisher, MessageProcessor } from '@demarche/kafka';
import { TranslationService } from './translation.service.js';

@Controller()
export class TranslationConsumer {
  constructor(
    private readonly processor: MessageProcessor,
    private readonly translation: TranslationService,
    private readonly publisher: EventPublisher,
  ) {}

  @EventPattern<string>(Topics.ReleaseIngestedV1)
  handle(@Payload() _: unknown, @Ctx() ctx: KafkaContext) {
    return this.processor.process(ctx, ReleaseIngestedV1, async (release, meta) => {
      const translated = await this.translation.translate(release);
      await this.publisher.publish(ReleaseTranslatedV1, translated, meta.traceparent);
    });
  }
}
