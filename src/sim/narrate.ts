/**
 * Tells a simulation run by run in plain words, for `krd demo` (`npm start`): what was
 * started, what waits on what, what passed. Runs where nothing happened are folded into one
 * line ("… 12 quiet runs (waiting on build promotion)").
 */
import type { ReportEvent } from './report';
import type { RunRecord } from './simulate';

const MAX_DETAIL = 160;

/** Long links read badly in a story: an MR becomes `MR !297`, other links their last two segments. */
export function shortenLinks(text: string): string {
  return text
    .replace(/https?:\/\/\S+?\/merge_requests\/(\d+)\/?(?=[\s),;]|$)/g, 'MR !$1')
    .replace(/https?:\/\/[^\s)]+/g, (url) => `…/${url.replace(/\/+$/, '').split('/').slice(-2).join('/')}`);
}

function clip(text: string, max = MAX_DETAIL): string {
  const one = shortenLinks(text).replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** `2025-11-01T06:00:00Z` → `Sat 2025-11-01 06:00 UTC`. */
export function humanTime(iso: string): string {
  const d = new Date(iso);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  return `${day} ${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** One plain sentence for an event, or undefined for bookkeeping people need not read. */
export function describeEvent(e: ReportEvent): string | undefined {
  switch (e.type) {
    case 'trigger':
      if (e.status === 'Pass' || e.status === 'Fail') return `▶ ran ${e.task ?? 'a task'}: ${e.status === 'Pass' ? '✔ passed' : '✘ FAILED'}`;
      return `▶ started ${e.task ?? 'a job'}${jobOf(e.detail)}`;
    case 'status': {
      const word = e.status === 'Pass' ? '✔ passed' : e.status === 'Fail' ? '✘ FAILED' : e.status === 'In Progress' ? '… is running' : `is now ${e.status}`;
      return `${e.task ?? 'task'} ${word}${e.detail && !e.detail.startsWith(`${e.task} `) ? ` (${clip(e.detail, 100)})` : ''}`;
    }
    case 'notify':
      // A passed task is already told by its status line; the sheet mirror is bookkeeping.
      if (e.detail.startsWith('sheets:') || e.detail.startsWith('task-pass:')) return undefined;
      return `✉ Slack: ${clip(e.detail)}`;
    case 'decision':
      return `• ${clip(e.detail)}`;
    case 'error':
      return `⚠ ${clip(e.detail)}`;
    case 'wait':
    case 'commit':
      return undefined;
  }
}

function jobOf(detail: string): string {
  const m = /\(job ([^)]+)\)/.exec(detail);
  return m ? ` (job ${clip(m[1]!, 80)})` : '';
}

/** Status events that only repeat what the trigger line of the same run already said. */
function withoutEchoes(events: readonly ReportEvent[]): ReportEvent[] {
  const triggered = new Set(events.filter((e) => e.type === 'trigger').map((e) => `${e.task}/${e.status}`));
  return events.filter((e) => !(e.type === 'status' && triggered.has(`${e.task}/${e.status}`)));
}

/** Waits of a release, in short words, for "waiting on …". */
function waitsOf(events: readonly ReportEvent[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of events) {
    if (e.type !== 'wait') continue;
    const list = out.get(e.release) ?? [];
    const text = clip(`${e.task ? `${e.task}: ` : ''}${e.detail}`, 140);
    if (!list.includes(text)) list.push(text);
    out.set(e.release, list);
  }
  return out;
}

/** A run where nothing but waiting happened. */
export function isQuiet(run: RunRecord): boolean {
  return !run.crashed && run.events.every((e) => e.type === 'wait' || e.type === 'commit' || (e.type === 'notify' && e.detail.startsWith('sheets:')));
}

/** Short reason for a stretch of quiet runs: what each release waited on in the last one. */
function quietReason(run: RunRecord | undefined): string {
  if (!run) return 'nothing to do';
  const parts: string[] = [];
  const byRelease = waitsOf(run.events);
  for (const [release, waits] of byRelease) {
    // "image-consistency-check, stage-testing: build not promoted yet" → "build not promoted yet"
    const first = waits[0]!.replace(/^[a-z-]+(?:, [a-z-]+)*: /, '');
    parts.push(`${byRelease.size > 1 ? `${release} ` : ''}waiting on ${clip(first, 90)}`);
  }
  return parts.length ? parts.join('; ') : 'nothing to do';
}

/**
 * Collects runs and writes the story as it goes: `write` gets whole lines. Quiet stretches are
 * written when the next eventful run (or the end) comes.
 */
export class Narrator {
  private quiet: RunRecord[] = [];
  private lastWaits = new Map<string, string>();

  constructor(private readonly write: (line: string) => void) {}

  add(run: RunRecord): void {
    if (isQuiet(run)) {
      this.quiet.push(run);
      return;
    }
    this.flushQuiet();
    this.write(`Run ${run.run} · ${humanTime(run.at)}`);
    const releases = [...new Set(run.events.map((e) => e.release).filter((r) => r !== ''))];
    for (const release of releases) {
      const mine = withoutEchoes(run.events.filter((e) => e.release === release));
      const lines = mine.flatMap((e) => describeEvent(e) ?? []);
      const waits = waitsOf(mine).get(release) ?? [];
      const waitText = waits.join('; ');
      const showWaits = waits.length > 0 && this.lastWaits.get(release) !== waitText;
      if (waits.length > 0) this.lastWaits.set(release, waitText);
      if (lines.length === 0 && !showWaits) continue;
      this.write(`  ${release}:`);
      for (const line of lines) this.write(`    ${line}`);
      if (showWaits) for (const w of waits.slice(0, 4)) this.write(`    ⏳ waits: ${w}`);
    }
    if (run.crashed) this.write(`  💥 ${run.crashed}`);
  }

  /** Writes what is left (a trailing quiet stretch). */
  end(): void {
    this.flushQuiet();
  }

  private flushQuiet(): void {
    const n = this.quiet.length;
    if (n === 0) return;
    const last = this.quiet[n - 1];
    this.write(`  … ${n} quiet run${n === 1 ? '' : 's'} (${quietReason(last)})`);
    this.quiet = [];
  }
}
