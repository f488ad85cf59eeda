/** A calendar date, and the clock time and UTC offset only when the source states them. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC, only when the source wrote an offset or zone abbreviation. */
  offsetMinutes?: number;
}
