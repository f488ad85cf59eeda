import { CommonEnv } from '@demarche/config';

export class EnrichEnv extends CommonEnv {
  override PORT: number = 8084;
}
