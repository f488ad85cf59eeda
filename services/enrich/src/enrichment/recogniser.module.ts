import { Global, Module } from '@nestjs/common';
import { RecogniserClient } from './recogniser.provider.js';

/** Global so the readiness checks can ask the recogniser too. */
@Global()
@Module({ providers: [RecogniserClient], exports: [RecogniserClient] })
export class RecogniserModule {}
