/**
 * The report of a simulation (CONTRACT.md, `krd simulate --json`), its plain-text summary, and
 * the check of a scenario's `*.expect.yaml` (keys: overall, tasks, not_pass, never_started).
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { InputError } from '../core/errors';
import { overallStatus } from '../core/overall';
import { FLOW_TASKS } from '../core/tasks';
import type { EventType, Overall } from '../driver/types';
import type { StateBox } from '../core/model';
import { fieldPath } from '../statebox/yaml';

export interface ReportTask {
  readonly status: string;
  readonly started_at: string | null;
  readonly completed_at: string | null;
}

export interface ReportRelease {
  readonly overall: Overall;
  readonly tasks: Record<string, ReportTask>;
}

export interface ReportEvent {
  readonly at: string;
  readonly run: number;
  readonly release: string;
  readonly type: EventType;
  readonly task?: string;
  readonly status?: string;
  readonly detail: string;
}

export interface Report {
  readonly scenario: string;
  readonly runs: number;
  readonly releases: Record<string, ReportRelease>;
  readonly triggers: Record<string, Record<string, number>>;
  readonly events: ReportEvent[];
}

/** A release's part of the report, from its final StateBox (undefined: the driver never created one). */
export function reportRelease(box: StateBox | undefined): ReportRelease {
  if (!box) return { overall: 'In Progress', tasks: {} };
  const tasks: Record<string, ReportTask> = {};
  for (const t of box.tasks) {
    tasks[t.name] = { status: t.status, started_at: t.started_at ?? null, completed_at: t.completed_at ?? null };
  }
  return { overall: overallStatus(box), tasks };
}

// ---------------------------------------------------------------------------------------------
// Plain text

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** The task table of one release: flow tasks in flow order, then any others the StateBox holds. */
export function taskTable(release: ReportRelease, triggers: Record<string, number> = {}): string[] {
  const names = [...FLOW_TASKS.filter((t) => t in release.tasks || (triggers[t] ?? 0) > 0), ...Object.keys(release.tasks).filter((t) => !(FLOW_TASKS as readonly string[]).includes(t))];
  const flowMissing = FLOW_TASKS.filter((t) => !names.includes(t));
  const rows = [
    ['task', 'status', 'started', 'completed', 'starts'],
    ...names.map((name) => {
      const t = release.tasks[name];
      return [name, t?.status ?? 'Not Started', short(t?.started_at), short(t?.completed_at), String(triggers[name] ?? 0)];
    }),
    ...flowMissing.map((name) => [name, 'Not Started', '-', '-', '0']),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => pad(cell, widths[i]!)).join('  ').trimEnd());
}

function short(ts: string | null | undefined): string {
  return ts ? ts.replace('T', ' ').replace(/:\d{2}Z$/, 'Z') : '-';
}

