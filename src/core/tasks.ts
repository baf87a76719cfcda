/** The tasks of the Konflux release flow, as named in StateBox files. */
export const FLOW_TASKS = [
  'create-test-report',
  'take-ownership',
  'check-cve-tracker-bug',
  'check-rhcos-security-alerts',
  'push-to-cdn-staging',
  'analyze-candidate-build',
  'image-consistency-check',
  'stage-testing',
  'analyze-promoted-build',
  'image-signed-check',
  'change-advisory-status',
] as const;

export type FlowTask = (typeof FLOW_TASKS)[number];

export type TaskKind = 'sync' | 'async' | 'parallel' | 'gate' | 'sync+wait';

/** A condition outside the StateBox that a task waits on before it may start. */
export type OutsideCondition = 'promotion' | 'stage-release' | 'test-results' | 'release-date';

export interface TaskInfo {
  readonly kind: TaskKind;
  /** The display name the `oar` CLI prints in `task [Display] status is changed to [...]`. */
  readonly display: string;
  /** Typical duration; a task In Progress far beyond it is reported as stuck. */
  readonly expectedMinutes: number;
  /**
   * The tasks directly before it in the task graph of release-flow-spec.md. Every task before
   * it (transitively) must be Pass, or counted as done, before it starts.
   */
  readonly after: readonly FlowTask[];
  /** Outside conditions it waits on once the tasks before it are done (stage-release: Konflux only). */
  readonly waitsOn: readonly OutsideCondition[];
}

/**
 * The flow in one table: each task's kind, display name, the tasks before it and what outside
 * it waits on. The sequential chain ends at check-rhcos-security-alerts, which a release
 * without a shipment MR skips (it then counts as done): nothing after the chain starts before
 * it, only analyze-candidate-build runs from the start.
 */
export const TASK_INFO: Readonly<Record<FlowTask, TaskInfo>> = {
  'create-test-report': { kind: 'sync', display: 'Create Test Report', expectedMinutes: 5, after: [], waitsOn: [] },
  'take-ownership': { kind: 'sync', display: 'Take Ownership', expectedMinutes: 1, after: ['create-test-report'], waitsOn: [] },
  'check-cve-tracker-bug': { kind: 'sync', display: 'Check CVE Tracker Bug', expectedMinutes: 1, after: ['take-ownership'], waitsOn: [] },
  'check-rhcos-security-alerts': {
    kind: 'sync',
    display: 'Check RHCOS Security Alerts',
    expectedMinutes: 1,
    after: ['check-cve-tracker-bug'],
    waitsOn: [],
  },
  'push-to-cdn-staging': { kind: 'async', display: 'Push to CDN Staging', expectedMinutes: 60, after: ['check-rhcos-security-alerts'], waitsOn: [] },
  'analyze-candidate-build': { kind: 'parallel', display: 'Analyze Candidate Build', expectedMinutes: 30, after: [], waitsOn: ['test-results'] },
  'image-consistency-check': {
    kind: 'async',
    display: 'Image Consistency Check',
    expectedMinutes: 180,
    after: ['check-rhcos-security-alerts'],
    waitsOn: ['promotion', 'stage-release'],
  },
  'stage-testing': {
    kind: 'async',
    display: 'Stage Testing',
    expectedMinutes: 360,
    after: ['push-to-cdn-staging'],
    waitsOn: ['promotion', 'stage-release'],
  },
  'analyze-promoted-build': {
    kind: 'gate',
    display: 'Analyze Promoted Build',
    expectedMinutes: 30,
    after: ['check-rhcos-security-alerts'],
    waitsOn: ['promotion', 'test-results'],
  },
  'image-signed-check': {
    kind: 'sync',
    display: 'Image Signed Check',
    expectedMinutes: 5,
    after: ['analyze-promoted-build', 'push-to-cdn-staging', 'image-consistency-check', 'stage-testing'],
    waitsOn: [],
  },
  'change-advisory-status': {
    kind: 'sync+wait',
    display: 'Change Advisory Status',
    expectedMinutes: 2 * 24 * 60,
    after: ['image-signed-check'],
    waitsOn: ['release-date'],
  },
};

/** Every task before `task` in the graph, transitively, in flow order. */
export function tasksBefore(task: FlowTask): FlowTask[] {
  return [...BEFORE[task]];
}

/** Every task after `task` in the graph (that needs it done first), transitively, in flow order. */
export function tasksAfter(task: FlowTask): FlowTask[] {
  return [...AFTER[task]];
}

function closureBefore(task: FlowTask): FlowTask[] {
  const found = new Set<FlowTask>();
  const visit = (t: FlowTask): void => {
    for (const p of TASK_INFO[t].after) {
      if (!found.has(p)) {
        found.add(p);
        visit(p);
      }
    }
  };
  visit(task);
  return FLOW_TASKS.filter((t) => found.has(t));
}

// The graph is fixed: its closures are computed once (decide() asks for them on every task).
const BEFORE = {} as Record<FlowTask, readonly FlowTask[]>;
for (const t of FLOW_TASKS) BEFORE[t] = closureBefore(t);
const AFTER = {} as Record<FlowTask, readonly FlowTask[]>;
for (const t of FLOW_TASKS) AFTER[t] = FLOW_TASKS.filter((u) => BEFORE[u].includes(t));

/** Tasks that wait on an outside condition (the simulator, the graph and the status view read this). */
export function tasksWaitingOn(condition: OutsideCondition): FlowTask[] {
  return FLOW_TASKS.filter((t) => TASK_INFO[t].waitsOn.includes(condition));
}

export const ASYNC_TASKS = ['push-to-cdn-staging', 'image-consistency-check', 'stage-testing'] as const satisfies readonly FlowTask[];

/** The tasks that start a job outside (a push, a Prow job, a Jenkins build) and are polled. */
export type AsyncTask = (typeof ASYNC_TASKS)[number];

export function isAsyncTask(task: string): task is AsyncTask {
  return (ASYNC_TASKS as readonly string[]).includes(task);
}

export function isFlowTask(name: unknown): name is FlowTask {
  return typeof name === 'string' && (FLOW_TASKS as readonly string[]).includes(name);
}

/** Statuses a StateBox task may hold. "Not Started" resets a task (used by /release:retry). */
export const TASK_STATUSES = ['Not Started', 'In Progress', 'Pass', 'Fail'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * Allowed status transitions. Pass and Fail are final except by an explicit human
 * decision (retry → Not Started, accept → Pass, reject → Fail), which the merge and
 * the engine treat separately. Never Pass → In Progress by accident.
 */
const AUTOMATIC_TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  'Not Started': ['In Progress', 'Pass', 'Fail'],
  'In Progress': ['Pass', 'Fail'],
  Pass: [],
  Fail: [],
};

export function isAllowedTransition(from: TaskStatus | undefined, to: TaskStatus): boolean {
  if (from === undefined || from === to) return true;
  return AUTOMATIC_TRANSITIONS[from].includes(to);
}

/** Rank along the automatic transitions; used to pick a winner in a merge. */
export function statusRank(s: TaskStatus | undefined): number {
  switch (s) {
    case undefined:
    case 'Not Started':
      return 0;
    case 'In Progress':
      return 1;
    case 'Pass':
    case 'Fail':
      return 2;
  }
}
