import 'reflect-metadata';
import { runService } from '@demarche/platform';
import { AppModule } from './app.module.js';

await runService(AppModule, {
  name: 'search',
  description: 'Read-only search over the releases archive, across languages.',
});
