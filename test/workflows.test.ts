/**
 * Structural lint of every workflow (actionlint runs in CI; it cannot be installed here):
 * explicit minimal permissions, pinned actions, no untrusted text in scripts, no PR code
 * checked out on privileged triggers, and the shape of the workflow users copy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DIR = new URL('../.github/workflows/', import.meta.url);
type Obj = Record<string, unknown>;

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Obj;
  env?: Obj;
  if?: string;
}
interface Job {
  'runs-on'?: unknown;
  permissions?: unknown;
  steps?: Step[];
  if?: string;
  'timeout-minutes'?: number;
}
interface Workflow {
  name?: string;
  // `on` is a YAML 1.2 string key with the `yaml` package (never the boolean true).
  on: Obj | string | string[];
  permissions?: unknown;
  concurrency?: { group?: string; 'cancel-in-progress'?: boolean } | string;
  jobs: Record<string, Job>;
}

function load(text: string): Workflow {
  return parse(text) as Workflow;
}

const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const workflows = Object.fromEntries(files.map((f) => [f, load(readFileSync(new URL(f, DIR), 'utf8'))]));

function triggers(wf: Workflow): Obj {
  if (typeof wf.on === 'string') return { [wf.on]: null };
  if (Array.isArray(wf.on)) return Object.fromEntries(wf.on.map((t) => [t, null]));
  return wf.on;
}

// Text anyone can write (a comment, a PR title, a branch name) or a dispatcher can type.
const UNTRUSTED = [
  /github\.event\.comment\.body/,
  /github\.event\.issue\.(title|body)/,
  /github\.event\.pull_request\.(title|body|head\.ref|head\.label)/,
  /github\.event\.review(_comment)?\.body/,
  /github\.event\.head_commit\.(message|author)/,
  /github\.event\.commits/,
  /github\.head_ref/,
  /github\.event\.inputs\./,
  /\binputs\./,
];
const PRIVILEGED_TRIGGERS = ['pull_request_target', 'issue_comment', 'workflow_run'];
const PR_HEAD = /github\.event\.pull_request\.head\.(sha|ref)|github\.head_ref|refs\/pull\//;
const ALLOWED_SCOPES = new Set([
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'security-events',
  'statuses',
]);

/** Every rule broken by a workflow, as sentences. */
function lint(wf: Workflow): string[] {
  const problems: string[] = [];
  const on = triggers(wf);
  if (wf.permissions === undefined && Object.values(wf.jobs).some((j) => j.permissions === undefined)) {
    problems.push('permissions are not explicit (set them at the top or on every job)');
  }
  for (const perms of [wf.permissions, ...Object.values(wf.jobs).map((j) => j.permissions)]) {
    if (perms === undefined) continue;
    if (typeof perms === 'string') {
      if (perms !== 'read-all' && perms !== '{}') problems.push(`permissions: ${perms} grants everything`);
      continue;
    }
    for (const [scope, level] of Object.entries(perms as Obj)) {
      if (!ALLOWED_SCOPES.has(scope)) problems.push(`unknown permission scope ${scope}`);
      if (!['read', 'write', 'none'].includes(String(level))) problems.push(`permission ${scope}: ${String(level)} is not read, write or none`);
    }
  }
  const privileged = PRIVILEGED_TRIGGERS.filter((t) => t in on);
  for (const [id, job] of Object.entries(wf.jobs)) {
    if (job['runs-on'] === undefined) problems.push(`job ${id} has no runs-on`);
    if (job['timeout-minutes'] === undefined) problems.push(`job ${id} has no timeout-minutes`);
    for (const [i, step] of (job.steps ?? []).entries()) {
      const where = `job ${id} step ${step.name ?? step.uses ?? i + 1}`;
      if (step.run !== undefined) {
        for (const re of UNTRUSTED) {
          for (const expr of String(step.run).match(/\$\{\{[^}]*\}\}/g) ?? []) {
            if (re.test(expr)) problems.push(`${where} interpolates ${expr} into a run script (pass it through env instead)`);
          }
        }
      }
      if (step.uses !== undefined) {
        const uses = step.uses;
        if (uses.startsWith('docker://')) {
          if (!/:[\w.-]+$|@sha256:[0-9a-f]{64}$/.test(uses)) problems.push(`${where} uses a docker image without a tag`);
        } else if (!uses.startsWith('./')) {
          const ref = /^[\w.-]+\/[\w./-]+@(.+)$/.exec(uses)?.[1];
          if (!ref) problems.push(`${where} uses ${uses} without @ref`);
          else if (!/^v\d+(\.\d+){0,2}$|^[0-9a-f]{40}$/.test(ref)) problems.push(`${where} uses ${uses}: pin a release tag or a commit SHA, not a branch`);
        } else if (privileged.length > 0) {
          problems.push(`${where} runs a local action on ${privileged.join(', ')}: that would run repository code with write permissions`);
        }
        if (/^actions\/checkout@/.test(uses)) {
          const withRef = String(step.with?.ref ?? '');
          if (privileged.length > 0 && PR_HEAD.test(withRef)) problems.push(`${where} checks out pull-request code on ${privileged.join(', ')}`);
          if (privileged.length > 0 && step.with?.['persist-credentials'] !== false) {
            problems.push(`${where} keeps the token in .git on ${privileged.join(', ')} (set persist-credentials: false)`);
          }
        }
      }
    }
  }
  return problems;
}

