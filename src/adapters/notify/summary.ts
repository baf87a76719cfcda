/**
 * The Markdown people read after a run: per release its overall status, what it waits on,
 * open blocker issues, a task table with times and job links, the notes, a Mermaid graph of
 * the flow and the task results. One renderer serves the job summary and the PR comment; a
 * short version stands in when the full one is too big (summary 1 MiB, comment 65,536).
 */
import * as core from '@actions/core';
import { errorMessage } from '../../core/errors';
import { minuteTime } from '../../core/waits';
import { parseTimestamp } from '../../core/time';
import type { Overall } from '../../core/config';
import type { Logger } from '../../ports/logger';
import type { ReleaseRunResult } from '../../ports/run';
import { htmlText, mdCell, mdCode, mdLink, mdText, mdUrl } from './markup';
import { maskText } from '../../core/mask';
import { mermaidGraph } from './mermaid';
import { shortTime, viewOfResult, type ReleaseView, type RowTone, type TaskRow } from './release-view';

/** GitHub's limit for the job summary of one step. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** A task result longer than this shows only its last part (the end says how it went). */
export const RESULT_TAIL_CHARS = 3000;
export const SUMMARY_TITLE = 'Konflux release driver';

export const OVERALL_ICON: Readonly<Record<Overall, string>> = { Green: '🟢', Red: '🔴', 'In Progress': '🟡' };
export const TONE_ICON: Readonly<Record<RowTone, string>> = {
  pass: '✅',
  fail: '❌',
  running: '🔄',
  waiting: '⏸️',
  notstarted: '⚪',
  assumed: '☑️',
  skipped: '➖',
};

export interface RenderOptions {
  readonly now: Date;
  /** The workflow run, linked at the end. */
  readonly runUrl?: string;
  /** Longest text allowed (characters); older details go first, the status line never. */
  readonly limit?: number;
  /** End with the "krd at …" line (default true; a run summary has one for all releases). */
  readonly footer?: boolean;
}

/** A table cell: one line, pipes escaped, nothing from outside rendered as markup (markup.ts). */
function cell(text: string): string {
  return mdCell(text);
}

/** A fence longer than any run of backticks in the text, so results never break out of it. */
function fenced(text: string, lang = 'text'): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

function jobCell(row: TaskRow): string {
  if (!row.job) return '';
  return mdLink(cell(row.job.id), row.job.url);
}

function statusCell(row: TaskRow): string {
  return `${TONE_ICON[row.tone]} ${row.status}`;
}

export function taskTable(view: ReleaseView): string {
  const lines = ['| Task | Status | Started | Ended | Duration | Job |', '| --- | --- | --- | --- | --- | --- |'];
  for (const row of view.rows) {
    const name = row.inFlow ? `${row.display}` : `${row.display} (not run by this flow)`;
    lines.push(`| ${cell(name)} | ${statusCell(row)} | ${shortTime(row.startedAt)} | ${shortTime(row.completedAt)} | ${row.duration ?? ''} | ${jobCell(row)} |`);
  }
  return lines.join('\n');
}

function heading(view: ReleaseView): string {
  return `## ${OVERALL_ICON[view.overall]} ${view.release}: ${view.overall}`;
}

