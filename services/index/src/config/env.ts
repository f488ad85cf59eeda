import { ElasticsearchEnv } from '@demarche/config';

export class IndexEnv extends ElasticsearchEnv {
  override PORT: number = 8085;
}