/** What `krd simulate` prints without --json. */
export function formatSummary(report: Report): string {
  const lines = [`Scenario ${report.scenario}: ${report.runs} run${report.runs === 1 ? '' : 's'}, ${report.events.length} events.`];
  for (const [name, release] of Object.entries(report.releases)) {
    const triggers = report.triggers[name] ?? {};
    const notifies = report.events.filter((e) => e.release === name && e.type === 'notify').length;
    const errors = report.events.filter((e) => e.release === name && e.type === 'error').length;
    lines.push('', `${name}: ${release.overall}  (${notifies} notification${notifies === 1 ? '' : 's'}, ${errors} error event${errors === 1 ? '' : 's'})`);
    lines.push(...taskTable(release, triggers).map((l) => `  ${l}`));
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Expectations

const byRelease = <T extends z.ZodType>(inner: T) => z.record(z.string(), inner).default({});
const expectSchema = z.strictObject({
  overall: byRelease(z.enum(['Green', 'Red', 'In Progress'])),
  tasks: byRelease(z.record(z.string(), z.enum(['Not Started', 'In Progress', 'Pass', 'Fail']))),
  not_pass: byRelease(z.array(z.string())),
  never_started: byRelease(z.array(z.string())),
  /** Each task's first start came after every task listed for it had completed. */
  starts_after: byRelease(z.record(z.string(), z.array(z.string()))),
  /** How many Slack messages of each kind (red, green, gate, task-fail, …) the release got. */
  notifications: byRelease(z.record(z.string(), z.number().int().nonnegative())),
});

export type Expectations = z.infer<typeof expectSchema>;

/** Parses an `*.expect.yaml`; errors name the file and the key. */
export function parseExpectations(text: string, source = 'expect file'): Expectations {
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (err) {
    throw new InputError(`${source}: not valid YAML: ${(err as Error).message.split('\n')[0]}.`);
  }
  const parsed = expectSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${source}: ${fieldPath(issue.path) || '(top level)'}: ${issue.message}.`);
  }
  return parsed.data;
}

/**
 * What differs between a report and the expectations, one sentence each (empty: all met).
 * `never_started`: the task has no start time, is not In Progress/Pass/Fail and was never triggered.
 */
export function checkExpectations(report: Report, expect: Expectations): string[] {
  const problems: string[] = [];
  const release = (name: string): ReportRelease | undefined => {
    const r = report.releases[name];
    if (!r) problems.push(`${name}: not in the report (releases: ${Object.keys(report.releases).join(', ') || 'none'})`);
    return r;
  };
  for (const [name, overall] of Object.entries(expect.overall)) {
    const r = release(name);
    if (r && r.overall !== overall) problems.push(`${name}: overall is ${r.overall}, expected ${overall}`);
  }
  for (const [name, tasks] of Object.entries(expect.tasks)) {
    const r = release(name);
    if (!r) continue;
    for (const [task, status] of Object.entries(tasks)) {
      const actual = r.tasks[task]?.status ?? 'Not Started';
      if (actual !== status) problems.push(`${name}: ${task} is ${actual}, expected ${status}`);
    }
  }
  for (const [name, tasks] of Object.entries(expect.not_pass)) {
    const r = release(name);
    if (!r) continue;
    for (const task of tasks) if (r.tasks[task]?.status === 'Pass') problems.push(`${name}: ${task} is Pass, expected anything but Pass`);
  }
  for (const [name, tasks] of Object.entries(expect.never_started)) {
    const r = release(name);
    if (!r) continue;
    for (const task of tasks) {
      const t = r.tasks[task];
      const starts = report.triggers[name]?.[task] ?? 0;
      if ((t && (t.status !== 'Not Started' || t.started_at)) || starts > 0) {
        problems.push(`${name}: ${task} started (status ${t?.status ?? 'Not Started'}, ${starts} start call${starts === 1 ? '' : 's'}), expected never started`);
      }
    }
  }
  for (const [name, order] of Object.entries(expect.starts_after)) {
    const r = release(name);
    if (!r) continue;
    for (const [task, before] of Object.entries(order)) {
      const first = firstStart(report, name, task);
      if (first === undefined) {
        problems.push(`${name}: ${task} never started, expected it to start after ${before.join(', ')}`);
        continue;
      }
      for (const earlier of before) {
        const done = r.tasks[earlier]?.completed_at;
        if (!done || Date.parse(done) > Date.parse(first)) {
          problems.push(`${name}: ${task} started at ${first}, before ${earlier} completed (${done ?? 'never'})`);
        }
      }
    }
  }
  for (const [name, kinds] of Object.entries(expect.notifications)) {
    if (!release(name)) continue;
    for (const [kind, count] of Object.entries(kinds)) {
      const sent = report.events.filter((e) => e.release === name && e.type === 'notify' && e.detail.startsWith(`${kind}:`)).length;
      if (sent !== count) problems.push(`${name}: ${sent} ${kind} notification(s), expected ${count}`);
    }
  }
  return problems;
}

/** When a task first started: its first trigger, or its first status event (gates start without one). */
function firstStart(report: Report, release: string, task: string): string | undefined {
  return report.events.find((e) => e.release === release && e.task === task && (e.type === 'trigger' || (e.type === 'status' && e.status !== 'Not Started')))?.at;
}
