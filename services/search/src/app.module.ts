import { Module } from '@nestjs/common';
import { ServiceModule } from '@demarche/platform';
import { AlertsModule } from './alerts/alerts.module.js';
import { SearchEnv } from './config/env.js';
import { SearchConfig, searchConfig } from './config/search.config.js';
import { EntitiesModule } from './entities/entities.module.js';
import { ExportModule } from './export/export.module.js';
import { ReleasesModule } from './releases/releases.module.js';
import { SearchModule } from './search/search.module.js';
import { UiModule } from './ui/ui.module.js';

@Module({
  imports: [
    ServiceModule.forRoot({ name: 'search', env: SearchEnv, elastic: true, config: [[SearchConfig, searchConfig]] }),
    SearchModule,
    ReleasesModule,
    EntitiesModule,
    ExportModule,
    UiModule,
    AlertsModule,
  ],
})
export class AppModule {}
