import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { ReleaseIngestedV1, Topics } from '@demarche/contracts';
import { MessageProcessor } from '@demarche/kafka';
import { ReleaseTranslator } from './release-translator.js';

@Controller()
export class TranslationConsumer {
  constructor(
    private readonly processor: MessageProcessor,
    private readonly translator: ReleaseTranslator,
  ) {}

  @EventPattern<string>(Topics.ReleaseIngestedV1)
  handle(@Payload() _: unknown, @Ctx() ctx: KafkaContext) {
    return this.processor.process(ctx, ReleaseIngestedV1, (release, meta) => this.translator.translateAndPublish(release, meta.traceparent));
  }
}
