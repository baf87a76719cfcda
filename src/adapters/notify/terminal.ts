/**
 * The release summary for a terminal (`krd status`): overall status, the status line, what
 * it waits on, open blockers, a task table and the notes. Coloured only when stdout is a
 * terminal and NO_COLOR is unset (https://no-color.org); plain text when piped. Text from
 * outside is one line without control characters (no escape sequence reaches the terminal).
 */
import type { Overall } from '../../core/config';
import { oneLine } from './markup';
import { shortTime, type ReleaseView, type RowTone } from './release-view';

export interface ColorContext {
  readonly isTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
}

/** Colour when writing to a terminal, unless NO_COLOR is set (to anything but empty) or TERM is dumb. */
export function useColor(io: ColorContext): boolean {
  const noColor = io.env['NO_COLOR'];
  return io.isTTY && (noColor === undefined || noColor === '') && io.env['TERM'] !== 'dumb';
}

const RESET = '\u001b[0m';
const TONE_SGR: Readonly<Record<RowTone, string>> = {
  pass: '32',
  fail: '31',
  running: '36',
  waiting: '33',
  notstarted: '2',
  assumed: '32;2',
  skipped: '2',
};
const OVERALL_SGR: Readonly<Record<Overall, string>> = { Green: '1;32', Red: '1;31', 'In Progress': '1;33' };

type Paint = (sgr: string, text: string) => string;

function painter(color: boolean): Paint {
  return color ? (sgr, text) => `\u001b[${sgr}m${text}${RESET}` : (_sgr, text) => text;
}

function table(view: ReleaseView, paint: Paint): string[] {
  const header = ['Task', 'Status', 'Started', 'Ended', 'Duration', 'Job'];
  const rows = view.rows.map((r) => ({
    tone: r.tone,
    cells: [
      r.inFlow ? r.task : `${oneLine(r.task)} (not run by this flow)`,
      r.status,
      shortTime(r.startedAt),
      shortTime(r.completedAt),
      r.duration ?? '',
      r.job ? oneLine(r.job.url ?? r.job.id) : '',
    ],
  }));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.cells[i] as string).length)));
  // Pad first, colour after: escape codes must not count towards the column width.
  const line = (cells: string[], tone?: RowTone): string =>
    `  ${cells
      .map((c, i) => {
        const padded = i === cells.length - 1 ? c : c.padEnd(widths[i] as number);
        return i === 1 && tone ? paint(TONE_SGR[tone], padded) : padded;
      })
      .join('  ')}`.trimEnd();
  return [paint('1', line(header)), ...rows.map((r) => line(r.cells, r.tone))];
}

/** One release, as lines of text. */
export function renderReleaseTerminal(view: ReleaseView, color: boolean): string {
  const paint = painter(color);
  const lines: string[] = [`${paint('1', view.release)}  ${paint(OVERALL_SGR[view.overall], view.overall)}`, `  ${oneLine(view.statusLine)}`];
  const facts = [
    view.jira ? `Jira ${oneLine(view.jira)}` : '',
    view.shipmentMr ? `shipment MR ${oneLine(view.shipmentMr)}` : '',
    view.releaseDate ? `release date ${oneLine(view.releaseDate)}` : '',
  ].filter(Boolean);
  if (facts.length) lines.push(`  ${facts.join(' · ')}`);
  if (view.error) lines.push(`  ${paint('31', `problem: ${oneLine(view.error)}`)}`);
  lines.push('', '  Waits on:');
  lines.push(...(view.waits.length ? view.waits.map((w) => `    - ${oneLine(w)}`) : ['    - nothing; the next run takes the next step']));
  if (view.blockers.length) {
    lines.push('', `  ${paint('31', 'Open blocker issues:')}`);
    for (const b of view.blockers) {
      lines.push(`    #${b.index} ${oneLine(b.text)} (reported ${shortTime(b.reportedAt)}${b.tasks.length ? `; tasks: ${oneLine(b.tasks.join(', '))}` : ''})`);
      lines.push(`       resolve with: /release:resolve ${view.release} ${b.index} <text>`);
    }
  }
  const others = view.issues.filter((i) => !i.blocker && !i.resolved);
  if (others.length) {
    lines.push('', '  Other open issues:');
    for (const i of others) lines.push(`    #${i.index} ${oneLine(i.text)} (reported ${shortTime(i.reportedAt)})`);
  }
  lines.push('', ...table(view, paint));
  if (view.notes.length) lines.push('', '  Notes:', ...view.notes.map((n) => `    - ${oneLine(n)}`));
  return `${lines.join('\n')}\n`;
}

/** Every release, separated by a blank line. */
export function renderTerminal(views: readonly ReleaseView[], color: boolean): string {
  return views.map((v) => renderReleaseTerminal(v, color)).join('\n');
}
