import 'reflect-metadata';
import { runService } from '@demarche/platform';
import { AppModule } from './app.module.js';

await runService(AppModule, {
  name: 'index',
  description: 'Writes releases.enriched.v1 into Elasticsearch (alias `releases`) and publishes releases.indexed.v1.',
});
