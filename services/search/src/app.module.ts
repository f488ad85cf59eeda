import { Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { validateEnv } from '@demarche/config';
import { ElasticHealthIndicator, ElasticModule } from '@demarche/elastic';
import { HealthModule } from '@demarche/platform';
import { AlertsModule } from './alerts/alerts.module.js';
import { SearchEnv } from './config/env.js';
import { EntitiesModule } from './entities/entities.module.js';
import { ExportModule } from './export/export.module.js';
import { ReleasesModule } from './releases/releases.module.js';
import { SearchModule } from './search/search.module.js';
import { UiModule } from './ui/ui.module.js';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, validate: validateEnv(SearchEnv) }),
    ElasticModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<SearchEnv, true>) => ({
        url: config.get('ELASTICSEARCH_URL'),
        alias: config.get('ELASTICSEARCH_ALIAS'),
        requestTimeoutMs: config.get('ELASTICSEARCH_TIMEOUT_MS'),
      }),
    }),
    HealthModule.register({
      inject: [ElasticHealthIndicator],
      useFactory: (elastic: ElasticHealthIndicator) => [() => elastic.isHealthy()],
    }),
    SearchModule,
    ReleasesModule,
    EntitiesModule,
    ExportModule,
    UiModule,
    AlertsModule,
  ],
})
export class AppModule {}
