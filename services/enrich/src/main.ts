import 'reflect-metadata';
import { runService } from '@demarche/platform';
import { AppModule } from './app.module.js';

await runService(AppModule, {
  name: 'enrich',
  description: 'Adds entities, topics and clusters to releases.translated.v1 and publishes releases.enriched.v1.',
});
