import 'reflect-metadata';
import { runService } from '@demarche/platform';
import { AppModule } from './app.module.js';

const maxBody = Number(process.env.MAX_BODY_BYTES ?? 5 * 1024 * 1024);

await runService(AppModule, {
  name: 'ingest',
  description: 'Accepts press releases (text, HTML, JSON), extracts them and publishes releases.ingested.v1.',
  configure: (app) => {
    app.useBodyParser('json', { limit: maxBody });
    app.useBodyParser('text', { type: ['text/plain', 'text/html', 'application/xhtml+xml'], limit: maxBody });
  },
});
