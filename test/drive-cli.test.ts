import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../src/adapters/store/local';
import { loadStateBox } from '../src/statebox/repository';
import { CHAIN_PASS, makeBox, tempDir, writeBox, writeTracking } from './helpers/fake-world';
import { krdRun } from './helpers/krd-run';
import { type LocalReleaseController, fakeOarEnv, startReleaseController } from './helpers/working-tools';
import { oneReleaseScenario } from './helpers/scenario-text';


// A local Release Controller: 4.20.1 is not promoted yet. Every request is recorded.
let rc: LocalReleaseController;
let requests: string[];
beforeAll(async () => {
  rc = await startReleaseController(['4.20.1']);
  requests = rc.requests;
});
afterAll(() => rc.close());

let repo: string;
let scratch: string;
let env: NodeJS.ProcessEnv;
beforeEach(async () => {
  repo = await tempDir('krd-cli-drive-');
  scratch = await tempDir('krd-cli-oar-');
  requests.length = 0;
  await writeTracking(repo, '4.20', ['4.20.1']);
  const responses = {
    'take-ownership': { stderr: '2025-11-01T00:00:01Z: INFO: task [Take Ownership] status is changed to [In Progress]\n2025-11-01T00:00:05Z: INFO: task [Take Ownership] status is changed to [Pass]\n' },
  };
  await writeFile(join(scratch, 'responses.json'), JSON.stringify(responses));
  env = {
    PATH: process.env.PATH,
    ...fakeOarEnv(scratch),
    KRD_ANALYZER_COMMAND: 'none',
    KRD_RELEASE_CONTROLLER_URL: rc.url,
  };
});

/** Every call of the fake oar, the preflight's `--help` included. */
const allOarCalls = async (): Promise<string[][]> =>
  (await readFile(join(scratch, 'calls.jsonl'), 'utf8').catch(() => '')).trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { argv: string[] }).argv);
/** The task commands oar was asked to run. */
const oarCalls = async () => (await allOarCalls()).filter((argv) => !argv.includes('--help'));

describe('krd drive with the real adapters (oar CLI, HTTP probes)', () => {
  beforeEach(async () => {
    await writeBox(repo, makeBox({ tasks: { 'create-test-report': 'Pass', 'analyze-candidate-build': 'Pass' } }));
  });

  it('runs take-ownership with the owner given on the real clock, writes the StateBox, says what it waits on', async () => {
    const r = await krdRun(['drive', '--store', repo, '--release', '4.20.1', '--owner', 'lead@example.com'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('4.20.1: In Progress, StateBox written');
    expect(r.stdout).toContain('take-ownership → Pass');
    expect(await oarCalls()).toEqual([['-r', '4.20.1', 'take-ownership', '-e', 'lead@example.com']]);
    // The preflight asked oar for its help first, once.
    expect(await allOarCalls()).toEqual([['--help'], ['-r', '4.20.1', 'take-ownership', '-e', 'lead@example.com']]);
    const box = (await loadStateBox(new LocalStore(repo), '4.20.1'))?.box;
    expect(box?.tasks.find((t) => t.name === 'take-ownership')?.status).toBe('Pass');
    expect(box?.driver?.owner).toBe('lead@example.com');
    // Nothing past the sequential chain is due yet: the Release Controller is not asked.
    expect(requests).toEqual([]);
  });

  it('--json prints the run as JSON, each release in the shape of krd status --json', async () => {
    const r = await krdRun(['drive', '--store', repo, '--json', '--now', '2025-11-01T00:00:00Z'], { env: { ...env, KRD_OWNER: 'qe@example.com' } });
    expect(r.code).toBe(0);
    type Task = { status: string; started_at: string | null; completed_at: string | null };
    const out = JSON.parse(r.stdout) as { releases: { release: string; overall: string; wrote: boolean; tasks: Record<string, Task>; waits: string[] }[]; events: { type: string }[] };
    expect(out.releases).toEqual([expect.objectContaining({ release: '4.20.1', overall: 'In Progress', wrote: true, blockers: [] })]);
    expect(out.releases[0]?.tasks['take-ownership']).toEqual({ status: 'Pass', started_at: expect.any(String), completed_at: expect.any(String) });
    expect(out.events.map((e) => e.type)).toContain('commit');
    expect((await oarCalls())[0]).toEqual(['-r', '4.20.1', 'take-ownership', '-e', 'qe@example.com']);
  });

  it('without any owner take-ownership waits and says so; nothing runs', async () => {
    const r = await krdRun(['drive', '--store', repo, '--now', '2025-11-01T00:00:00Z'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('waits: take-ownership: no owner');
    expect(await oarCalls()).toEqual([]);
  });
});

describe('krd drive exit codes and errors', () => {
  it('exit 1 when a release is Red', async () => {
    await writeBox(repo, makeBox({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'Fail', 'analyze-candidate-build': 'Pass' } }));
    const r = await krdRun(['drive', '--store', repo, '--now', '2025-11-01T00:00:00Z'], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('4.20.1: Red, nothing to write');
    expect(r.stdout).toContain('waits: stopped (Red): push-to-cdn-staging failed');
  });

  it('exit 1 when a named release cannot be driven (never guessed)', async () => {
    const r = await krdRun(['drive', '--store', repo, '--release', '4.20.5'], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error: 4.20.5 has no StateBox');
  });

  it('no active release (two days after its release date, the whole day after it over): says so, exit 0', async () => {
    await writeBox(repo, makeBox({ tasks: {} }));
    const r = await krdRun(['drive', '--store', repo, '--now', '2025-11-06T00:00:00Z'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No active release to drive.\n');
  });

  it.each([
    [['--store', '.', '--bogus'], 2, /unknown option --bogus\./],
    [['--release', '4.20.1'], 2, /--store DIR\|github is required/],
    [['--store', '.', 'extra'], 2, /Unexpected argument/],
    [['--world', 'x.yaml'], 2, /--world FILE needs --store DIR/],
    [['--store', '.', '--now', 'tomorrow'], 1, /--now "tomorrow" is not a time/],
    [['--store', '.', '--release', '4.20'], 1, /"4\.20" is not a release/],
  ])('krd drive %j → exit %i', async (args, code, message) => {
    const r = await krdRun(['drive', ...(args as string[])], { env });
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });

  it('an executor misconfiguration is one clear sentence, exit 1', async () => {
    await writeBox(repo, makeBox({ tasks: {} }));
    const r = await krdRun(['drive', '--store', repo, '--now', '2025-11-01T00:00:00Z'], { env: { ...env, KRD_EXECUTOR: 'ssh' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('krd drive: KRD_EXECUTOR is "ssh"; accepted values: oar, mcp.\n');
  });
});

describe('krd drive --world (simulated outside systems)', () => {
  const scenario = oneReleaseScenario('cli-world', '2d');
  it('steps the flow one run per call at --now, keeping the StateBoxes in --store', async () => {
    const file = join(scratch, 'world.yaml');
    await writeFile(file, scenario);
    const first = await krdRun(['drive', '--world', file, '--store', repo, '--now', '2025-11-01T00:00:00Z'], { env });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('create-test-report → Pass');
    const second = await krdRun(['drive', '--world', file, '--store', repo, '--now', '2025-11-01T00:15:00Z', '--json'], { env });
    expect(second.code).toBe(0);
    const out = JSON.parse(second.stdout) as { releases: { tasks: Record<string, { status: string }> }[] };
    expect(out.releases[0]?.tasks).toMatchObject({ 'create-test-report': { status: 'Pass' }, 'take-ownership': { status: 'Pass' } });
  });
});
