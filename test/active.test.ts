import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { activeReleases, isPastReleaseWindow, stateBoxFromTracking, validateNamedRelease } from '../src/driver/active';
import { LocalStore } from '../src/adapters/store/local';
import { InputError } from '../src/core/errors';
import { stateBoxPath } from '../src/core/version';
import type { StateStore, StoredFile, WriteOptions } from '../src/ports/store';
import { ALL_BEFORE_ADVISORY, RecordingLogger, makeBox, tempDir, writeBox, writeRepoFile, writeTracking } from './helpers/fake-world';

let repo: string;
let store: LocalStore;
const fixture = (name: string) => readFile(join(__dirname, 'fixtures', 'drive', name), 'utf8');

beforeEach(async () => {
  repo = await tempDir('krd-active-');
  store = new LocalStore(repo);
});

describe('activeReleases', () => {
  it('the latest release of the real 4.12 tracking file, while its release date + 1 day has not passed', async () => {
    await writeRepoFile(repo, '_releases/4.12/4.12.z.yaml', await fixture('4.12.z.yaml'));
    await writeRepoFile(repo, stateBoxPath('4.12.93'), await fixture('4.12.93.yaml'));
    await writeRepoFile(repo, stateBoxPath('4.12.87'), await fixture('4.12.87.yaml'));
    expect(await activeReleases(store, new Date('2026-07-05T00:00:00Z'))).toEqual(['4.12.93']);
    // release_date 2026-Jul-09: active until 2026-07-10T00:00Z.
    expect(await activeReleases(store, new Date('2026-07-09T23:59:59Z'))).toEqual(['4.12.93']);
    expect(await activeReleases(store, new Date('2026-07-10T00:00:00Z'))).toEqual([]);
  });

  it('orders versions numerically (4.16.9 < 4.16.65) and needs the StateBox of the latest one', async () => {
    await writeTracking(repo, '4.16', ['4.16.9', '4.16.65', '4.16.10']);
    await writeBox(repo, makeBox({ release: '4.16.10', tasks: {} }));
    expect(await activeReleases(store, new Date('2025-11-01T00:00:00Z'))).toEqual([]);
    await writeBox(repo, makeBox({ release: '4.16.65', tasks: {} }));
    expect(await activeReleases(store, new Date('2025-11-01T00:00:00Z'))).toEqual(['4.16.65']);
  });

  it('one release per y-stream, y-streams in order; a shipped release is not active', async () => {
    await writeTracking(repo, '4.20', ['4.20.1']);
    await writeTracking(repo, '4.9', ['4.9.3']);
    await writeTracking(repo, '4.19', ['4.19.7']);
    await writeBox(repo, makeBox({ release: '4.20.1', tasks: {} }));
    await writeBox(repo, makeBox({ release: '4.9.3', tasks: {} }));
    await writeBox(repo, makeBox({ release: '4.19.7', tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'Pass' } }));
    expect(await activeReleases(store, new Date('2025-11-01T00:00:00Z'))).toEqual(['4.9.3', '4.20.1']);
  });

  it('keeps a StateBox that does not parse in the list (the run reports it), with a warning', async () => {
    await writeTracking(repo, '4.20', ['4.20.1']);
    await writeRepoFile(repo, stateBoxPath('4.20.1'), 'release: [\n');
    const log = new RecordingLogger();
    expect(await activeReleases(store, new Date('2025-11-01T00:00:00Z'), [], { log })).toEqual(['4.20.1']);
    expect(log.of('warning').join()).toContain('4.20.1');
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
    await expect(activeReleases(store, now, ['4.20.7'])).rejects.toThrow(/4\.20\.7 has no StateBox .* is not listed in _releases\/4\.20\/4\.20\.z\.yaml/);
    await expect(activeReleases(store, now, ['latest'])).rejects.toThrow(InputError);
    await expect(validateNamedRelease(store, '4.21.0')).rejects.toThrow('not listed in _releases/4.21/4.21.z.yaml');
  });

  it('no tracking files at all: nothing is active (never guess a release)', async () => {
    expect(await activeReleases(store, new Date())).toEqual([]);
  });

  it('reads the tracking files in one batch, then the StateBoxes of the latest releases in another, when the store can', async () => {
    await writeTracking(repo, '4.20', ['4.20.0', '4.20.1']);
    await writeTracking(repo, '4.19', ['4.19.7']);
    await writeTracking(repo, '4.18', ['4.18.9', '4.18.10']);
    await writeBox(repo, makeBox({ release: '4.20.0', tasks: {} }));
    await writeBox(repo, makeBox({ release: '4.20.1', tasks: {} }));
    await writeBox(repo, makeBox({ release: '4.19.7', tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'Pass' } }));
    await writeBox(repo, makeBox({ release: '4.18.9', tasks: {} })); // 4.18.10, the latest, has none yet
    const batching = new BatchingStore(store);
    const now = new Date('2025-11-01T00:00:00Z');
    expect(await activeReleases(batching, now)).toEqual(['4.20.1']);
    expect(batching.batches).toEqual([
      ['_releases/4.18/4.18.z.yaml', '_releases/4.19/4.19.z.yaml', '_releases/4.20/4.20.z.yaml'],
      [stateBoxPath('4.19.7'), stateBoxPath('4.20.1')],
    ]);
    expect(batching.reads).toEqual([]);
    // The same answer from a store that reads one file at a time.
    expect(await activeReleases(store, now)).toEqual(['4.20.1']);
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
  it('ends one day after the release date; no date means still active', () => {
    const box = makeBox({});
    expect(isPastReleaseWindow(box, new Date('2025-11-04T23:59:59Z'))).toBe(false);
    expect(isPastReleaseWindow(box, new Date('2025-11-05T00:00:00Z'))).toBe(true);
    delete box.metadata.release_date;
    expect(isPastReleaseWindow(box, new Date('2099-01-01T00:00:00Z'))).toBe(false);
  });
});
