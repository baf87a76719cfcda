/** Racing `krd drive --world` runs on an empty store: seeding retries on a write conflict. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../src/adapters/store/local';
import { stateBoxPath } from '../src/core/version';
import { loadScenario } from '../src/sim/scenario';
import { seedStore } from '../src/sim/seed';
import type { StateStore, StoredFile, WriteOptions } from '../src/ports/store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'krd-seed-race-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A store whose reads all happen before any write: both seeders see an empty repository. */
function bothReadFirst(store: StateStore, gate: Promise<void>): StateStore {
  let first = true;
  return {
    describe: store.describe,
    read: (path: string): Promise<StoredFile | undefined> => store.read(path),
    list: (prefix: string) => store.list(prefix),
    write: async (path: string, content: string, options: WriteOptions) => {
      if (first) {
        first = false;
        await gate;
      }
      return store.write(path, content, options);
    },
  };
}

describe('seeding a scenario', () => {
  it('two runs seeding the same empty store at once: one writes, the other retries on the conflict and keeps what is there', async () => {
    const scenario = loadScenario(join(__dirname, '../scenarios/several-y-streams.yaml'));
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const slow = seedStore(bothReadFirst(new LocalStore(dir), gate), scenario);
    const fast = seedStore(new LocalStore(dir), scenario);
    await fast;
    open();
    const boxes = await slow;
    expect(boxes.map((b) => b.release).sort()).toEqual(['4.19.23', '4.20.7']);
    const written = await new LocalStore(dir).read(stateBoxPath('4.20.7'));
    expect(written?.content).toContain('release: 4.20.7');
  });
});
