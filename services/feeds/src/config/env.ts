import { CommonEnv } from '@demarche/config';

export class FeedsEnv extends CommonEnv {
  override PORT: number = 8082;
}
