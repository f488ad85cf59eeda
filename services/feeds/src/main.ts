import 'reflect-metadata';
import { rejectPrototypeKeys } from '@demarche/net';
import { runService } from '@demarche/platform';
import { AppModule } from './app.module.js';

await runService(AppModule, {
  name: 'feeds',
  description: 'Matches searchable releases against subscriptions and delivers them to newsrooms.',
  configure: (app) => app.useBodyParser('json', { reviver: rejectPrototypeKeys }),
});
