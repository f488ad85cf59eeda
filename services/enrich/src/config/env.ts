import { IsIn, IsInt, Matches, Max, Min } from 'class-validator';
import { CommonEnv } from '@demarche/config';
import { DEFAULT_CORENLP_URL, DEFAULT_NATASHA_URL } from '@demarche/nlp';

export class EnrichEnv extends CommonEnv {
  override PORT: number = 8084;

  /** Run the statistical recogniser before the knowledge base (false: knowledge base only). */
  @IsIn(['true', 'false'])
  NER_ENABLED: 'true' | 'false' = 'true';

  /** Stanford CoreNLP server: NER for en, es, fr, de, zh (deploy/local/stack up corenlp). */
  @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
  CORENLP_URL = DEFAULT_CORENLP_URL;

  /** natasha server: NER for ru (deploy/local/stack up natasha). */
  @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
  NATASHA_URL = DEFAULT_NATASHA_URL;

  /** A recogniser answer slower than this counts as an outage: the release waits and is retried. */
  @IsInt()
  @Min(100)
  NER_TIMEOUT_MS: number = 30_000;

  /** Requests in flight to the recognisers per enrich instance (match the servers' threads). */
  @IsInt()
  @Min(1)
  @Max(64)
  NER_CONCURRENCY: number = 4;

  /** Texts whose model answer is remembered per instance (syndicated copies, replays); 0: none. */
  @IsInt()
  @Min(0)
  NER_CACHE_SIZE: number = 5000;
}
