import { ElasticsearchEnv } from '@demarche/config';

export class SearchEnv extends ElasticsearchEnv {
  override PORT = 8080;
}