describe('every workflow', () => {
  it('exists (drive.yml and ci.yml at least)', () => {
    expect(files).toEqual(expect.arrayContaining(['drive.yml', 'ci.yml']));
  });

  it.each(files)('%s breaks no rule', (file) => {
    expect(lint(workflows[file] as Workflow)).toEqual([]);
  });
});

describe('the lint itself catches what it must', () => {
  const base = (extra: string): Workflow =>
    load(`on:\n  issue_comment:\n    types: [created]\npermissions:\n  issues: write\njobs:\n  j:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n${extra}`);

  it.each([
    ['a comment body in a run script', '      - run: echo "${{ github.event.comment.body }}"', 'interpolates ${{ github.event.comment.body }} into a run script'],
    ['a PR title in a run script', '      - run: echo ${{github.event.pull_request.title}}', 'interpolates ${{github.event.pull_request.title}}'],
    ['a dispatch input in a run script', '      - run: ./drive ${{ inputs.release }}', 'interpolates ${{ inputs.release }}'],
    ['a branch-pinned action', '      - uses: someone/action@main', 'pin a release tag or a commit SHA'],
    ['an unpinned action', '      - uses: someone/action', 'without @ref'],
    ['a checkout of the PR head', '      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n          persist-credentials: false', 'checks out pull-request code'],
    ['a checkout keeping the token', '      - uses: actions/checkout@v4', 'keeps the token in .git'],
    ['a local action on a comment', '      - uses: ./', 'runs a local action on issue_comment'],
  ])('flags %s', (_what, step, problem) => {
    expect(lint(base(step)).join('\n')).toContain(problem);
  });

  it('flags missing or blanket permissions', () => {
    const none = load('on: push\njobs:\n  j:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - run: echo');
    expect(lint(none)).toContain('permissions are not explicit (set them at the top or on every job)');
    const all = load('on: push\npermissions: write-all\njobs:\n  j:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n      - run: echo');
    expect(lint(all)).toContain('permissions: write-all grants everything');
  });

  it('accepts values passed through env', () => {
    expect(lint(base('      - env:\n          BODY: ${{ github.event.comment.body }}\n        run: echo "$BODY"'))).toEqual([]);
  });
});

