import { DateTime, IANAZone } from 'luxon';
import { ExtractionError, ExtractionErrorCode } from './extraction.error.js';
import type { WallTime } from './wall-time.js';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

const formatOffset = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
};

export const assertTimezone = (timezone: string | undefined): void => {
  if (timezone !== undefined && !IANAZone.isValidZone(timezone)) {
    throw new ExtractionError(ExtractionErrorCode.BAD_TIMEZONE, `Not an IANA timezone: ${timezone}`);
  }
};

/**
 * ISO 8601 for a release date. A date without a time stays 'YYYY-MM-DD': a day has no offset, and
 * inventing midnight would claim a precision the page never gave. A time without a written offset is
 * page-local; with `timezone` it gets that zone's offset for that local time (DST included). A written
 * offset is kept, or with `timezone` the same instant is shown in that zone.
 */
export const formatPublishedAt = (wallTime: WallTime, timezone?: string): string => {
  const date = `${pad(wallTime.year, 4)}-${pad(wallTime.month)}-${pad(wallTime.day)}`;
  if (wallTime.hour === undefined) return date;
  const local = `${date}T${pad(wallTime.hour)}:${pad(wallTime.minute ?? 0)}:${pad(wallTime.second ?? 0)}`;
  const written = wallTime.offsetMinutes === undefined ? local : `${local}${formatOffset(wallTime.offsetMinutes)}`;
  if (!timezone) return written;
  const zoned =
    wallTime.offsetMinutes === undefined
      ? DateTime.fromISO(local, { zone: timezone })
      : DateTime.fromISO(written, { setZone: true }).setZone(timezone);
  return zoned.toISO({ suppressMilliseconds: true }) ?? written;
};
