/**
 * One release as every `--json` of krd shows it (`krd status --json`, `krd drive --json`, the
 * MCP tools): the same fields, the same task shape, from the same ReleaseView the terminal and
 * the job summary draw. Each command adds its own fields (status: source, listed; drive: wrote).
 */
import type { ReleaseView } from '../adapters/notify/release-view';

/** A task as recorded in the StateBox. */
export interface TaskJson {
  readonly status: string;
  readonly started_at: string | null;
  readonly completed_at: string | null;
}

/** An open blocker issue: `index` is the number /release:resolve and `krd resolve` take. */
export interface BlockerJson {
  readonly index: number;
  readonly issue: string;
  readonly reported_at: string;
  readonly related_tasks: string[];
}

export interface ReleaseJson {
  readonly release: string;
  readonly overall: string;
  /** The tasks the StateBox records, by name (tasks without a record are explained in notes). */
  readonly tasks: Record<string, TaskJson>;
  readonly waits: string[];
  readonly blockers: BlockerJson[];
  readonly notes: string[];
  /** The release could not be read or driven. */
  readonly error?: string;
}

/**
 * The JSON of one release. `extra` comes after release and overall (a command's own fields);
 * `overall` overrides the view's (a drive run's own verdict).
 */
export function releaseJson<E extends Record<string, unknown>>(view: ReleaseView, extra?: E, overall?: string): ReleaseJson & E {
  return {
    release: view.release,
    overall: overall ?? view.overall,
    ...(extra ?? ({} as E)),
    tasks: Object.fromEntries(
      view.rows.filter((r) => r.recorded).map((r) => [r.task, { status: r.status, started_at: r.startedAt ?? null, completed_at: r.completedAt ?? null }]),
    ),
    waits: [...view.waits],
    blockers: view.blockers.map((b) => ({ index: b.index, issue: b.text, reported_at: b.reportedAt, related_tasks: [...b.tasks] })),
    notes: [...view.notes],
    ...(view.error ? { error: view.error } : {}),
  };
}