describe('drive.yml, the workflow users copy', () => {
  const wf = workflows['drive.yml'] as Workflow;
  const on = triggers(wf);

  it('runs every 15 minutes, on dispatch with release and owner, and on created comments only', () => {
    expect(Object.keys(on).sort()).toEqual(['issue_comment', 'schedule', 'workflow_dispatch']);
    expect(on.schedule).toEqual([{ cron: '*/15 * * * *' }]);
    const inputs = (on.workflow_dispatch as { inputs: Record<string, { required: boolean; type: string }> }).inputs;
    expect(Object.keys(inputs).sort()).toEqual(['owner', 'release']);
    for (const input of Object.values(inputs)) expect(input).toMatchObject({ required: false, type: 'string' });
    expect(on.issue_comment).toEqual({ types: ['created'] });
  });

  it('asks for exactly contents, issues and pull-requests write, nothing else, nowhere else', () => {
    expect(wf.permissions).toEqual({ contents: 'write', issues: 'write', 'pull-requests': 'write' });
    for (const job of Object.values(wf.jobs)) expect(job.permissions).toBeUndefined();
  });

  it('queues runs of one repository instead of cancelling them', () => {
    expect(wf.concurrency).toEqual({ group: expect.stringContaining('${{ github.repository }}'), 'cancel-in-progress': false });
  });

  it('never checks out code and uses the action from a pinned ref', () => {
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);
    expect(steps.filter((s) => s.uses?.startsWith('actions/checkout'))).toEqual([]);
    expect(steps.filter((s) => s.run !== undefined)).toEqual([]);
    const drive = steps.filter((s) => s.uses?.includes('/konflux-release-driver@'));
    expect(drive).toHaveLength(1);
    expect(drive[0]?.uses).toMatch(/@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
  });

  it('passes secrets only through with:, never the comment text', () => {
    const text = readFileSync(new URL('drive.yml', DIR), 'utf8');
    const step = Object.values(wf.jobs).flatMap((j) => j.steps ?? []).find((s) => s.uses?.includes('konflux-release-driver'));
    for (const value of Object.values(step?.with ?? {})) expect(String(value)).not.toMatch(/github\.event/);
    // The only mention of the comment body is the job filter, an expression GitHub evaluates.
    expect(text.match(/github\.event\.comment\.body/g)).toHaveLength(1);
    expect(Object.values(wf.jobs)[0]?.if).toBe("github.event_name != 'issue_comment' || startsWith(github.event.comment.body, '/release:')");
  });

  it('sets only inputs the action declares', () => {
    const action = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as { inputs: Obj };
    const step = Object.values(wf.jobs).flatMap((j) => j.steps ?? []).find((s) => s.uses?.includes('konflux-release-driver'));
    for (const name of Object.keys(step?.with ?? {})) expect(Object.keys(action.inputs)).toContain(name);
  });
});

describe('ci.yml', () => {
  const wf = workflows['ci.yml'] as Workflow;
  const runs = Object.values(wf.jobs).flatMap((j) => (j.steps ?? []).map((s) => s.run ?? ''));
  const uses = Object.values(wf.jobs).flatMap((j) => (j.steps ?? []).map((s) => s.uses ?? ''));

  it('runs on pull requests and pushes with read-only permissions', () => {
    expect(Object.keys(triggers(wf)).sort()).toEqual(['pull_request', 'push']);
    expect(wf.permissions).toEqual({ contents: 'read' });
  });

  it('does what .ci/run does: npm ci, test, lint, build and a dist/ diff check', () => {
    for (const cmd of ['npm ci', 'npm test', 'npm run lint', 'npm run build', 'git diff --exit-code --stat -- dist/', 'git status --porcelain -- dist/']) {
      expect(runs.some((r) => r.includes(cmd)), cmd).toBe(true);
    }
  });

  it('lints the workflows with actionlint and runs the bundled action in dry-run', () => {
    expect(uses.some((u) => /^docker:\/\/rhysd\/actionlint:\d/.test(u))).toBe(true);
    const self = Object.values(wf.jobs).flatMap((j) => j.steps ?? []).find((s) => s.uses === './');
    expect(self?.with).toMatchObject({ 'dry-run': 'true' });
  });
});
