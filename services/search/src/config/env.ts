import { ElasticsearchEnv } from '@demarche/config';

export class SearchEnv extends ElasticsearchEnv {
  override PORT: number = 8080;
}
