import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CANDIDATES_PER_Y_STREAM, activeReleases, findActiveReleases, isPastReleaseWindow, stateBoxFromTracking, validateNamedRelease } from '../src/driver/active';
import { LocalStore } from '../src/adapters/store/local';
import { InputError } from '../src/core/errors';
import { stateBoxPath } from '../src/core/version';
import type { StateStore, StoredFile, WriteOptions } from '../src/ports/store';
import { ALL_BEFORE_ADVISORY, RecordingLogger, makeBox, tempDir, writeBox, writeRepoFile, writeTracking } from './helpers/fake-world';

let repo: string;
let store: LocalStore;
const fixture = (name: string) => readFile(join(__dirname, 'fixtures', 'drive', name), 'utf8');
const UPSTREAM = join(__dirname, 'fixtures', 'statebox', 'upstream');

beforeEach(async () => {
  repo = await tempDir('krd-active-');
  store = new LocalStore(repo);
});

describe('activeReleases', () => {
  it('the latest release of the real 4.12 tracking file, through release date + 1 day (the whole day)', async () => {
    await writeRepoFile(repo, '_releases/4.12/4.12.z.yaml', await fixture('4.12.z.yaml'));
    await writeRepoFile(repo, stateBoxPath('4.12.93'), await fixture('4.12.93.yaml'));
    await writeRepoFile(repo, stateBoxPath('4.12.87'), await fixture('4.12.87.yaml'));
    expect(await activeReleases(store, new Date('2026-07-05T00:00:00Z'))).toEqual(['4.12.93']);
    // release_date 2026-Jul-09: active until 00:00 UTC of 2026-07-11.
    expect(await activeReleases(store, new Date('2026-07-10T23:59:59Z'))).toEqual(['4.12.93']);
    expect(await activeReleases(store, new Date('2026-07-11T00:00:00Z'))).toEqual([]);
  });

  it('every listed release with a StateBox counts, not only the latest listed; versions ordered numerically', async () => {
    await writeTracking(repo, '4.16', ['4.16.9', '4.16.65', '4.16.10']);
    await writeBox(repo, makeBox({ release: '4.16.10', tasks: {} }));
    await writeBox(repo, makeBox({ release: '4.16.9', tasks: {}, metadata: { release_date: '2025-Oct-01' } }));
    const now = new Date('2025-11-01T00:00:00Z');
    // 4.16.65, the latest listed, has no StateBox yet; 4.16.9 is past its window.
    expect(await activeReleases(store, now)).toEqual(['4.16.10']);
    await writeBox(repo, makeBox({ release: '4.16.65', tasks: {} }));
    expect(await activeReleases(store, now)).toEqual(['4.16.10', '4.16.65']);
  });

  it('y-streams in order; a shipped release is not active', async () => {
    await writeTracking(repo, '4.20', ['4.20.1']);
    await writeTracking(repo, '4.9', ['4.9.3']);
    await writeTracking(repo, '4.19', ['4.19.7']);
    await writeBox(repo, makeBox({ release: '4.20.1', tasks: {} }));
    await writeBox(repo, makeBox({ release: '4.9.3', tasks: {} }));
    await writeBox(repo, makeBox({ release: '4.19.7', tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'Pass' } }));
    expect(await activeReleases(store, new Date('2025-11-01T00:00:00Z'))).toEqual(['4.9.3', '4.20.1']);
  });

  it('a newer z-stream does not end an older one\'s work: 4.18.35 in change-advisory-status while 4.18.36 is listed', async () => {
    await writeTracking(repo, '4.18', ['4.18.34', '4.18.35', '4.18.36']);
    await writeBox(repo, makeBox({ release: '4.18.34', tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'Pass' }, metadata: { release_date: '2025-Oct-28' } }));
    // change-advisory-status started at release date − 1 day with its 2-day deadline.
    const cas = { status: 'In Progress' as const, started_at: '2025-11-03T00:00:00Z', deadline: '2025-11-05T00:00:00Z' };
    await writeBox(repo, makeBox({ release: '4.18.35', tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': cas } }));
    await writeBox(repo, makeBox({ release: '4.18.36', tasks: {}, metadata: { release_date: '2025-Nov-18' } }));
    const at = async (now: string) => (await findActiveReleases(store, new Date(now))).map((a) => `${a.release} ${a.reason}`);
    expect(await at('2025-11-04T12:00:00Z')).toEqual(['4.18.35 in-window', '4.18.36 in-window']);
    // Past 4.18.35's window its deadline is still to be checked: the timeout Fail or a late Pass gets recorded.
    expect(await at('2025-11-06T00:00:00Z')).toEqual(['4.18.35 driver-work', '4.18.36 in-window']);
    // The run records the timeout: Red, listed for 7 days.
    await writeBox(repo, makeBox({ release: '4.18.35', tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': { ...cas, status: 'Fail', completed_at: '2025-11-06T00:00:00Z' } } }));
    expect(await at('2025-11-12T23:59:59Z')).toEqual(['4.18.35 red-visible', '4.18.36 in-window']);
    expect(await at('2025-11-13T00:00:00Z')).toEqual(['4.18.36 in-window']);
  });

  it(`reads only the newest ${CANDIDATES_PER_Y_STREAM} listed releases with a StateBox of each y-stream`, async () => {
    await writeTracking(repo, '4.20', ['4.20.1', '4.20.2', '4.20.3', '4.20.4', '4.20.5', '4.20.6']);
    // 4.20.6 has no StateBox; all the others are in their window, and 4.20.1 has a job running.
    for (const r of ['4.20.1', '4.20.2', '4.20.3', '4.20.4', '4.20.5']) {
      await writeBox(repo, makeBox({ release: r, tasks: r === '4.20.1' ? { 'stage-testing': { status: 'In Progress', job: { id: '1' } } } : {} }));
    }
    await writeTracking(repo, '4.19', ['4.19.7']);
    await writeBox(repo, makeBox({ release: '4.19.7', tasks: {} }));
    const batching = new BatchingStore(store);
    expect(await activeReleases(batching, new Date('2025-11-01T00:00:00Z'))).toEqual(['4.19.7', '4.20.3', '4.20.4', '4.20.5']);
    expect(batching.batches[1]).toEqual(['4.19.7', '4.20.5', '4.20.4', '4.20.3'].map(stateBoxPath));
    expect(batching.reads).toEqual([]);
  });

  it('keeps the newest StateBox of a y-stream in the list when it does not parse (the run reports it), with a warning', async () => {
    await writeTracking(repo, '4.20', ['4.20.1']);
    await writeRepoFile(repo, stateBoxPath('4.20.1'), 'release: [\n');
    const log = new RecordingLogger();
    expect(await findActiveReleases(store, new Date('2025-11-01T00:00:00Z'), [], { log })).toEqual([
      { release: '4.20.1', reason: 'unreadable', why: expect.stringContaining('could not be read') },
    ]);
    expect(log.of('warning').join()).toContain('4.20.1');
  });

  it('an older StateBox that does not parse is only warned about', async () => {
    await writeTracking(repo, '4.20', ['4.20.0', '4.20.1']);
    await writeRepoFile(repo, stateBoxPath('4.20.0'), 'release: [\n');
    await writeBox(repo, makeBox({ release: '4.20.1', tasks: {} }));
    const log = new RecordingLogger();
    expect(await activeReleases(store, new Date('2025-11-01T00:00:00Z'), [], { log })).toEqual(['4.20.1']);
    expect(log.of('warning')).toEqual([expect.stringMatching(/^4\.20\.0: /)]);
  });

  it('skips a broken tracking file with a warning naming it', async () => {
    await writeRepoFile(repo, '_releases/4.20/4.20.z.yaml', 'releases: [1, 2\n');
    await writeTracking(repo, '4.19', ['4.19.7']);
    await writeBox(repo, makeBox({ release: '4.19.7', tasks: {} }));
    const log = new RecordingLogger();
    expect(await activeReleases(store, new Date('2025-11-01T00:00:00Z'), [], { log })).toEqual(['4.19.7']);
    expect(log.of('warning')[0]).toMatch(/Skipping y-stream 4\.20: .*4\.20\.z\.yaml/);
  });

  it('adds releases named explicitly, validated: a tracking entry or a StateBox is required', async () => {
    await writeTracking(repo, '4.20', ['4.20.0', '4.20.1']);
    await writeBox(repo, makeBox({ release: '4.20.1', tasks: {} }));
    const now = new Date('2025-11-01T00:00:00Z');
    expect(await activeReleases(store, now, ['4.20.0'])).toEqual(['4.20.1', '4.20.0']);
    expect(await activeReleases(store, now, ['4.20.1'])).toEqual(['4.20.1']);
    expect((await findActiveReleases(store, now, ['4.20.0'])).map((a) => a.reason)).toEqual(['in-window', 'named']);
    await expect(activeReleases(store, now, ['4.20.7'])).rejects.toThrow(/4\.20\.7 has no StateBox .* is not listed in _releases\/4\.20\/4\.20\.z\.yaml/);
    await expect(activeReleases(store, now, ['latest'])).rejects.toThrow(InputError);
    await expect(validateNamedRelease(store, '4.21.0')).rejects.toThrow('not listed in _releases/4.21/4.21.z.yaml');
  });

  it('no tracking files at all: nothing is active (never guess a release)', async () => {
    expect(await activeReleases(store, new Date())).toEqual([]);
  });

  it("upstream's real StateBoxes: the abandoned ones are not revived; only the newest few of each y-stream are read", async () => {
    for (const y of ['4.12', '4.16', '5.0']) {
      for (const f of await readdir(join(UPSTREAM, y))) {
        const text = await readFile(join(UPSTREAM, y, f), 'utf8');
        await writeRepoFile(repo, f.endsWith('.z.yaml') ? `_releases/${y}/${f}` : stateBoxPath(f.replace(/\.yaml$/, '')), text);
      }
    }
    const batching = new BatchingStore(store);
    // 4.12.93 (2026-Jul-09) in its window; 4.16.65 shipped; 5.0.0-ec.3 is not listed in 5.0.z.yaml.
    expect(await findActiveReleases(batching, new Date('2026-07-02T12:00:00Z'))).toEqual([
      { release: '4.12.93', reason: 'in-window', why: "release date 2026-Jul-09: in upstream's window until 2026-07-11T00:00Z" },
    ]);
    expect(batching.batches[1]).toEqual(['4.12.93', '4.12.92', '4.12.91', '4.16.65', '4.16.64', '4.16.63'].map(stateBoxPath));
    // 4.16.64's change-advisory-status timed out on 2026-06-19T09:46Z: Red, listed for 7 days.
    expect(await findActiveReleases(store, new Date('2026-06-20T00:00:00Z'))).toMatchObject([
      { release: '4.12.93', reason: 'in-window' },
      { release: '4.16.64', reason: 'red-visible' },
    ]);
    // Months later nothing is active, though 4.12.87, 4.12.88 and 4.16.55 were left in change-advisory-status.
    expect(await activeReleases(store, new Date('2027-01-01T00:00:00Z'))).toEqual([]);
  });

  it('reads the tracking files in one batch, then the StateBoxes of the candidates in another, when the store can', async () => {
    await writeTracking(repo, '4.20', ['4.20.0', '4.20.1']);
    await writeTracking(repo, '4.19', ['4.19.7']);
    await writeTracking(repo, '4.18', ['4.18.9', '4.18.10']);
    await writeBox(repo, makeBox({ release: '4.20.0', tasks: {} }));
    await writeBox(repo, makeBox({ release: '4.20.1', tasks: {} }));
    await writeBox(repo, makeBox({ release: '4.19.7', tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'Pass' } }));
    await writeBox(repo, makeBox({ release: '4.18.9', tasks: {} })); // 4.18.10, the latest, has none yet
    const batching = new BatchingStore(store);
    const now = new Date('2025-11-01T00:00:00Z');
    expect(await activeReleases(batching, now)).toEqual(['4.18.9', '4.20.0', '4.20.1']);
    expect(batching.batches).toEqual([
      ['_releases/4.18/4.18.z.yaml', '_releases/4.19/4.19.z.yaml', '_releases/4.20/4.20.z.yaml'],
      [stateBoxPath('4.18.9'), stateBoxPath('4.19.7'), stateBoxPath('4.20.1'), stateBoxPath('4.20.0')],
    ]);
    expect(batching.reads).toEqual([]);
    // The same answer from a store that reads one file at a time.
    expect(await activeReleases(store, now)).toEqual(['4.18.9', '4.20.0', '4.20.1']);
  });

  it('reads on its own what a batch left out', async () => {
    await writeTracking(repo, '4.20', ['4.20.1']);
    await writeTracking(repo, '4.19', ['4.19.7']);
    await writeBox(repo, makeBox({ release: '4.20.1', tasks: {} }));
    await writeBox(repo, makeBox({ release: '4.19.7', tasks: {} }));
    const batching = new BatchingStore(store, (path) => !path.includes('4.20'));
    expect(await activeReleases(batching, new Date('2025-11-01T00:00:00Z'))).toEqual(['4.19.7', '4.20.1']);
    expect(batching.reads).toEqual(['_releases/4.20/4.20.z.yaml', stateBoxPath('4.20.1')]);
  });
});

/** A store with a batch read that records its calls; `gives` decides which paths a batch returns. */
class BatchingStore implements StateStore {
  readonly describe = 'batching';
  readonly batches: string[][] = [];
  readonly reads: string[] = [];
  constructor(
    private readonly inner: StateStore,
    private readonly gives: (path: string) => boolean = () => true,
  ) {}
  async readMany(paths: readonly string[]): Promise<ReadonlyMap<string, StoredFile>> {
    this.batches.push([...paths]);
    const found = new Map<string, StoredFile>();
    for (const path of paths.filter(this.gives)) {
      const file = await this.inner.read(path);
      if (file) found.set(path, file);
    }
    return found;
  }
  read(path: string): Promise<StoredFile | undefined> {
    this.reads.push(path);
    return this.inner.read(path);
  }
  list(prefix: string): Promise<string[]> {
    return this.inner.list(prefix);
  }
  write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }> {
    return this.inner.write(path, content, options);
  }
}

describe('stateBoxFromTracking', () => {
  it('creates the StateBox from the advisories and Jira ticket of the real tracking file', async () => {
    await writeRepoFile(repo, '_releases/4.12/4.12.z.yaml', await fixture('4.12.z.yaml'));
    const box = await stateBoxFromTracking(store, '4.12.93', new Date('2026-07-01T10:00:06Z'));
    expect(box).toEqual({
      schema_version: '1.0',
      release: '4.12.93',
      created_at: '2026-07-01T10:00:06Z',
      updated_at: '2026-07-01T10:00:06Z',
      metadata: { jira_ticket: 'ART-21475', advisory_ids: { rhcos: 169294, rpm: 169293 } },
      tasks: [],
      issues: [],
    });
  });

  it('a release the tracking file does not list is a clear error', async () => {
    await writeTracking(repo, '4.20', ['4.20.1']);
    await expect(stateBoxFromTracking(store, '4.20.2', new Date())).rejects.toThrow(/4\.20\.2 has no StateBox .* not listed in _releases\/4\.20\/4\.20\.z\.yaml/);
  });
});

describe('isPastReleaseWindow', () => {
  it('ends at 00:00 UTC of release date + 2 days (release date + 1 day is the last whole day); no date means still active', () => {
    const box = makeBox({});
    expect(isPastReleaseWindow(box, new Date('2025-11-05T23:59:59Z'))).toBe(false);
    expect(isPastReleaseWindow(box, new Date('2025-11-06T00:00:00Z'))).toBe(true);
    delete box.metadata.release_date;
    expect(isPastReleaseWindow(box, new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });
});
