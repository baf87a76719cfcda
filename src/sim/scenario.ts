/**
 * The scenario format of CONTRACT.md: a simulated outside world on a clock. Parsed with zod on
 * every load; a bad scenario names the key and says why, e.g.
 * `releases[0].world.promoted_at: "6x" is not a duration such as 15m or 2d`.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError, errorMessage } from '../core/errors';
import { FLOW_TASKS, type FlowTask } from '../core/tasks';
import { isRelease } from '../core/version';
import { fieldPath } from '../statebox/yaml';
import { parseDuration } from './duration';
import { initialStateBox } from './seed';

/** The systems of CONTRACT.md, then our extensions: GitLab (stage-release), Errata (alerts, prod metadata), the signature mirror. */
export const FAULT_SYSTEMS = ['github', 'executor', 'release-controller', 'test-results', 'slack', 'sheets', 'gitlab', 'errata', 'mirror'] as const;
export type FaultSystem = (typeof FAULT_SYSTEMS)[number];
export const FAULT_KINDS = ['http-500', 'http-429', 'timeout', 'auth'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
export const CRASH_POINTS = ['after-trigger', 'before-commit'] as const;
export type CrashPoint = (typeof CRASH_POINTS)[number];
export const PERMISSIONS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Permission = (typeof PERMISSIONS)[number];

const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : v === undefined ? 'nothing' : JSON.stringify(v) ?? String(v));

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => `${show(issue.input)} is not one of ${values.join(', ')}` });
}

/** A duration after `start` (or a length), in milliseconds. */
const duration = z.unknown().transform((value, ctx) => {
  const ms = parseDuration(value);
  if (ms === undefined) {
    const message = value === undefined ? 'is required: a duration such as 15m or 2d' : `${show(value)} is not a duration such as 15m or 2d`;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  }
  return ms;
});

const positiveDuration = duration.refine((ms) => ms > 0, 'must be longer than 0s');

const text = (what: string) => z.string({ error: (issue) => `${show(issue.input)} is not ${what}` }).min(1, `${what} must not be empty`);

const startTime = z.unknown().transform((value, ctx) => {
  const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : value instanceof Date ? value.getTime() : NaN;
  if (Number.isNaN(ms)) {
    const message = value === undefined ? 'is required: a time such as 2025-11-01T00:00:00Z' : `${show(value)} is not a time such as 2025-11-01T00:00:00Z`;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  }
  return ms;
});

const testResultPlan = z.strictObject({
  exists_at: duration.optional(),
  aggregated_at: duration.optional(),
  accepted: z.boolean({ error: (i) => `${show(i.input)} is not true or false` }).default(true),
  recommendation: oneOf(['ACCEPT', 'REJECT']).optional(),
  reasoning: z.string().optional(),
});

const outcome = oneOf(['Pass', 'Fail']);

const taskPlan = z.strictObject({
  /** Extension: a list gives the outcome of each attempt (after /release:retry); the last repeats. */
  result: z.union([outcome, z.array(outcome).min(1)]).default('Pass'),
  duration: duration.default(60_000),
});

const taskPlans = z.record(z.string(), taskPlan).superRefine((plans, ctx) => {
  for (const name of Object.keys(plans)) {
    if (!(FLOW_TASKS as readonly string[]).includes(name)) {
      ctx.addIssue({ code: 'custom', path: [name], message: `${show(name)} is not a flow task (${FLOW_TASKS.join(', ')})` });
    }
  }
});

const alert = z.looseObject({ name: text('an alert name'), blocking: z.boolean().default(true), text: z.string().optional() });

const world = z.strictObject({
  promoted_at: duration.optional(),
  stage_release_at: duration.optional(),
  prod_metadata_at: duration.optional(),
  /** Extension: the Release Controller phase before promotion (default Ready). */
  phase_before_promotion: z.string().default('Ready'),
  /** Extension: whether the mirror signature matches the release digest (default true). */
  signature_matches: z.boolean().default(true),
  rhcos_alerts: z.array(alert).default([]),
  test_results: z.strictObject({ candidate: testResultPlan.optional(), promoted: testResultPlan.optional() }).default({}),
  tasks: taskPlans.default({}),
  /**
   * What ART's build data gives upstream's create-test-report for a release that has no
   * StateBox (upstream's ConfigStore): defaults to a Konflux release due 3 days after the start.
   */
  build_data: z
    .strictObject({
      release_date: z.string().optional(),
      candidate_build: z.string().optional(),
      shipment_mr: z.string().nullable().optional(),
    })
    .default({}),
});

const comment = z.strictObject({
  at: duration,
  user: text('a user name'),
  permission: oneOf(PERMISSIONS),
  body: z.string(),
});

const release = z.strictObject({
  release: z.unknown().transform((value, ctx) => {
    if (!isRelease(value)) {
      ctx.addIssue({ code: 'custom', message: `${show(value)} is not a release such as 4.20.1 (quote it if YAML reads it as a number)` });
      return z.NEVER;
    }
    return value;
  }),
  statebox: z.looseObject({}).optional(),
  world: world.default(() => world.parse({})),
  comments: z.array(comment).default([]),
});

