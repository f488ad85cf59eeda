import { CommonEnv } from '@demarche/config';

export class FeedsEnv extends CommonEnv {
  override PORT = 8082;
}
