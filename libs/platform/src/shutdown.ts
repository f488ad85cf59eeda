import type { INestApplication, LoggerService } from '@nestjs/common';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/** SHUTDOWN_TIMEOUT_MS: how long a stopping service may take before it is forced out. */
export function shutdownTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SHUTDOWN_TIMEOUT_MS;
  if (raw === undefined || raw === '') return 8_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 100) {
    throw new Error(`Invalid configuration:\n  SHUTDOWN_TIMEOUT_MS=${JSON.stringify(raw)}: must be an integer of at least 100`);
  }
  return value;
}

/**
 * Nest's shutdown hooks close the app on SIGTERM: the message processor stops waiting out
 * outages, the Kafka consumer finishes the message in flight and commits, HTTP stops, the
 * producer and pools disconnect. This bounds it: past `timeoutMs` the process exits anyway
 * (uncommitted messages are redelivered to the group — every stage is idempotent).
 */
export function boundShutdown(app: INestApplication, logger: LoggerService, timeoutMs: number): void {
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      logger.log({ msg: 'shutting down', signal, timeoutMs });
      setTimeout(() => {
        logger.error({ msg: 'shutdown timed out, exiting', timeoutMs });
        process.exit(1);
      }, timeoutMs).unref();
    });
  }
}
