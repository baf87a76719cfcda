/**
 * Structural lint of every workflow (actionlint itself runs in CI, ci.yml):
 * explicit minimal permissions, actions pinned to full commit SHAs with their version in a
 * comment, no untrusted text in scripts, no PR code checked out on privileged triggers, the
 * shape of the workflow users copy and of the one that releases the action.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const texts = Object.fromEntries(files.map((f) => [f, readFileSync(new URL(f, DIR), 'utf8')]));
const workflows = Object.fromEntries(files.map((f) => [f, load(texts[f] as string)]));

/**
 * The action itself, in the workflow users copy: no release of it exists to take a SHA from, so
 * it may name a release tag (users pin the SHA of the release they use, as drive.yml says).
 */
const SELF = 'konflux-release-driver/konflux-release-driver';
const SHA_RE = /^[0-9a-f]{40}$/;

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
          const m = /^([\w.-]+\/[\w.-]+)[\w./-]*@(.+)$/.exec(uses);
          const ref = m?.[2];
          if (!ref) problems.push(`${where} uses ${uses} without @ref`);
          else if (m?.[1] === SELF ? !/^v\d+(\.\d+){0,2}$/.test(ref) && !SHA_RE.test(ref) : !SHA_RE.test(ref)) {
            problems.push(`${where} uses ${uses}: pin a full commit SHA (40 hex digits), not a tag or a branch`);
          }
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

