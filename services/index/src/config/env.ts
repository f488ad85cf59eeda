import { IsInt, Max, Min } from 'class-validator';
import { ElasticsearchEnv } from '@demarche/config';

export class IndexEnv extends ElasticsearchEnv {
  override PORT: number = 8085;

  /** A bulk request is sent once it holds this many documents… */
  @IsInt()
  @Min(1)
  @Max(10_000)
  INDEX_BATCH_SIZE: number = 500;

  /** …or this many bytes of request body… */
  @IsInt()
  @Min(1024)
  INDEX_BATCH_BYTES: number = 5 * 1024 * 1024;

  /**
   * …or when its first document has waited this long. Short: the consumer hands over each
   * fetched batch whole, so a batch fills from the messages fetched together.
   */
  @IsInt()
  @Min(0)
  @Max(60_000)
  INDEX_BATCH_WAIT_MS: number = 10;
}
