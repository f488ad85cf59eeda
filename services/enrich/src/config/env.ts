import { CommonEnv } from '@demarche/config';

export class EnrichEnv extends CommonEnv {
  override PORT = 8084;
}
