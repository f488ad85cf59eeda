import 'reflect-metadata';
import { runService } from '@demarche/platform';
import { AppModule } from './app.module.js';

await runService(AppModule, {
  name: 'feeds',
  description: 'Matches searchable releases against subscriptions and delivers them to newsrooms.',
  consumesEvents: true,
});
