import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { currentScope } from '@demarche/observability';
import { redactText, redactValue, SENSITIVE_KEYS } from './auth/redaction.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * Nest's console logger; in JSON mode each line also carries `service`, and the `traceId`
 * and `releaseId` of the request or message being processed, so one release can be
 * followed across services with a single log query.
 */
export class ServiceLogger extends ConsoleLogger {
  constructor(
    private readonly service: string,
    options: { json: boolean; logLevels: LogLevel[] },
  ) {
    // Nest masks sensitive properties of logged objects; the overrides below also mask
    // credentials inside strings (messages, error texts, stacks), which Nest prints as is.
    super(service, { ...options, redact: SENSITIVE_KEYS });
  }

  protected override redact(value: unknown): unknown {
    return redactValue(super.redact(value));
  }

  protected override formatMessage(...args: Parameters<ConsoleLogger['formatMessage']>): string {
    return redactText(super.formatMessage(...args));
  }

  protected override printStackTrace(stack: string): void {
    super.printStackTrace(stack && redactText(stack));
  }

  static fromEnv(service: string): ServiceLogger {
    const level = (process.env.LOG_LEVEL ?? 'log') as LogLevel;
    return new ServiceLogger(service, {
      json: (process.env.LOG_FORMAT ?? (process.env.NODE_ENV === 'production' ? 'json' : 'pretty')) === 'json',
      logLevels: LEVELS.slice(0, Math.max(1, LEVELS.indexOf(level) + 1)),
    });
  }

  protected override getJsonLogObject(message: unknown, options: Parameters<ConsoleLogger['getJsonLogObject']>[1]) {
    const entry = super.getJsonLogObject(message, options);
    const scope = currentScope();
    const fields = message !== null && typeof message === 'object' ? (message as Record<string, unknown>) : {};
    // Top-level ids, whether the line named the release itself or runs for a message that did.
    const releaseId = typeof fields.releaseId === 'string' ? fields.releaseId : scope?.releaseId;
    return redactValue({
      ...entry,
      service: this.service,
      ...(scope ? { traceId: scope.trace.traceId, spanId: scope.trace.spanId } : {}),
      ...(releaseId ? { releaseId } : {}),
    }) as ReturnType<ConsoleLogger['getJsonLogObject']>;
  }
}