function facts(view: ReleaseView): string {
  const parts: string[] = [];
  if (view.jira) parts.push(`Jira ${mdLink(mdText(view.jira), `https://issues.redhat.com/browse/${encodeURIComponent(view.jira)}`)}`);
  if (view.shipmentMr) parts.push(mdUrl(view.shipmentMr) ? mdLink('shipment MR', view.shipmentMr) : `shipment MR ${mdCode(view.shipmentMr)}`);
  if (view.releaseDate) parts.push(`release date ${mdText(view.releaseDate)}`);
  parts.push(`StateBox updated ${shortTime(view.updatedAt) || mdText(view.updatedAt)}`);
  return parts.join(' · ');
}

function waitsSection(view: ReleaseView): string {
  if (view.waits.length === 0) return '**Waits on:** nothing; the next run takes the next step.';
  return ['**Waits on:**', ...view.waits.map((w) => `- ${mdText(w)}`)].join('\n');
}

function issueLine(view: ReleaseView, i: ReleaseView['issues'][number]): string {
  const tasks = i.tasks.length ? `; tasks: ${mdText(i.tasks.join(', '))}` : '';
  return `- #${i.index} ${mdCode(i.text)} (reported ${shortTime(i.reportedAt)}${tasks}): \`/release:resolve ${view.release} ${i.index} <text>\``;
}

function issuesSection(view: ReleaseView): string {
  const parts: string[] = [];
  if (view.blockers.length) parts.push(['**Open blocker issues:**', ...view.blockers.map((i) => issueLine(view, i))].join('\n'));
  const others = view.issues.filter((i) => !i.blocker && !i.resolved);
  if (others.length) parts.push(['**Other open issues:**', ...others.map((i) => issueLine(view, i))].join('\n'));
  return parts.join('\n\n');
}

function notesSection(view: ReleaseView): string {
  return view.notes.length ? ['**Notes:**', ...view.notes.map((n) => `- ${mdText(n)}`)].join('\n') : '';
}

interface Detail {
  /** When it happened: older details are trimmed first. */
  readonly at: number;
  readonly text: string;
}

function tail(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max)}`;
}

function details(view: ReleaseView): Detail[] {
  const out: Detail[] = [];
  for (const row of view.rows) {
    if (!row.result) continue;
    const when = row.completedAt ?? row.startedAt;
    const title = `${row.display}: ${row.status}${when ? `, ${shortTime(when)}` : ''}`;
    out.push({ at: parseTimestamp(when) ?? 0, text: `<details><summary>${htmlText(title)}</summary>\n\n${fenced(tail(maskText(row.result), RESULT_TAIL_CHARS))}\n\n</details>` });
  }
  for (const issue of view.issues) {
    if (!issue.resolved) continue;
    const text = `- #${issue.index} ${issue.blocker ? '(blocker) ' : ''}${mdCode(issue.text)}: resolved ${shortTime(issue.resolvedAt)}${issue.resolution ? `: ${mdCode(issue.resolution)}` : ''}`;
    out.push({ at: parseTimestamp(issue.resolvedAt ?? issue.reportedAt) ?? 0, text });
  }
  return out.sort((a, b) => a.at - b.at);
}

function footer(options: RenderOptions): string {
  return `<sub>krd at ${minuteTime(options.now)}${options.runUrl ? ` · [workflow run](${options.runUrl})` : ''}</sub>`;
}

/** The head of a release's text: heading, status line, facts. Never trimmed. */
function head(view: ReleaseView): string {
  const lines = [heading(view), '', `**${mdText(view.statusLine)}**`, '', facts(view)];
  if (view.error) lines.push('', `> ⚠️ ${mdText(view.error)}`);
  return lines.join('\n');
}

const TRIMMED = '\n\n_…trimmed to fit; `krd status` shows everything._';

/**
 * One release in Markdown. Within `limit` characters the oldest details (task results,
 * resolved issues) go first, then the graph, then the table; the status line always stays.
 */
export function renderReleaseMarkdown(view: ReleaseView, options: RenderOptions): string {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const top = [head(view), waitsSection(view), issuesSection(view)].filter(Boolean).join('\n\n');
  const table = taskTable(view);
  const notes = notesSection(view);
  const graph = fenced(mermaidGraph(view), 'mermaid');
  const items = details(view);
  const end = options.footer === false ? '' : `\n\n${footer(options)}`;
  const assemble = (withTable: boolean, withGraph: boolean, kept: readonly Detail[], trimmed: boolean): string => {
    const blocks = [top, withTable ? table : '', notes, withGraph ? graph : ''];
    if (kept.length) blocks.push(['**Results and resolved issues** (oldest first):', ...kept.map((d) => d.text)].join('\n\n'));
    return `${blocks.filter(Boolean).join('\n\n')}${trimmed ? TRIMMED : ''}${end}\n`;
  };
  let kept = items;
  let text = assemble(true, true, kept, false);
  while (text.length > limit && kept.length > 0) {
    // Drop the oldest details until their length covers the excess, then check again.
    let excess = text.length - limit + TRIMMED.length;
    let drop = 0;
    while (drop < kept.length && excess > 0) excess -= (kept[drop++] as Detail).text.length + 2;
    kept = kept.slice(drop);
    text = assemble(true, true, kept, true);
  }
  if (text.length > limit) text = assemble(true, false, [], true);
  if (text.length > limit) text = assemble(false, false, [], true);
  if (text.length > limit) text = `${text.slice(0, Math.max(0, limit - TRIMMED.length - 1))}${TRIMMED}\n`;
  return text;
}

