import { Module } from '@nestjs/common';
import { ServiceModule } from '@demarche/platform';
import { IndexEnv } from './config/env.js';
import { IndexConfig, indexConfig } from './config/index.config.js';
import { IndexingModule } from './indexing/indexing.module.js';

@Module({
  imports: [
    ServiceModule.forRoot({ name: 'index', env: IndexEnv, kafka: true, elastic: true, config: [[IndexConfig, indexConfig]] }),
    IndexingModule,
  ],
})
export class AppModule {}
