/**
 * The task graph of a release as a Mermaid flowchart, each node coloured by its status (one
 * classDef per tone): the flow of release-flow.md with its outside checkpoints (build
 * promoted, stage-release succeeded, promoted build tests aggregated, release date − 1 day).
 */
import { FLOW_TASKS, TASK_INFO, tasksWaitingOn, type FlowTask } from '../../core/tasks';
import { PROBE_CONDITION, type Wait, type WaitOn } from '../../core/waits';
import type { ReleaseView, RowTone, TaskRow } from './release-view';

type CheckpointId = 'promoted' | 'stage_release' | 'test_results' | 'release_date';

const CLASS_DEFS: Readonly<Record<RowTone, string>> = {
  pass: 'fill:#d1f0d8,stroke:#1a7f37,color:#0f5323',
  fail: 'fill:#ffd8d3,stroke:#cf222e,color:#82071e',
  running: 'fill:#d8e8ff,stroke:#0969da,color:#0a3069',
  waiting: 'fill:#fff1c2,stroke:#bf8700,color:#633c01',
  notstarted: 'fill:#f6f8fa,stroke:#8c959f,color:#424a53',
  assumed: 'fill:#e6f4ea,stroke:#1a7f37,stroke-dasharray:4 3,color:#0f5323',
  skipped: 'fill:#ffffff,stroke:#d0d7de,stroke-dasharray:2 2,color:#6e7781',
};

const CHECKPOINT_LABEL: Readonly<Record<CheckpointId, string>> = {
  promoted: 'Build promoted (phase Accepted)',
  stage_release: 'Stage-release succeeded',
  test_results: 'Promoted build tests aggregated',
  release_date: 'Release date − 1 day reached',
};

// The outside condition each checkpoint stands for (core/tasks.ts OutsideCondition).
const CHECKPOINT_ON: Readonly<Record<CheckpointId, WaitOn>> = {
  promoted: 'promotion',
  stage_release: 'stage-release',
  test_results: 'test-results',
  release_date: 'release-date',
};

/** The outside conditions a wait is about: its own, or those of the checks that failed or were not made. */
function conditionsOf(wait: Wait): WaitOn[] {
  return [wait.on, ...(wait.checks ?? []).map((p) => PROBE_CONDITION[p])];
}

function nodeId(task: string): string {
  return task.replace(/[^A-Za-z0-9]/g, '_');
}

/** Mermaid labels are quoted strings: quotes and angle brackets become entity codes. */
function label(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}

function started(row: TaskRow | undefined): boolean {
  return row !== undefined && (row.status === 'In Progress' || row.status === 'Pass' || row.status === 'Fail');
}

function checkpointTone(id: CheckpointId, view: ReleaseView, row: (task: string) => TaskRow | undefined): RowTone {
  const passedWhen: Record<CheckpointId, boolean> = {
    promoted: tasksWaitingOn('promotion').some((t) => started(row(t))),
    stage_release: tasksWaitingOn('stage-release').some((t) => started(row(t))),
    test_results: ['Pass', 'Fail'].includes(row('analyze-promoted-build')?.status ?? ''),
    release_date: tasksWaitingOn('release-date').some((t) => started(row(t))),
  };
  if (passedWhen[id] || view.overall === 'Green') return 'pass';
  return view.waitsOn.some((w) => conditionsOf(w).includes(CHECKPOINT_ON[id])) ? 'waiting' : 'notstarted';
}

/** The flowchart source (without the ```mermaid fence). */
export function mermaidGraph(view: ReleaseView): string {
  const rows = new Map(view.rows.map((r) => [r.task, r]));
  const row = (task: string): TaskRow | undefined => rows.get(task);
  const lines: string[] = ['flowchart TD'];
  const tones = new Map<RowTone, string[]>();
  const paint = (id: string, tone: RowTone): void => {
    tones.set(tone, [...(tones.get(tone) ?? []), id]);
  };

  for (const r of view.rows) {
    if (!r.inFlow) continue;
    if (r.task === 'check-rhcos-security-alerts' && !view.konflux) continue;
    lines.push(`  ${nodeId(r.task)}["${label(r.display)}<br/>${label(r.status)}"]`);
    paint(nodeId(r.task), r.tone);
  }
  const checkpoints: CheckpointId[] = view.konflux
    ? ['promoted', 'stage_release', 'test_results', 'release_date']
    : ['promoted', 'test_results', 'release_date'];
  for (const id of checkpoints) {
    lines.push(`  ${id}{{"${label(CHECKPOINT_LABEL[id])}"}}`);
    paint(id, checkpointTone(id, view, row));
  }

  const edge = (from: string, to: string): void => {
    lines.push(`  ${nodeId(from)} --> ${nodeId(to)}`);
  };
  // Every edge comes from the FLOW table (core/tasks.ts): a task's `after`, and the checkpoint of each
  // outside condition in its `waitsOn`. A release without a shipment MR skips the RHCOS check:
  // its predecessors lead straight to what follows it.
  const drawn = (t: FlowTask): boolean => view.konflux || t !== 'check-rhcos-security-alerts';
  const drawnBefore = (t: FlowTask): FlowTask[] => TASK_INFO[t].after.flatMap((p) => (drawn(p) ? [p] : drawnBefore(p)));
  const checkpointOf = new Map(checkpoints.map((id) => [CHECKPOINT_ON[id], id]));
  for (const task of FLOW_TASKS) {
    if (!drawn(task)) continue;
    for (const before of drawnBefore(task)) edge(before, task);
    // analyze-candidate-build waits on the candidate build's results, not the promoted build's the checkpoint stands for.
    if (TASK_INFO[task].kind === 'parallel') continue;
    for (const condition of TASK_INFO[task].waitsOn) {
      const id = checkpointOf.get(condition);
      if (id) edge(id, task);
    }
  }
  // The promoted build's tests run once it is promoted.
  edge('promoted', 'test_results');

  for (const [tone, style] of Object.entries(CLASS_DEFS)) lines.push(`  classDef ${tone} ${style}`);
  for (const [tone, ids] of tones) lines.push(`  class ${ids.join(',')} ${tone}`);
  return lines.join('\n');
}
