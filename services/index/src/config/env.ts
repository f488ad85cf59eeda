import { ElasticsearchEnv } from '@demarche/config';

export class IndexEnv extends ElasticsearchEnv {
  override PORT = 8085;
}
