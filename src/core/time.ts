import { InputError } from './errors';

/**
 * A UTC timestamp as we write it into StateBox files: `2026-06-25T08:30:43Z` (seconds, no
 * millis), the form upstream's `get_current_timestamp()` writes (oar/core/util.py).
 */
export function isoSeconds(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new InputError(`Cannot write ${String(date)} as a timestamp: it is not a valid date.`);
  }
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

// RFC 3339 date-time (section 5.6; its letters are case-insensitive). Real StateBoxes hold
// both `2025-11-28T06:19:44Z` and Python's isoformat() `2025-11-27T17:00:56.350495+00:00`.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (year: number, month: number): number => (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!);

/**
 * Milliseconds since the epoch of an RFC 3339 timestamp (any offset, any fraction; digits past
 * the millisecond are dropped), or undefined when it is not one. Checks every field's range,
 * where Date.parse would take 2025-02-30 or 24:00 (seconds 60 is refused: no file holds one).
 */
export function parseTimestamp(text: string | null | undefined): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  const offsetHours = m[10] === undefined ? 0 : Number(m[10]);
  const offsetMinutes = m[11] === undefined ? 0 : Number(m[11]);
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, Number((m[7] ?? '').padEnd(3, '0').slice(0, 3))));
  date.setUTCFullYear(year); // Date.UTC would read years 0–99 as 1900–1999
  const sign = m[9] === '-' ? -1 : 1;
  return date.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
}

/** True for a timestamp a StateBox may hold (RFC 3339); see parseTimestamp. */
export function isTimestamp(text: unknown): text is string {
  return typeof text === 'string' && parseTimestamp(text) !== undefined;
}
