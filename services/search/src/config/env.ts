import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ElasticsearchEnv } from '@demarche/config';

export class SearchEnv extends ElasticsearchEnv {
  override PORT: number = 8080;

  /** The feeds service, for the analyst page's alert preview. Unset: http://127.0.0.1:FEEDS_PORT. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'must be an http(s) URL' })
  FEEDS_URL?: string;

  @IsInt()
  @Min(1)
  @Max(65535)
  FEEDS_PORT: number = 8082;
}
