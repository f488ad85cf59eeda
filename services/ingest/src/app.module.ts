import { Module } from '@nestjs/common';
import { ServiceModule } from '@demarche/platform';
import { IngestEnv } from './config/env.js';
import { PollingConfig, pollingConfig, ReleasesConfig, releasesConfig, TemplateConfig, templateConfig } from './config/ingest.config.js';
import { tables } from './database/database.options.js';
import { ReleasesModule } from './releases/releases.module.js';
import { SourcesModule } from './sources/sources.module.js';

@Module({
  imports: [
    ServiceModule.forRoot({
      name: 'ingest',
      env: IngestEnv,
      kafka: true,
      database: tables,
      config: [
        [ReleasesConfig, releasesConfig],
        [PollingConfig, pollingConfig],
        [TemplateConfig, templateConfig],
      ],
    }),
    ReleasesModule,
    SourcesModule,
  ],
})
export class AppModule {}
