import { InputError } from './errors';

/** A UTC timestamp as StateBox files hold it: `2026-06-25T08:30:43Z` (seconds, no millis). */
export function isoSeconds(date: Date): string {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new InputError(`Cannot write ${String(date)} as a timestamp: it is not a valid date.`);
  }
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Milliseconds since the epoch of a StateBox timestamp, or undefined when it is not one. */
export function parseTimestamp(text: string | null | undefined): number | undefined {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
