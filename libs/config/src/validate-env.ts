import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';

export class InvalidConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'InvalidConfigError';
  }
}

/**
 * Builds the `validate` function for `ConfigModule.forRoot`: converts the environment
 * into the service's env class (defaults come from its property initialisers) and fails
 * fast with one line per bad variable.
 */
export function validateEnv<T extends object>(envClass: new () => T) {
  return (raw: Record<string, unknown>): T => {
    const env = plainToInstance(envClass, raw, { enableImplicitConversion: true, exposeDefaultValues: true });
    const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
    if (errors.length > 0) {
      throw new InvalidConfigError(
        errors.map((e) => `${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join(', ')}`),
      );
    }
    return env;
  };
}
