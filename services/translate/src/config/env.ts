import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { DatabaseEnv } from '@demarche/config';
import { SOURCE_TARGETS_PATTERN } from '../routing/target-languages.js';
import { ROUTES_PATTERN } from '../routing/translation-routes.js';

const URL_OR_EMPTY = /^(https?:\/\/.+)?$/;
const LANGUAGES = /^[a-z]{2}(,[a-z]{2})*$/;
const LANGUAGES_OR_EMPTY = /^([a-z]{2}(,[a-z]{2})*)?$/;

export class TranslateEnv extends DatabaseEnv {
  override PORT: number = 8083;

  /**
   * Comma-separated ISO 639-1 target languages; a release is never translated into its own language.
   * Empty: no deployment-wide target, releases pass through (status `not-needed`) unless their source has extras.
   */
  @Matches(LANGUAGES_OR_EMPTY, { message: 'must be comma-separated ISO 639-1 codes, e.g. en,es, or empty' })
  TRANSLATION_TARGETS = 'en';

  /** Extra targets per source: `exteriores.gob.es:en;mid.ru:en,es` (an entry covers the source's subdomains). */
  @Matches(SOURCE_TARGETS_PATTERN, { message: 'must be source:lang[,lang] entries separated by ";", e.g. mid.ru:en,es;exteriores.gob.es:en' })
  TRANSLATION_SOURCE_TARGETS = '';

  /** Backends per pair, in order of preference: `es>en=deepl,apertium;*>*=apertium`. Empty: every backend, in the order below. */
  @Matches(ROUTES_PATTERN, { message: 'must be from>to=backend[,backend] rules separated by ";" (* for any language)' })
  TRANSLATION_ROUTES = '';

  /** Apertium APY server. Empty: no Apertium backend. */
  @IsOptional()
  @Matches(URL_OR_EMPTY, { message: 'must be an http(s) URL or empty' })
  APERTIUM_URL = 'http://127.0.0.1:2737';

  /** A LibreTranslate-compatible server. Empty: not used. */
  @IsOptional()
  @Matches(URL_OR_EMPTY, { message: 'must be an http(s) URL or empty' })
  LIBRETRANSLATE_URL = '';

  @IsString()
  LIBRETRANSLATE_API_KEY = '';

  /** Characters per text sent to LibreTranslate (servers often set LT_CHAR_LIMIT). */
  @IsInt()
  @Min(100)
  LIBRETRANSLATE_MAX_CHARS: number = 2_000;

  /** The DeepL API base URL (the Free and Pro APIs have different hosts). Empty: not used. */
  @IsOptional()
  @Matches(URL_OR_EMPTY, { message: 'must be an http(s) URL or empty' })
  DEEPL_URL = '';

  @IsString()
  DEEPL_API_KEY = '';

  /** An OpenAI-compatible API base URL including its version path (…/v1). Empty: not used. */
  @IsOptional()
  @Matches(URL_OR_EMPTY, { message: 'must be an http(s) URL or empty' })
  OPENAI_URL = '';

  @IsString()
  OPENAI_API_KEY = '';

  @IsString()
  OPENAI_MODEL = '';

  /** Languages the model translates between (an LLM cannot list its pairs). */
  @Matches(LANGUAGES, { message: 'must be comma-separated ISO 639-1 codes, e.g. en,es,fr' })
  OPENAI_LANGUAGES = 'en,es,fr,de,it,pt,ru';

  /** One HTTP request to a backend; a release may take several. */
  @IsInt()
  @Min(100)
  TRANSLATION_TIMEOUT_MS: number = 20_000;

  /**
   * One call: a release's texts into one language, retries included. Past it the target goes
   * `pending` (what was translated so far is cached). Under the Kafka session timeout (30 s).
   */
  @IsInt()
  @Min(100)
  @Max(29_000)
  TRANSLATION_CALL_TIMEOUT_MS: number = 25_000;

  /** Calls in flight at once per backend. */
  @IsInt()
  @Min(1)
  @Max(256)
  TRANSLATION_CONCURRENCY: number = 4;

  /** Extra attempts after a failed backend call before the target goes `pending`. */
  @IsInt()
  @Min(0)
  @Max(10)
  TRANSLATION_RETRIES: number = 2;

  /** How long an open circuit waits before one trial call to its backend. */
  @IsInt()
  @Min(100)
  TRANSLATION_BREAKER_RESET_MS: number = 10_000;

  /** How often pending releases are tried again (0: never, for tests only). */
  @IsInt()
  @Min(0)
  PENDING_RETRY_INTERVAL_MS: number = 5_000;

  /** Joins every backend version in the cache key: change it to retire all cached translations. */
  @IsString()
  TRANSLATION_CACHE_VERSION = '1';
}
