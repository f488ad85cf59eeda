import 'reflect-metadata';
import { runService } from '@demarche/platform';
import { AppModule } from './app.module.js';

await runService(AppModule, {
  name: 'translate',
  description: 'Translates releases.ingested.v1 into the configured languages and publishes releases.translated.v1.',
});
