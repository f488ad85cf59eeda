import { type INestApplication, Module, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { HttpConfig, TracingEnv, validateEnv } from '@demarche/config';
import { instrumentHttpClient, startTracing, tracingOptionsFromEnv } from '@demarche/observability';
import { AuthModule } from './auth/auth.module.js';
import { API_KEY_SCHEME, BEARER_SCHEME } from './auth/auth.decorators.js';
import { watchStartupErrors } from './config-error.handler.js';
import { httpObservability } from './http-observability.middleware.js';
import { ServiceLogger } from './logger.js';
import { ObservabilityModule } from './observability.module.js';
import { TraceScopeInterceptor } from './trace-scope.interceptor.js';
import { boundShutdown, shutdownTimeoutMs } from './shutdown.js';

export interface ServiceSettings {
  name: string;
  description: string;
  /** Extra HTTP set-up, such as body parsers for non-JSON payloads. */
  configure?: (app: NestExpressApplication) => void;
}

// Main files import this lib before their app module, whose env validation may throw.
// Only in a service process: a test runner importing this lib keeps its own handlers.
const stopWatchingStartupErrors = /services\/[^/]+\/dist\/main\.js$/.test(process.argv[1] ?? '')
  ? watchStartupErrors()
  : () => undefined;

/**
 * Starts one Démarche service: HTTP (API, health, `/metrics`, OpenAPI at /docs) on PORT and, for
 * workers, their consumer group in the same process (libs/kafka's KafkaConsumers, started with the app).
 */
export async function runService(module: unknown, settings: ServiceSettings): Promise<INestApplication> {
  try {
    const app = await start(module, settings);
    stopWatchingStartupErrors();
    return app;
  } catch (error) {
    // A bad setting or an unreachable port: say why in one line and stop.
    console.error(`${settings.name}: cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}

async function start(module: unknown, settings: ServiceSettings): Promise<INestApplication> {
  const shutdownMs = shutdownTimeoutMs();
  // Before the app exists: its first requests and messages already need the tracer.
  startTracing(tracingOptionsFromEnv(settings.name, validateEnv(TracingEnv)(process.env)));
  const logger = ServiceLogger.fromEnv(settings.name);
  instrumentHttpClient();

  // Every service gets /metrics, the Metrics injectable and API-key access control without importing anything.
  @Module({ imports: [module as never, ObservabilityModule, AuthModule] })
  class ServiceRoot {}

  const app = await NestFactory.create<NestExpressApplication>(ServiceRoot, {
    logger,
    bufferLogs: true,
    // Throw instead of exiting, so runService reports the reason.
    abortOnError: false,
  });
  const http = app.get(HttpConfig);
  app.enableShutdownHooks();
  boundShutdown(app, logger, shutdownMs);
  app.use(httpObservability);
  settings.configure?.(app);
  app.useGlobalInterceptors(new TraceScopeInterceptor());
  app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true, forbidNonWhitelisted: true }));

  const openApi = new DocumentBuilder()
    .setTitle(`Démarche ${settings.name}`)
    .setDescription(settings.description)
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'API key', description: 'API key (scopes: ingest, search, subscriptions, admin)' }, BEARER_SCHEME)
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'The same API key, in its own header' }, API_KEY_SCHEME)
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));


  await app.listen(http.port, http.host);
  logger.log(`${settings.name} listening on http://127.0.0.1:${http.port} (OpenAPI at /docs, metrics at /metrics)`);
  return app;
}
