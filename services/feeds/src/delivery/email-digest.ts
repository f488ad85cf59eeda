import type { EmailDigest } from '../subscriptions/subscription.entity.js';

/**
 * When an e-mail for an item recorded at `now` goes out: at once for `item`; for a digest, at the
 * end of the window `now` falls in (windows aligned to the epoch, so to the hour and the UTC day),
 * which is when every item of the window is due together and leaves in one message.
 */
export function emailDueAt(now: number, digest: EmailDigest, windows: { hourlyMs: number; dailyMs: number }): number {
  if (digest === 'item') return now;
  const window = digest === 'hourly' ? windows.hourlyMs : windows.dailyMs;
  return Math.floor(now / window) * window + window;
}
