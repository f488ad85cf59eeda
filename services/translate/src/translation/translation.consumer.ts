import { Injectable } from '@nestjs/common';
import { ReleaseIngestedV1 } from '@demarche/contracts';
import { Consumes, type MessageMeta } from '@demarche/kafka';
import { ReleaseTranslator } from './release-translator.js';

/** Consumes releases.ingested.v1 a fetched batch at a time (see BatchConsumer). */
@Injectable()
export class TranslationConsumer {
  constructor(private readonly translator: ReleaseTranslator) {}

  @Consumes(ReleaseIngestedV1)
  translate(release: ReleaseIngestedV1, meta: MessageMeta) {
    return this.translator.translateAndPublish(release, meta.traceparent);
  }
}
