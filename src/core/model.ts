/**
 * The StateBox model: its types and the zod schema that checks a file's data. The rules in
 * src/core read it; src/statebox reads and writes the file (YAML, merge, edits) into it.
 */
import { z } from 'zod';
import { isRelease } from './version';
import { FLOW_TASKS, TASK_STATUSES } from './tasks';
import { isTimestamp } from './time';
import { parseReleaseDate } from './release-date';

// Unknown keys are kept everywhere (z.looseObject): upstream adds fields we do not know.

// Any RFC 3339 timestamp validates and is kept as written (real files hold Python's
// isoformat() `2025-11-27T17:00:56.350495+00:00` beside `2025-11-28T06:19:44Z`). The message
// names the form we write.
const timestamp = z.string().refine(isTimestamp, 'expected a UTC timestamp such as 2026-01-13T08:30:00Z');

export const releaseDateSchema = z
  .string()
  .refine((s) => parseReleaseDate(s) !== undefined, 'expected a date such as 2026-Jan-13');

/** Our structured job record: ids never live only in log text. */
export const jobSchema = z.looseObject({
  id: z.string().min(1),
  url: z.string().optional(),
  triggered_at: timestamp.optional(),
});

export const taskSchema = z.looseObject({
  name: z.string().min(1),
  status: z.enum(TASK_STATUSES),
  started_at: timestamp.nullable().optional(),
  completed_at: timestamp.nullable().optional(),
  result: z.string().nullable().optional(),
  // Fields the driver adds (upstream ignores them):
  job: jobSchema.optional(),
  deadline: timestamp.optional(),
  decided_by: z.string().optional(),
  /** A gate that waits for a person's accept or reject (advisory mode, no analyzer). */
  awaits_decision: z.boolean().optional(),
  /** The analyzer's recommendation, recorded once in advisory mode. */
  analyzer_advice: z.enum(['ACCEPT', 'REJECT']).optional(),
  /** The job upstream asked to re-trigger (an aborted Prow job): re-triggered once, never again. */
  retriggered_from: z.string().optional(),
  /** Which start of the task this is: 1, then one more after each retry. */
  attempt: z.number().int().positive().optional(),
});

export const issueSchema = z.looseObject({
  issue: z.string().min(1),
  reported_at: timestamp,
  resolved: z.boolean(),
  resolution: z.string().nullable().optional(),
  blocker: z.boolean(),
  related_tasks: z.array(z.string()).optional(),
  resolved_at: timestamp.nullable().optional(),
});

export const metadataSchema = z.looseObject({
  jira_ticket: z.string().optional(),
  advisory_ids: z.record(z.string(), z.number().int()).optional(),
  release_date: releaseDateSchema.optional(),
  candidate_builds: z.record(z.string(), z.string()).optional(),
  shipment_mr: z.string().optional(),
  qe_owner: z.string().nullable().optional(), // null in real files before take-ownership
});

/** Bookkeeping of the driver itself: notification keys already sent, the Slack thread. */
export const driverSchema = z.looseObject({
  notified: z.array(z.string()).optional(),
  slack_thread: z.string().optional(),
  owner: z.string().optional(),
});

export const stateBoxSchema = z.looseObject({
  schema_version: z.string(),
  release: z.string().refine(isRelease, 'expected a release such as 4.20.1 or 5.0.0-ec.3'),
  created_at: timestamp,
  updated_at: timestamp,
  metadata: metadataSchema,
  tasks: z.array(taskSchema),
  issues: z.array(issueSchema),
  driver: driverSchema.optional(),
});

export type StateBox = z.infer<typeof stateBoxSchema>;
export type StateBoxTask = z.infer<typeof taskSchema>;
export type StateBoxIssue = z.infer<typeof issueSchema>;
export type StateBoxMetadata = z.infer<typeof metadataSchema>;
export type JobRecord = z.infer<typeof jobSchema>;

/**
 * A y-stream tracking file (`_releases/4.20/4.20.z.yaml`): release → advisories and Jira.
 * Not a StateBox, but it sits beside them, so `krd statebox fmt/check` read it too.
 */
export const trackingFileSchema = z.looseObject({
  releases: z.record(
    z.string(),
    z.looseObject({
      advisories: z.record(z.string(), z.number().int()).optional(),
      release_jira: z.string().optional(),
    }),
  ),
});

export type TrackingFile = z.infer<typeof trackingFileSchema>;

function flowIndex(name: string): number {
  return (FLOW_TASKS as readonly string[]).indexOf(name);
}

/**
 * Adds a task where the flow puts it: before the first existing flow task that comes later in
 * FLOW_TASKS; a task outside the flow (or last in it) is appended.
 */
export function insertTaskInFlowOrder(tasks: readonly StateBoxTask[], task: StateBoxTask): StateBoxTask[] {
  const mine = flowIndex(task.name);
  const at = mine < 0 ? -1 : tasks.findIndex((t) => flowIndex(t.name) > mine);
  return at < 0 ? [...tasks, task] : [...tasks.slice(0, at), task, ...tasks.slice(at)];
}