/** The short version of one release: heading, status line, waits and blockers. */
export function renderReleaseShort(view: ReleaseView): string {
  return [head(view), waitsSection(view), issuesSection(view)].filter(Boolean).join('\n\n');
}

export interface SummaryInput extends RenderOptions {
  /** Releases left for the next run (operations budget spent). */
  readonly skipped?: readonly string[];
}

function closing(input: SummaryInput): string {
  const lines: string[] = [];
  if (input.skipped?.length) lines.push(`Left for the next run (operations budget spent): ${input.skipped.join(', ')}.`);
  lines.push(footer(input));
  return lines.join('\n\n');
}

function viewsOf(results: readonly ReleaseRunResult[], now: Date): ReleaseView[] {
  return results.map((r) => viewOfResult(r, now));
}

/** The full summary of a run in Markdown (what the job summary shows). */
export function renderSummary(results: readonly ReleaseRunResult[], input: SummaryInput): string {
  const views = viewsOf(results, input.now);
  if (views.length === 0) return `No active release this run.\n\n${closing(input)}\n`;
  return `${views.map((v) => renderReleaseMarkdown(v, { now: input.now, footer: false }).trimEnd()).join('\n\n---\n\n')}\n\n${closing(input)}\n`;
}

/** The short summary: for when the full one is over the limit. */
export function renderShortSummary(results: readonly ReleaseRunResult[], input: SummaryInput): string {
  const views = viewsOf(results, input.now);
  if (views.length === 0) return `No active release this run.\n\n${closing(input)}\n`;
  return `${views.map(renderReleaseShort).join('\n\n---\n\n')}\n\n${closing(input)}\n`;
}

export interface JobSummaryResult {
  /** Which version went to the job summary; none outside GitHub Actions or after a failure. */
  readonly written: 'full' | 'short' | 'none';
  readonly bytes: number;
  readonly warning?: string;
}

/**
 * Writes the run's summary with core.summary (appended to $GITHUB_STEP_SUMMARY), the short
 * version when the full one passes 1 MiB. A summary that cannot be written is a warning:
 * the run's outcome never depends on it.
 */
export async function writeJobSummary(
  results: readonly ReleaseRunResult[],
  input: SummaryInput & { readonly log?: Logger; readonly limitBytes?: number },
): Promise<JobSummaryResult> {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) {
    input.log?.debug('No job summary: GITHUB_STEP_SUMMARY is not set (not running in GitHub Actions).');
    return { written: 'none', bytes: 0 };
  }
  const limit = input.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const summary = core.summary;
  const earlier = summary.stringify();
  // Built in the same pass: the full text and the short one that replaces it when too big.
  const full = renderSummary(results, input);
  const short = renderShortSummary(results, input);
  summary.addHeading(SUMMARY_TITLE, 2).addEOL().addRaw(full);
  let written: JobSummaryResult['written'] = 'full';
  if (Buffer.byteLength(summary.stringify(), 'utf8') > limit) {
    const fullBytes = Buffer.byteLength(full, 'utf8');
    summary.emptyBuffer().addRaw(earlier).addHeading(SUMMARY_TITLE, 2).addEOL();
    summary.addRaw(`_The full summary (${Math.ceil(fullBytes / 1024)} KiB) is over GitHub's ${Math.floor(limit / 1024)} KiB limit: short version below._\n\n`);
    let text = short;
    const room = limit - Buffer.byteLength(summary.stringify(), 'utf8') - 64;
    if (Buffer.byteLength(text, 'utf8') > room) text = `${Buffer.from(text, 'utf8').subarray(0, Math.max(0, room)).toString('utf8').replace(/\uFFFD$/, '')}\n\n_…trimmed._\n`;
    summary.addRaw(text);
    written = 'short';
  }
  const bytes = Buffer.byteLength(summary.stringify(), 'utf8');
  try {
    await summary.write();
    return { written, bytes };
  } catch (err) {
    summary.emptyBuffer();
    const warning = `Could not write the job summary to GITHUB_STEP_SUMMARY (${file}): ${errorMessage(err)}`;
    input.log?.warning(warning);
    return { written: 'none', bytes: 0, warning };
  }
}
