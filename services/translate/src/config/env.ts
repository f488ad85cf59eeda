import { IsInt, IsOptional, Matches, Min } from 'class-validator';
import { CommonEnv } from '@demarche/config';

export class TranslateEnv extends CommonEnv {
  override PORT: number = 8083;

  /** Comma-separated ISO 639-1 target languages; a release is never translated into its own language. */
  @Matches(/^[a-z]{2}(,[a-z]{2})*$/, { message: 'must be comma-separated ISO 639-1 codes, e.g. en,es' })
  TRANSLATION_TARGETS = 'en';

  /** Apertium APY server. Empty: no Apertium backend (targets no other backend serves are `unsupported`). */
  @IsOptional()
  @Matches(/^(https?:\/\/.+)?$/, { message: 'must be an http(s) URL or empty' })
  APERTIUM_URL = 'http://127.0.0.1:2737';

  @IsInt()
  @Min(100)
  TRANSLATION_TIMEOUT_MS: number = 20_000;
}
