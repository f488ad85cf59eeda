import type { ValueTransformer } from 'typeorm';

/** JSON in a text column: portable across SQLite and PostgreSQL. */
export const jsonText: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (value: string | null) => (value == null ? value : JSON.parse(value)),
};

/** PostgreSQL returns bigint as a string. */
export const bigintNumber: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | number | null) => (value == null ? value : Number(value)),
};
