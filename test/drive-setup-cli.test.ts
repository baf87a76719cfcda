/**
 * `krd drive` with a broken setup: oar not installed, a variable oar needs not set, oar that
 * does not run, the MCP server not there or refusing our token, the analyzer not installed.
 * Each run exits 1 with one sentence that names what is missing and how to fix it, and leaves
 * every StateBox byte for byte as it was. krd runs in-process (test/helpers/krd-run.ts); the
 * tools it starts are real child processes; a real MCP server on 127.0.0.1, real temp directories.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../src/adapters/store/local';
import { stateBoxPath } from '../src/core/version';
import { loadStateBox } from '../src/statebox/repository';
import { driveOnce } from '../src/driver/drive';
import { buildDriverDeps, settingsFromEnv } from '../src/wiring';
import { FakeClock } from '../src/ports/clock';
import { RecordingLogger, T0, config, makeBox, tempDir, writeBox, writeTracking } from './helpers/fake-world';
import { krdRun } from './helpers/krd-run';
import { startMcpServer } from './helpers/mcp-server';
import { FAKE_OAR, OAR_ENV, type LocalReleaseController, startReleaseController } from './helpers/working-tools';

const NOW = '2025-11-01T00:00:00Z';
const RELEASES = ['4.20.1', '4.20.2'];

// A local Release Controller: a run that got past its setup would ask it about 4.20.x.
let rc: LocalReleaseController;
let rcRequests: string[];
beforeAll(async () => {
  rc = await startReleaseController(RELEASES);
  rcRequests = rc.requests;
});
afterAll(() => rc.close());

let repo: string;
let scratch: string;
let base: NodeJS.ProcessEnv;
beforeEach(async () => {
  repo = await tempDir('krd-setup-');
  scratch = await tempDir('krd-setup-tools-');
  rcRequests.length = 0;
  await writeTracking(repo, '4.20', RELEASES);
  // Both due to run create-test-report: a run that got that far would claim it and call oar.
  for (const release of RELEASES) await writeBox(repo, makeBox({ release, tasks: {} }));
  base = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    KRD_OWNER: 'qe@example.com',
    KRD_ANALYZER_COMMAND: 'none',
    KRD_RELEASE_CONTROLLER_URL: rc.url,
    ...OAR_ENV,
  };
});

/** Every StateBox file, byte for byte. */
const stateBoxes = () => Promise.all(RELEASES.map((r) => readFile(join(repo, stateBoxPath(r)), 'utf8')));

/** `krd drive` at NOW on the repository, in-process, with this environment. */
const drive = (env: NodeJS.ProcessEnv) => krdRun(['drive', '--store', repo, '--now', NOW], { env });

/** A port nothing listens on (taken, then freed). */
async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