/** Lines of a workflow's text that pin an action to a SHA without saying its version (`# v4.2.2`). */
function unlabelledPins(text: string): string[] {
  return text.split('\n').filter((line) => /^\s*(-\s+)?uses:\s*[^\s#]+@[0-9a-f]{40}/.test(line) && !/#\s*v\d+(\.\d+)*\b/.test(line));
}

describe('every workflow', () => {
  it('exists (drive.yml, ci.yml and release.yml at least)', () => {
    expect(files).toEqual(expect.arrayContaining(['drive.yml', 'ci.yml', 'release.yml']));
  });

  it.each(files)('%s breaks no rule', (file) => {
    expect(lint(workflows[file] as Workflow)).toEqual([]);
  });

  it.each(files)('%s pins every action to a full commit SHA, its version in a comment', (file) => {
    const uses = Object.values((workflows[file] as Workflow).jobs).flatMap((j) => (j.steps ?? []).flatMap((s) => (s.uses === undefined ? [] : [s.uses])));
    for (const u of uses.filter((u) => !u.startsWith('./') && !u.startsWith('docker://') && !u.startsWith(`${SELF}@`))) expect(u).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    expect(unlabelledPins(texts[file] as string)).toEqual([]);
  });
});

describe('the lint itself catches what it must', () => {
  const base = (extra: string): Workflow =>
    load(`on:\n  issue_comment:\n    types: [created]\npermissions:\n  issues: write\njobs:\n  j:\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    steps:\n${extra}`);

  it.each([
    ['a comment body in a run script', '      - run: echo "${{ github.event.comment.body }}"', 'interpolates ${{ github.event.comment.body }} into a run script'],
    ['a PR title in a run script', '      - run: echo ${{github.event.pull_request.title}}', 'interpolates ${{github.event.pull_request.title}}'],
    ['a dispatch input in a run script', '      - run: ./drive ${{ inputs.release }}', 'interpolates ${{ inputs.release }}'],
    ['a branch-pinned action', '      - uses: someone/action@main', 'pin a full commit SHA (40 hex digits), not a tag or a branch'],
    ['a tag-pinned action', '      - uses: actions/setup-python@v5', 'uses actions/setup-python@v5: pin a full commit SHA'],
    ['a short SHA', '      - uses: actions/setup-python@a26af69', 'pin a full commit SHA'],
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

  it('flags a SHA pin without its version in a comment', () => {
    expect(unlabelledPins('      - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065\n')).toHaveLength(1);
    expect(unlabelledPins('      - uses: actions/setup-python@a26af69be951a213d495a4c3e4e4022e16d87065 # v5.6.0\n')).toEqual([]);
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

  const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);
  const text = texts['drive.yml'] as string;

  it('never checks out code, runs no expression in a script, and uses the action from a pinned ref', () => {
    expect(steps.filter((s) => s.uses?.startsWith('actions/checkout'))).toEqual([]);
    // The scripts install tools: no value of the event or the repository is ever part of them.
    for (const s of steps.filter((x) => x.run !== undefined)) expect(s.run).not.toContain('${{');
    const drive = steps.filter((s) => s.uses?.includes('/konflux-release-driver@'));
    expect(drive).toHaveLength(1);
    expect(drive[0]?.uses).toMatch(/@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
    expect(steps.at(-1)).toBe(drive[0]);
  });

  it('installs oar of openshift/release-tests at a pinned commit, with Python from setup-python pinned by SHA, unless the executor is mcp', () => {
    const python = steps.find((s) => s.uses?.startsWith('actions/setup-python@'));
    expect(python?.uses).toMatch(/^actions\/setup-python@[0-9a-f]{40}$/);
    expect(Number(String(python?.with?.['python-version']).split('.')[1])).toBeGreaterThanOrEqual(11);
    const install = steps.find((s) => s.run?.includes('pip install'));
    expect(install?.run).toContain('python -m pip install "oar @ git+https://github.com/openshift/release-tests@${RELEASE_TESTS_COMMIT}"');
    expect(String(install?.env?.['RELEASE_TESTS_COMMIT'])).toMatch(/^[0-9a-f]{40}$/);
    expect(install?.run).toContain('libkrb5-dev');
    expect(install?.run).toContain('oar --help');
    expect(steps.indexOf(python!)).toBeLessThan(steps.indexOf(install!));
    for (const s of [python, install]) expect(s?.if).toBe("vars.RELEASE_EXECUTOR != 'mcp'");
    // oar gets its credentials from the action step's env, its service account as a file.
    const drive = steps.at(-1);
    for (const name of ['OAR_JWK', 'JIRA_TOKEN', 'JIRA_USERNAME', 'GCP_SA_FILE', 'SLACK_BOT_TOKEN', 'JENKINS_USER', 'JENKINS_TOKEN', 'GITLAB_TOKEN', 'GITHUB_TOKEN', 'APITOKEN']) {
      expect(drive?.env, name).toHaveProperty(name);
    }
  });

  it('installs the default analyzer (Claude Code) at a pinned version', () => {
    expect(steps.find((s) => s.run?.includes('@anthropic-ai/claude-code'))?.run).toMatch(/@anthropic-ai\/claude-code@\d+\.\d+\.\d+$/);
  });

  it('wires status-issue from a repository variable and says which runner node24 needs', () => {
    expect(steps.at(-1)?.with?.['status-issue']).toBe('${{ vars.RELEASE_STATUS_ISSUE }}');
    expect(text).toContain('node24');
    expect(text).toMatch(/actions\/runner v2\.327\.1 or later/);
  });

  it('passes secrets only through with: and env:, never the comment text', () => {
    const step = steps.find((s) => s.uses?.includes('konflux-release-driver'));
    for (const value of [...Object.values(step?.with ?? {}), ...Object.values(step?.env ?? {})]) expect(String(value)).not.toMatch(/github\.event/);
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

describe('release.yml, which releases the action', () => {
  const wf = workflows['release.yml'] as Workflow;
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);
  const runs = steps.map((s) => s.run ?? '');
  const move = steps.find((s) => s.run?.includes('refs/tags/'));

  it('runs on version tags only, may write contents and nothing else, one release at a time', () => {
    expect(triggers(wf)).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(wf.permissions).toEqual({ contents: 'write' });
    for (const job of Object.values(wf.jobs)) expect(job.permissions).toBeUndefined();
    expect(wf.concurrency).toMatchObject({ 'cancel-in-progress': false });
  });

  it('checks out without keeping the token, runs npm ci and npm run build, and fails when dist/ differs', () => {
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@[0-9a-f]{40}$/);
    expect(steps[0]?.with?.['persist-credentials']).toBe(false);
    const at = (cmd: string) => runs.findIndex((r) => r.includes(cmd));
    for (const cmd of ['npm ci', 'npm run build', 'git diff --exit-code --stat -- dist/', 'git status --porcelain -- dist/']) expect(at(cmd), cmd).toBeGreaterThan(0);
    expect(at('npm ci')).toBeLessThan(at('npm run build'));
    expect(at('npm run build')).toBeLessThan(at('git diff --exit-code --stat -- dist/'));
    // The major tag moves only after the check passed, and scripts hold no expression.
    expect(at('git diff --exit-code --stat -- dist/')).toBeLessThan(steps.indexOf(move!));
    for (const r of runs) expect(r).not.toContain('${{');
  });

  it('moves the major tag through the API with the workflow token (or RELEASE_TAG_TOKEN), never a persisted credential', () => {
    expect(move?.env?.['GH_TOKEN']).toBe('${{ secrets.RELEASE_TAG_TOKEN || github.token }}');
  });

  describe('the move, run with a fake gh', () => {
    function runMove(tag: string, tagExists: boolean): { log: string[]; out: string } {
      const dir = mkdtempSync(join(tmpdir(), 'krd-release-'));
      try {
        const gh = join(dir, 'gh');
        writeFileSync(gh, `#!/bin/bash\necho "gh $*" >> "${dir}/gh.log"\nif [ "$2" != --method ]; then exit ${tagExists ? 0 : 1}; fi\n`);
        chmodSync(gh, 0o755);
        const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
        git('init', '-q');
        git('commit', '-q', '--allow-empty', '-m', 'release');
        const sha = git('rev-parse', 'HEAD').trim();
        const out = execFileSync('bash', ['-e', '-c', move!.run!], {
          cwd: dir,
          encoding: 'utf8',
          env: { PATH: `${dir}:${process.env.PATH ?? ''}`, GITHUB_REF_NAME: tag, GITHUB_SHA: sha, GITHUB_REPOSITORY: 'octo/krd', GH_TOKEN: 't' },
        });
        let log: string[] = [];
        try {
          log = readFileSync(join(dir, 'gh.log'), 'utf8').trim().split('\n').map((l) => l.replace(sha, 'SHA'));
        } catch {
          // gh never called
        }
        return { log, out: out.replace(sha, 'SHA') };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }

    it('v1.2.3 moves an existing v1 to the tagged commit', () => {
      expect(runMove('v1.2.3', true)).toEqual({
        log: ['gh api repos/octo/krd/git/ref/tags/v1', 'gh api --method PATCH repos/octo/krd/git/refs/tags/v1 -f sha=SHA -F force=true'],
        out: '::notice::v1 now points to SHA (v1.2.3).\n',
      });
    });

    it('v2.0.0 creates v2 when it does not exist yet', () => {
      expect(runMove('v2.0.0', false).log).toEqual(['gh api repos/octo/krd/git/ref/tags/v2', 'gh api --method POST repos/octo/krd/git/refs -f ref=refs/tags/v2 -f sha=SHA']);
    });

    it('a pre-release moves nothing', () => {
      expect(runMove('v1.3.0-rc.1', true)).toEqual({ log: [], out: '::notice::v1.3.0-rc.1 is a pre-release: the major tag stays where it is.\n' });
    });
  });
});
