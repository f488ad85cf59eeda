import 'reflect-metadata';
import { rejectPrototypeKeys } from '@demarche/net';
import { runService } from '@demarche/platform';
import { AppModule } from './app.module.js';
import { ReleasesConfig } from './config/ingest.config.js';
import { refuseDeclaredOversize } from './http/declared-length.guard.js';

await runService(AppModule, {
  name: 'ingest',
  description: 'Accepts press releases (text, HTML, JSON), extracts them and publishes releases.ingested.v1.',
  configure: (app) => {
    const maxBody = app.get(ReleasesConfig).maxBodyBytes;
    app.use(refuseDeclaredOversize(maxBody, ['/releases/batch']));
    app.useBodyParser('json', { limit: maxBody, reviver: rejectPrototypeKeys });
    // Bytes, not text: the charset is detected in the service (declared charsets are often wrong).
    app.useBodyParser('raw', { type: ['text/plain', 'text/html', 'application/xhtml+xml'], limit: maxBody });
  },
});
