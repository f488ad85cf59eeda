import { IsInt, IsString, Matches, Min } from 'class-validator';
import { DatabaseEnv } from '@demarche/config';

export class IngestEnv extends DatabaseEnv {
  override PORT: number = 8081;

  /** Source id given to pushed releases that name none. */
  @Matches(/^[a-z0-9][a-z0-9._-]*$/)
  DEFAULT_SOURCE = 'push';

  /** Largest accepted request body, in bytes. */
  @IsInt()
  @Min(1024)
  MAX_BODY_BYTES: number = 5 * 1024 * 1024;

  /** Ledger rows not yet confirmed on Kafka after this long are published again. */
  @IsInt()
  @Min(1000)
  REPUBLISH_AFTER_MS: number = 15_000;

  @IsString()
  DEFAULT_TIMEZONE = '';
}
