/**
 * The StateBox's `driver` section: the driver's own bookkeeping kept in the file so every run
 * sees it (claims, the notification outbox, sent keys, tasks held for a person). Reading and
 * setting one entry of it, and dropping the section when its last entry goes.
 */
import type { StateBox } from './model';

export type PlainObject = Record<string, unknown>;

/** A mapping (not null, not an array): what YAML gives for a map. */
export function isPlainObject(v: unknown): v is PlainObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `driver[key]` as the file holds it (unchecked). */
export function driverEntry(box: StateBox | undefined, key: string): unknown {
  return (box?.driver as PlainObject | undefined)?.[key];
}

/**
 * The box with `driver[key]` set to `value` (in its place, so an unchanged entry serializes the
 * same), or removed when `value` is undefined; a `driver` section left empty goes too. The box
 * itself when there is nothing to remove.
 */
export function withDriverEntry(box: StateBox, key: string, value: unknown): StateBox {
  if (value !== undefined) return { ...box, driver: { ...box.driver, [key]: value } };
  const driver = box.driver as PlainObject | undefined;
  if (!driver || !(key in driver)) return box;
  const { [key]: _gone, ...rest } = driver;
  if (Object.keys(rest).length) return { ...box, driver: rest };
  const { driver: _empty, ...noDriver } = box;
  return noDriver as StateBox;
}
