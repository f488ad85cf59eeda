import { ConfigService } from '@nestjs/config';
import type { FeedsEnv } from './env.js';

/** Where clients reach this service: PUBLIC_URL, or the local port. */
export function publicUrl(config: ConfigService<FeedsEnv, true>): string {
  return (config.get('PUBLIC_URL', { infer: true }) || `http://127.0.0.1:${config.get('PORT', { infer: true })}`).replace(/\/$/, '');
}
