/**
 * The run's log, one collapsible group per release (core.startGroup): what this step polled,
 * started, decided and wrote, what it told people and what the release waits on; a dry run says
 * what it would have done. Read from the run's events (RunResult.events) after driveOnce, plus
 * the polls the executor answered (a poll that finds a job still running is no event of the
 * engine's: the executor is watched for them here).
 */
import * as core from '@actions/core';
import type { FlowTask } from '../core/tasks';
import type { ExecContext, ExecOutcome, Executor } from '../ports/executor';
import type { RunEvent, RunResult } from '../ports/run';
import { logLine } from './log';

/** One poll of a job and what the executor answered. */
export interface PollRecord {
  readonly release: string;
  readonly task: string;
  readonly status: ExecOutcome['status'];
  /** The job polled (its URL when known, else its id). */
  readonly job?: string;
}

/** The executor, with every answered poll recorded in `polls`. */
export function watchPolls(executor: Executor, polls: PollRecord[]): Executor {
  return {
    start: (task, ctx) => executor.start(task, ctx),
    poll: async (task: FlowTask, ctx: ExecContext) => {
      const out = await executor.poll(task, ctx);
      const recorded = ctx.statebox.tasks.find((t) => t.name === task)?.job;
      const job = out.jobUrl ?? recorded?.url ?? out.jobId ?? ctx.jobId ?? recorded?.id;
      polls.push({ release: ctx.release, task, status: out.status, ...(job ? { job } : {}) });
      return out;
    },
    ...(executor.findJob ? { findJob: (task: FlowTask, ctx: ExecContext) => executor.findJob!(task, ctx) } : {}),
    ...(executor.preflight ? { preflight: () => executor.preflight!() } : {}),
  };
}

/** Labels in the order they are told within a release's group. */
const ORDER = ['Polled', 'Started', 'Ran', 'Decided', 'Would', 'Waits on', 'Told', 'Wrote', 'Error', 'Note'] as const;
type Label = (typeof ORDER)[number];

function arrow(status: string | undefined): string {
  return status ? ` → ${status}` : '';
}

/** An event as a labelled line. */
function lineOf(e: RunEvent): [Label, string] {
  switch (e.type) {
    case 'trigger': {
      const ran = /^ran /.test(e.detail);
      return [ran ? 'Ran' : 'Started', `${e.detail.replace(/^(started|ran) /, '')}${arrow(e.status)}`];
    }
    case 'status': {
      // The why, unless it only repeats the change (`create-test-report Pass`).
      const why = e.detail === `${e.task} ${e.status}` ? '' : ` (${e.detail})`;
      return ['Decided', `${e.task ?? 'the release'}${arrow(e.status)}${why}`];
    }
    case 'decision': {
      const would = /^dry run: would (.*)$/s.exec(e.detail);
      if (would) return ['Would', would[1] as string];
      return ['Decided', e.detail];
    }
    case 'wait':
      return ['Waits on', e.task && !e.detail.startsWith(e.task) ? `${e.task}: ${e.detail}` : e.detail];
    case 'notify':
      return ['Told', e.detail];
    case 'commit':
      return ['Wrote', e.detail.replace(/^wrote /, '')];
    case 'error':
      return ['Error', e.detail];
  }
}

/** The lines of one release's group, in ORDER, each said once. */
export function releaseLines(release: string, result: RunResult, polls: readonly PollRecord[]): string[] {
  const lines: [Label, string][] = [
    ...polls.filter((p) => p.release === release).map((p): [Label, string] => ['Polled', `${p.task}${p.job ? ` (job ${p.job})` : ''}: ${p.status}`]),
    ...result.events.filter((e) => e.release === release).map(lineOf),
    ...(result.releases.find((r) => r.release === release)?.notes ?? []).map((n): [Label, string] => ['Note', n]),
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const label of ORDER) {
    for (const [l, text] of lines) {
      const line = `${l}: ${text}`;
      if (l !== label || seen.has(line)) continue;
      seen.add(line);
      out.push(line);
    }
  }
  return out.length > 0 ? out : ['Nothing to do in this step.'];
}

/** The title of a release's group. */
export function releaseTitle(release: string, result: RunResult, dryRun: boolean): string {
  const r = result.releases.find((x) => x.release === release);
  const state = r?.error ? 'not driven (error)' : (r?.overall ?? 'In Progress');
  const wrote = dryRun ? ' (dry run: nothing written)' : r?.wrote ? '' : ', StateBox unchanged';
  return `${release}: ${state}${wrote}`;
}

export interface RunLogOutput {
  startGroup(name: string): void;
  endGroup(): void;
  info(message: string): void;
}

/** Writes one group per release driven (or tried) in this run. */
export function writeRunLog(result: RunResult, opts: { dryRun: boolean; polls?: readonly PollRecord[] }, out: RunLogOutput = core): void {
  const releases = [...new Set([...result.releases.map((r) => r.release), ...result.events.map((e) => e.release)])];
  for (const release of releases) {
    out.startGroup(logLine(releaseTitle(release, result, opts.dryRun)));
    try {
      for (const line of releaseLines(release, result, opts.polls ?? [])) out.info(logLine(line));
    } finally {
      out.endGroup();
    }
  }
}