const fault = z
  .strictObject({ system: oneOf(FAULT_SYSTEMS), from: duration, to: duration, kind: oneOf(FAULT_KINDS) })
  .refine((f) => f.to > f.from, { path: ['to'], message: 'must be after from' });

const crash = z.strictObject({ at: duration, point: oneOf(CRASH_POINTS) });

/** The action inputs a simulation uses; other inputs (tokens, URLs) are accepted and ignored. */
const config = z.looseObject({
  owner: z.string().optional(),
  'ai-decisions': oneOf(['auto', 'advisory']).default('auto'),
  'dry-run': z
    .union([z.boolean(), z.enum(['true', 'false'])], { error: (i) => `${show(i.input)} is not true or false` })
    .transform((v) => v === true || v === 'true')
    .default(false),
  /** Runs drive the active releases as a cron run does (default: every scenario release by name, as a dispatch does). */
  cron: z.boolean().default(false),
});

const MAX_RUNS = 100_000;

const scenarioSchema = z
  .strictObject({
    name: text('a scenario name'),
    start: startTime,
    every: positiveDuration,
    until: positiveDuration,
    config: config.default(() => config.parse({})),
    releases: z.array(release).min(1, 'a scenario needs at least one release'),
    faults: z.array(fault).default([]),
    crashes: z.array(crash).default([]),
  })
  .superRefine((s, ctx) => {
    if (s.until / s.every > MAX_RUNS) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: `gives more than ${MAX_RUNS} runs at every ${s.every / 1000}s; shorten it or run less often` });
    }
    const seen = new Set<string>();
    s.releases.forEach((r, i) => {
      if (seen.has(r.release)) ctx.addIssue({ code: 'custom', path: ['releases', i, 'release'], message: `${r.release} is listed twice` });
      seen.add(r.release);
      const named = r.statebox?.['release'];
      if (named !== undefined && named !== r.release) {
        ctx.addIssue({ code: 'custom', path: ['releases', i, 'statebox', 'release'], message: `${show(named)} differs from the release ${r.release}` });
      }
    });
  });

type ParsedScenario = z.infer<typeof scenarioSchema>;
export type ScenarioRelease = ParsedScenario['releases'][number];
export type ScenarioWorld = ScenarioRelease['world'];
export type TestResultPlan = z.infer<typeof testResultPlan>;
export type TaskPlan = z.infer<typeof taskPlan>;
export type ScenarioComment = z.infer<typeof comment>;
export type ScenarioFault = z.infer<typeof fault>;
export type ScenarioCrash = z.infer<typeof crash>;

/** A validated scenario; every duration and time is in milliseconds (times: after `start`). */
export interface Scenario extends Omit<ParsedScenario, 'start' | 'every' | 'until'> {
  /** Where it came from, for messages. */
  readonly source: string;
  /** Epoch milliseconds of `start`. */
  readonly start: number;
  readonly every: number;
  readonly until: number;
}

/** The outcome and duration of attempt `attempt` (1-based) of a task. */
export function taskOutcome(world: ScenarioWorld, task: FlowTask, attempt = 1): { result: 'Pass' | 'Fail'; duration: number } {
  const plan = world.tasks[task];
  if (!plan) return { result: 'Pass', duration: 60_000 };
  const results = Array.isArray(plan.result) ? plan.result : [plan.result];
  return { result: results[Math.min(attempt, results.length) - 1] ?? 'Pass', duration: plan.duration };
}

/** Parses scenario YAML text; errors name `source`, then the line (YAML) or the key (schema). */
export function parseScenario(textIn: string, source = 'scenario'): Scenario {
  const lines = new LineCounter();
  const doc = parseDocument(textIn, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const { line, col } = lines.linePos(yamlError.pos[0]);
    throw new InputError(`${source}:${line}:${col}: ${yamlError.message.split('\n')[0]} (not valid YAML).`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new InputError(`${source}: ${errorMessage(err).split('\n')[0]} (not valid YAML).`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(`${source}: a scenario is a mapping with name, start, every, until and releases.`);
  }
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = fieldPath(issue.path) || '(top level)';
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) message = 'is required';
    throw new InputError(`${source}: ${where}: ${message}.`);
  }
  const s = parsed.data;
  const releases = s.releases.map((r) => ({ ...r, comments: [...r.comments].sort((a, b) => a.at - b.at) }));
  // A starting StateBox must be a valid one; find out now rather than in the middle of a run.
  releases.forEach((r, i) => initialStateBox(r, s.start, i, source));
  return { ...s, releases, source };
}

/** Loads a scenario from a file path, or from YAML text when `input` has more than one line. */
export function loadScenario(input: string): Scenario {
  if (input.includes('\n')) return parseScenario(input, 'scenario');
  let content: string;
  try {
    content = readFileSync(input, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`Cannot read the scenario ${input}: ${code === 'ENOENT' ? 'no such file' : errorMessage(err)}.`);
  }
  return parseScenario(content, input);
}
