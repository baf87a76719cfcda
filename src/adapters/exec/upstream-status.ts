/**
 * Finding a job upstream already started, from the release status release-tests' MCP server
 * reports (`oar_get_release_status`: oar's own StateBox as JSON, or a status-only fallback read
 * from the Google Sheet). oar records each command's output as the task's `result`, so a job it
 * triggered is named there (`triggered stage pipeline job: <…/Stage-Pipeline/1674/>`) even when
 * the run that asked for it died before recording it.
 */
import { z } from 'zod';
import { TransientError } from '../../core/errors';
import type { FlowTask } from '../../core/tasks';
import type { ExecContext } from '../../ports/executor';
import { extractJob, lastStatus, tail } from './status-line';

export interface FoundJob {
  readonly jobId: string;
  readonly jobUrl?: string;
}

const upstreamTask = z.looseObject({
  name: z.string(),
  status: z.string().nullable().optional(),
  started_at: z.string().nullable().optional(),
  result: z.string().nullable().optional(),
});

const releaseStatus = z.looseObject({
  source: z.string().optional(),
  error: z.string().optional(),
  // A StateBox holds a list of tasks; the Sheet fallback a map of names to statuses (no jobs).
  tasks: z.union([z.array(upstreamTask), z.record(z.string(), z.unknown())]).optional(),
});

// A job that is running or passed counts; after a Fail oar itself would trigger a new one.
const ADOPTABLE = new Set(['in progress', 'pass']);

/**
 * The job of `task` that upstream's status names and this StateBox has not recorded, or
 * undefined. Throws TransientError when the status cannot be read: never guess, so the caller
 * starts nothing this run.
 */
export function jobFromReleaseStatus(text: string, task: FlowTask, ctx: ExecContext, system: string): FoundJob | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new TransientError(`${system} answered the release status of ${ctx.release} with something that is not JSON: ${tail(text)}.`);
  }
  const parsed = releaseStatus.safeParse(json);
  if (!parsed.success) throw new TransientError(`${system} answered the release status of ${ctx.release} in an unexpected shape.`);
  const status = parsed.data;
  if (status.source === 'error' || status.error !== undefined) {
    throw new TransientError(`${system} could not read the release status of ${ctx.release}: ${status.error ?? 'no reason given'}.`);
  }
  if (!Array.isArray(status.tasks)) return undefined; // the Sheet fallback names no jobs
  const entry = status.tasks.find((t) => t.name === task);
  if (!entry?.result || !ADOPTABLE.has((entry.status ?? '').trim().toLowerCase())) return undefined;
  // After a retry, only a job started since then belongs to this attempt.
  if (ctx.notBefore) {
    const started = Date.parse(entry.started_at ?? '');
    if (Number.isNaN(started) || started < Date.parse(ctx.notBefore)) return undefined;
  }
  // oar stores In Progress after a poll that reset the task (its callback knows no [Not Started]):
  // the job it names ended (aborted, error), and a re-trigger must not adopt it.
  if (lastStatus(entry.result, task) === 'Not Started') return undefined;
  const job = extractJob(entry.result, task);
  if (!job) return undefined;
  const recorded = ctx.jobId ?? ctx.statebox.tasks.find((t) => t.name === task)?.job?.id;
  if (job.id === recorded) return undefined;
  return { jobId: job.id, ...(job.url ? { jobUrl: job.url } : {}) };
}
