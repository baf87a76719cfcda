/** Scenario durations: `30s`, `15m`, `6h`, `2d` and combinations such as `3d2h` or `1h30m`. */

const UNIT_MS = { d: 86_400_000, h: 3_600_000, m: 60_000, s: 1_000 } as const;
type Unit = keyof typeof UNIT_MS;
const UNITS: readonly Unit[] = ['d', 'h', 'm', 's'];

// Units in falling order, each at most once: `3d2h` yes, `2h3d` and `1h1h` no.
const DURATION_RE = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** Milliseconds of a duration, or undefined when the text is not one. */
export function parseDuration(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = DURATION_RE.exec(text.trim());
  if (!m || text.trim() === '') return undefined;
  let ms = 0;
  UNITS.forEach((unit, i) => {
    const n = m[i + 1];
    if (n !== undefined) ms += Number(n) * UNIT_MS[unit];
  });
  return Number.isSafeInteger(ms) ? ms : undefined;
}

/** The shortest duration text for `ms` (whole seconds): 90_000 → `1m30s`, 0 → `0s`. */
export function formatDuration(ms: number): string {
  let rest = Math.max(0, Math.round(ms / 1000)) * 1000;
  if (rest === 0) return '0s';
  let out = '';
  for (const unit of UNITS) {
    const n = Math.floor(rest / UNIT_MS[unit]);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * UNIT_MS[unit];
  }
  return out;
}
