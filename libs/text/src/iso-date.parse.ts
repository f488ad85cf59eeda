import type { WallTime } from './wall-time.js';

// Machine dates in HTML metadata (<time datetime>, article:published_time, JSON-LD) are ISO 8601;
// reading them by pattern keeps whether an offset was written, which Date would lose.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/iu;

const offsetMinutesOf = (offset: string): number => {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
};

export const parseIsoDate = (text: string): WallTime | undefined => {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, offset] = match;
  const wallTime: WallTime = { year: Number(year), month: Number(month), day: Number(day) };
  if (wallTime.month < 1 || wallTime.month > 12 || wallTime.day < 1 || wallTime.day > 31) return undefined;
  if (hour !== undefined) {
    wallTime.hour = Number(hour);
    wallTime.minute = Number(minute);
    wallTime.second = Number(second ?? '0');
    if (offset !== undefined) wallTime.offsetMinutes = offsetMinutesOf(offset);
  }
  return wallTime;
};
