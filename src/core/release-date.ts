const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a StateBox `release_date` in every form upstream writes it
 * (`2026-Jan-13`, `2026-MAY-14`, `2026-Feb-3`) plus ISO `2026-01-13`.
 * Returns midnight UTC of that day, or undefined when it is not a date.
 */
export function parseReleaseDate(text: string): Date | undefined {
  const m = /^(\d{4})-([A-Za-z]{3}|\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const monthText = m[2] as string;
  const month = /^\d+$/.test(monthText) ? Number(monthText) - 1 : MONTHS.indexOf(monthText.toLowerCase());
  const day = Number(m[3]);
  if (month < 0 || month > 11) return undefined;
  const date = new Date(Date.UTC(year, month, day));
  // Reject 2026-Feb-31 and similar rather than rolling over into March.
  if (date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined;
  return date;
}

/** Formats a date the way upstream writes new files: `2026-Jan-13`. */
export function formatReleaseDate(date: Date): string {
  const m = MONTHS[date.getUTCMonth()] as string;
  return `${date.getUTCFullYear()}-${m[0]!.toUpperCase()}${m.slice(1)}-${String(date.getUTCDate()).padStart(2, '0')}`;
}
