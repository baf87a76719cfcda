/**
 * A simulation never writes over what a directory holds (issue 14): `krd simulate --out DIR`
 * refuses a non-empty DIR unless --force; `krd drive --world FILE --store DIR` adds only what
 * the directory lacks (seedStore): an existing tracking-file entry or StateBox wins over the
 * scenario's, and a file the scenario adds nothing to is not rewritten.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stateBoxPath, trackingFilePath } from '../src/core/version';
import { MemoryStore } from '../src/sim/memory-store';
import { parseScenario } from '../src/sim/scenario';
import { seedStore } from '../src/sim/seed';
import { parseStateBoxText, serializeStateBox } from '../src/statebox/yaml';
import { makeBox } from './helpers/fake-world';
import { krdRun } from './helpers/krd-run';
import { oneReleaseScenario } from './helpers/scenario-text';

const SCENARIO = oneReleaseScenario('world-store', '1h');

// A real repository's tracking file: its own advisories, a comment, a field the scenario knows nothing of.
const TRACKING = `# maintained by ART
releases:
  4.20.0:
    advisories:
      rpm: 150001
      rhcos: 150002
    release_jira: ART-14000
  4.20.1:
    advisories:
      rpm: 155454
      rhcos: 155455
    release_jira: ART-14188
owner: art-team
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'krd-world-store-'));
  await writeFile(join(dir, 'world.yaml'), SCENARIO);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const krd = (argv: string[]) => krdRun(argv, { cwd: dir });

async function put(path: string, content: string): Promise<void> {
  await mkdir(join(dir, path, '..'), { recursive: true });
  await writeFile(join(dir, path), content);
}

describe('krd simulate --out DIR', () => {
  it('refuses a directory that holds files (exit 1, one sentence, nothing written, nothing run)', async () => {
    await put('out/notes.txt', 'mine\n');
    const r = await krd(['simulate', 'world.yaml', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'krd simulate: --out out is not empty (notes.txt): krd simulate writes a whole simulated repository there. Give a new or empty directory, or add --force to write over it.\n',
    );
    expect(await readdir(join(dir, 'out'))).toEqual(['notes.txt']);
  });

  it('writes into a new or an empty directory', async () => {
    await mkdir(join(dir, 'empty'));
    for (const out of ['empty', 'new/deeper']) {
      const r = await krd(['simulate', 'world.yaml', '--out', out]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Wrote 2 files under ${join(dir, out)}.`);
      expect(parseStateBoxText(await readFile(join(dir, out, stateBoxPath('4.20.1')), 'utf8'), 'x').release).toBe('4.20.1');
    }
  });

  it('--force writes into a directory that holds files, leaving the others be', async () => {
    await put('out/notes.txt', 'mine\n');
    const r = await krd(['simulate', 'world.yaml', '--out', 'out', '--force']);
    expect(r.code).toBe(0);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['_releases', 'notes.txt']);
    expect(await readFile(join(dir, 'out/notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('--out naming a file, and --force without --out, are refused', async () => {
    await put('file.txt', 'x');
    const file = await krd(['simulate', 'world.yaml', '--out', 'file.txt']);
    expect(file.code).toBe(1);
    expect(file.stderr).toBe('krd simulate: --out file.txt is a file, not a directory: give a new or empty directory.\n');
    const force = await krd(['simulate', 'world.yaml', '--force']);
    expect(force.code).toBe(2);
    expect(force.stderr).toMatch(/^krd simulate: --force only applies with --out DIR\.\nUsage: krd simulate /);
  });
});

describe('krd drive --world FILE --store DIR on a directory that holds a repository', () => {
  it('leaves the tracking file byte for byte and keeps the StateBox it holds (its advisories, not the invented ones)', async () => {
    await put(trackingFilePath('4.20'), TRACKING);
    const mine = makeBox({ tasks: {} });
    await put(stateBoxPath('4.20.1'), serializeStateBox(mine));
    const r = await krd(['drive', '--world', 'world.yaml', '--store', '.', '--now', '2025-11-01T00:00:00Z', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(await readFile(join(dir, trackingFilePath('4.20')), 'utf8')).toBe(TRACKING);
    // The step drove the StateBox that was there: its metadata is the repository's own.
    const box = parseStateBoxText(await readFile(join(dir, stateBoxPath('4.20.1')), 'utf8'), 'x');
    expect(box.metadata).toMatchObject({ jira_ticket: 'ART-14188', advisory_ids: { rpm: 155454, rhcos: 155455 } });
    expect(box.created_at).toBe(mine.created_at);
  });

  it('on an empty directory it writes the scenario\'s files, and the next step rewrites neither', async () => {
    await mkdir(join(dir, 'repo'));
    expect((await krd(['drive', '--world', 'world.yaml', '--store', 'repo', '--now', '2025-11-01T00:00:00Z'])).code).toBe(0);
    const tracking = await readFile(join(dir, 'repo', trackingFilePath('4.20')), 'utf8');
    expect(tracking).toContain('release_jira: ART-1\n');
    expect((await krd(['drive', '--world', 'world.yaml', '--store', 'repo', '--now', '2025-11-01T00:15:00Z'])).code).toBe(0);
    expect(await readFile(join(dir, 'repo', trackingFilePath('4.20')), 'utf8')).toBe(tracking);
  });
});

describe('seedStore: what the store holds wins', () => {
  const twoReleases = parseScenario(
    `${SCENARIO}  - release: 4.20.2\n    world: {promoted_at: 6h}\n`,
    'two',
  );

  it('adds only the entries the tracking file lacks, keeping its entries and fields; a second seed writes nothing', async () => {
    const store = new MemoryStore({ describe: 'repo' });
    await store.write(trackingFilePath('4.20'), TRACKING, { sha: undefined, message: 'ART' });
    await seedStore(store, twoReleases);
    const written = await store.read(trackingFilePath('4.20'));
    expect(written?.content).toContain('owner: art-team');
    expect(written?.content).toMatch(/4\.20\.1:\n {4}advisories:\n {6}rpm: 155454\n {6}rhcos: 155455\n {4}release_jira: ART-14188\n/);
    expect(written?.content).toMatch(/4\.20\.0:\n {4}advisories:\n {6}rpm: 150001\n/);
    expect(written?.content).toMatch(/4\.20\.2:\n {4}advisories:/);
    expect(store.commits.map((c) => c.message)).toEqual(['ART', '4.20: add 4.20.2 (scenario world-store)', '4.20.1: StateBox of the scenario world-store']);

    const before = store.commits.length;
    await seedStore(store, twoReleases);
    expect(store.commits).toHaveLength(before);
  });

  it('nothing is written when the store already holds every release of the scenario and its StateBox', async () => {
    const store = new MemoryStore({ describe: 'repo' });
    await store.write(trackingFilePath('4.20'), TRACKING, { sha: undefined, message: 'ART' });
    const mine = makeBox({ tasks: { 'create-test-report': 'Pass' } });
    await store.write(stateBoxPath('4.20.1'), serializeStateBox(mine), { sha: undefined, message: 'driver' });
    const scenario = parseScenario(SCENARIO, 'one');
    const seeded = await seedStore(store, scenario);
    expect(store.commits.map((c) => c.message)).toEqual(['ART', 'driver']);
    expect((await store.read(trackingFilePath('4.20')))?.content).toBe(TRACKING);
    // What it returns is the StateBox as the store holds it, not the scenario's.
    expect(seeded).toEqual([mine]);
  });

  it('refuses to write over a file at the tracking path that is not a tracking file', async () => {
    const store = new MemoryStore({ describe: 'repo' });
    await store.write(trackingFilePath('4.20'), serializeStateBox(makeBox({ release: '4.20.9' })), { sha: undefined, message: 'odd' });
    await expect(seedStore(store, parseScenario(SCENARIO, 'one'))).rejects.toThrow(/is not a y-stream tracking file/);
    expect(store.commits).toHaveLength(1);
  });
});
