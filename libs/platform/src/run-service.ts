import { ConsoleLogger, type INestApplication, type LogLevel, ValidationPipe } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { kafkaConsumerOptions } from '@demarche/kafka';

export interface ServiceSettings {
  name: string;
  description: string;
  /** True for services that consume contract events (KAFKA_BROKERS, KAFKA_GROUP_PREFIX). */
  consumesEvents?: boolean;
  /** Extra HTTP set-up, such as body parsers for non-JSON payloads. */
  configure?: (app: NestExpressApplication) => void;
}

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

function loggerFromEnv(name: string) {
  const level = (process.env.LOG_LEVEL ?? 'log') as LogLevel;
  return new ConsoleLogger(name, {
    json: (process.env.LOG_FORMAT ?? (process.env.NODE_ENV === 'production' ? 'json' : 'pretty')) === 'json',
    logLevels: LEVELS.slice(0, Math.max(1, LEVELS.indexOf(level) + 1)),
  });
}

/**
 * Starts one Démarche service: HTTP (API, health, OpenAPI at /docs) on PORT and, for
 * workers, Nest's Kafka transport in the same process (a hybrid application).
 */
export async function runService(module: unknown, settings: ServiceSettings): Promise<INestApplication> {
  try {
    return await start(module, settings);
  } catch (error) {
    // A bad setting or an unreachable port: say why in one line and stop.
    console.error(`${settings.name}: cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}

async function start(module: unknown, settings: ServiceSettings): Promise<INestApplication> {
  const logger = loggerFromEnv(settings.name);
  const app = await NestFactory.create<NestExpressApplication>(module as never, { logger, bufferLogs: true });
  const config = app.get(ConfigService);
  app.enableShutdownHooks();
  settings.configure?.(app);
  app.useGlobalPipes(new ValidationPipe({ transform: true, whitelist: true, forbidNonWhitelisted: true }));

  const openApi = new DocumentBuilder()
    .setTitle(`Démarche ${settings.name}`)
    .setDescription(settings.description)
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, openApi));

  if (settings.consumesEvents) {
    const brokers = config.getOrThrow<string>('KAFKA_BROKERS').split(',');
    const groupPrefix = config.getOrThrow<string>('KAFKA_GROUP_PREFIX');
    app.connectMicroservice(kafkaConsumerOptions({ service: settings.name, brokers, groupPrefix }), {
      inheritAppConfig: true,
    });
    await app.startAllMicroservices();
  }

  const port = config.getOrThrow<number>('PORT');
  await app.listen(port, config.get<string>('HOST') ?? '127.0.0.1');
  logger.log(`${settings.name} listening on http://127.0.0.1:${port} (OpenAPI at /docs)`);
  return app;
}