describe('krd drive with a broken setup: exit 1, one sentence, every StateBox as it was', () => {
  it('oar not on PATH (the PATH of the environment krd drive is given)', async () => {
    const before = await stateBoxes();
    const emptyBin = await tempDir('krd-empty-bin-');
    const r = await drive({ ...base, PATH: emptyBin });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'krd drive: The oar CLI "oar" is not installed or not on PATH: install oar of openshift/release-tests on the runner (a step before this one), or set oar-command (KRD_OAR_COMMAND for krd drive) to its path.\n',
    );
    expect(r.stdout).toBe('');
    expect(await stateBoxes()).toEqual(before);
    expect(rcRequests).toEqual([]);
  });

  it('a variable oar needs is not set: the sentence names each one', async () => {
    const before = await stateBoxes();
    const { JIRA_USERNAME: _u, GITHUB_TOKEN: _g, ...rest } = base;
    const r = await drive({ ...rest, KRD_OAR_COMMAND: JSON.stringify([process.execPath, FAKE_OAR]) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'krd drive: The oar CLI needs JIRA_USERNAME, GITHUB_TOKEN, which are not set: set them in the env: of the step that runs the action (from secrets), or in the environment of krd drive.\n',
    );
    expect(r.stdout).toBe('');
    expect(await stateBoxes()).toEqual(before);
  });

  it('oar is there but does not run (`oar --help` fails): its last words and the fix', async () => {
    const before = await stateBoxes();
    await writeFile(join(scratch, 'responses.json'), JSON.stringify({ '--help': { stderr: "Traceback (most recent call last):\nModuleNotFoundError: No module named 'oar'\n", exit: 1 } }));
    const log = join(scratch, 'calls.jsonl');
    const r = await drive({
      ...base,
      KRD_OAR_COMMAND: JSON.stringify([process.execPath, FAKE_OAR]),
      FAKE_OAR_RESPONSES: join(scratch, 'responses.json'),
      FAKE_OAR_LOG: log,
      KRD_OAR_ENV: 'FAKE_OAR_RESPONSES FAKE_OAR_LOG',
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `krd drive: The oar CLI does not run: \`${process.execPath} ${FAKE_OAR} --help\` exited with code 1 (Traceback (most recent call last): | ModuleNotFoundError: No module named 'oar'); fix its installation or oar-command (KRD_OAR_COMMAND for krd drive).\n`,
    );
    expect(await stateBoxes()).toEqual(before);
    // oar was asked for its help and nothing else.
    expect((await readFile(log, 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as { argv: string[] }).argv)).toEqual([['--help']]);
  });

  it('the analyzer is not installed', async () => {
    const before = await stateBoxes();
    const r = await drive({ ...base, KRD_OAR_COMMAND: JSON.stringify([process.execPath, FAKE_OAR]), KRD_ANALYZER_COMMAND: 'krd-test-no-such-analyzer -p {build}' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'krd drive: The analyzer "krd-test-no-such-analyzer" is not installed or not on PATH: install it on the runner (Claude Code for the default command), or set analyzer-command (KRD_ANALYZER_COMMAND for krd drive, where none turns the analyzer off).\n',
    );
    expect(await stateBoxes()).toEqual(before);
  });

  it('the MCP server is not there (connection refused)', async () => {
    const before = await stateBoxes();
    const url = `http://127.0.0.1:${await freePort()}/mcp`;
    const r = await drive({ ...base, KRD_EXECUTOR: 'mcp', KRD_MCP_URL: url, KRD_MCP_TOKEN: 'a-token' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `krd drive: Nothing answers at ${url} (ECONNREFUSED): start the MCP server of release-tests there, or set mcp-url (KRD_MCP_URL for krd drive) to where it runs.\n`,
    );
    expect(r.stdout).toBe('');
    expect(await stateBoxes()).toEqual(before);
    expect(rcRequests).toEqual([]);
  });

  it.each([
    ['a wrong token', { KRD_MCP_TOKEN: 'wrong' }],
    ['no token', {}],
  ])('the MCP server answers 401 to %s', async (_name, token) => {
    const before = await stateBoxes();
    await using mcp = await startMcpServer({ requireHeader: { name: 'authorization', value: 'Bearer right' } });
    const r = await drive({ ...base, KRD_EXECUTOR: 'mcp', KRD_MCP_URL: mcp.url, ...token });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `krd drive: The MCP server at ${new URL(mcp.url).origin} refused our token (401): set mcp-token (KRD_MCP_TOKEN for krd drive) to a valid bearer token of that server.\n`,
    );
    expect(r.stdout).toBe('');
    expect(mcp.calls).toEqual([]);
    expect(await stateBoxes()).toEqual(before);
    expect(rcRequests).toEqual([]);
  });

  it('with a working MCP server the same run goes on (the preflight lets it through)', async () => {
    await using mcp = await startMcpServer({ requireHeader: { name: 'authorization', value: 'Bearer right' } });
    mcp.script('oar_create_test_report', { output: 'task [Create Test Report] status is changed to [Pass]' });
    const r = await drive({ ...base, KRD_EXECUTOR: 'mcp', KRD_MCP_URL: mcp.url, KRD_MCP_TOKEN: 'right' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(mcp.calls.map((c) => c.tool)).toEqual(['oar_create_test_report', 'oar_create_test_report']);
  });
});

describe('an MCP server that fails right now is an outage, not a setup error', () => {
  it('503 from its first answer: the run goes on without it within seconds of waiting (fake clock), says so, fails nothing', async () => {
    await using mcp = await startMcpServer();
    mcp.inject({ status: 503 });
    const before = await stateBoxes();
    const clock = new FakeClock(T0);
    const log = new RecordingLogger();
    const store = new LocalStore(repo);
    const deps = buildDriverDeps(settingsFromEnv({ ...base, KRD_EXECUTOR: 'mcp', KRD_MCP_URL: mcp.url }, { store, record: store, log, clock }));
    const result = await driveOnce(deps, { config: config() });
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThan(60_000);
    expect(log.of('warning').filter((m) => /^The executor does not answer \(The MCP server at .* answered 503/.test(m))).toHaveLength(1);
    expect(result.releases.map((r) => [r.release, r.error])).toEqual(RELEASES.map((r) => [r, undefined]));
    for (const r of result.releases) expect(r.statebox.tasks.filter((t) => t.status === 'Fail')).toEqual([]);
    expect(mcp.calls).toEqual([]);
    // What needs the executor waits (create-test-report not started, no claim left); the rest of
    // the step goes on (the candidate gate records that it waits for test results).
    for (const release of RELEASES) {
      const box = (await loadStateBox(store, release))!.box;
      expect(box.tasks.map((t) => [t.name, t.status])).toEqual([['analyze-candidate-build', 'In Progress']]);
      expect(box.driver?.['claims']).toBeUndefined();
    }
    expect(before).toHaveLength(RELEASES.length);
  });
});
