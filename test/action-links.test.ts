/**
 * The links the action adds to each notification (src/action/links.ts): the run, the StateBox
 * at the commit this run wrote, the task's job; what is not known is left out.
 */
import { describe, expect, it } from 'vitest';
import { linkedNotifier, linksOf, taskOfKey, type LinkSource } from '../src/action/links';
import { stateBoxPath } from '../src/core/version';
import type { Notification, NotifyResult } from '../src/ports/notifier';
import type { StateStore, StoredFile } from '../src/ports/store';
import { serializeStateBox } from '../src/statebox/yaml';
import { CHAIN_PASS, makeBox } from './helpers/fake-world';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const JOB = 'https://jenkins.example/job/Stage-Pipeline/1663/';

function storeWith(files: Record<string, string>): StateStore & { reads: string[] } {
  const reads: string[] = [];
  return {
    describe: 'memory',
    reads,
    read: async (path): Promise<StoredFile | undefined> => {
      reads.push(path);
      return files[path] === undefined ? undefined : { path, content: files[path]!, sha: 'b' };
    },
    write: async () => ({ sha: 'b' }),
    list: async () => Object.keys(files),
  };
}

const box = makeBox({ tasks: { ...CHAIN_PASS, 'stage-testing': { status: 'Fail', job: { id: '1663', url: JOB } }, 'push-to-cdn-staging': { status: 'Pass', job: { id: '7', url: 'javascript:alert(1)' } } } });
const source = (over: Partial<LinkSource> = {}): LinkSource => ({
  runUrl: 'https://github.example/octo/releases/actions/runs/42',
  serverUrl: 'https://github.example/',
  owner: 'octo',
  repo: 'releases',
  commits: new Map([[stateBoxPath('4.20.1'), SHA]]),
  store: storeWith({ [stateBoxPath('4.20.1')]: serializeStateBox(box) }),
  ...over,
});
const message = (key: string, release = '4.20.1'): Notification => ({ key, release, kind: 'task-fail', text: 'x' });

describe('taskOfKey', () => {
  it.each([
    ['4.20.1:task:stage-testing:Fail:reset=2025-11-01T00:00:00Z', 'stage-testing'],
    ['4.20.1:stuck:push-to-cdn-staging:2025-11-01T00:00:00Z', 'push-to-cdn-staging'],
    ['4.20.1:unrecorded-start:image-consistency-check:run@2025-11-01T00:00:00Z', 'image-consistency-check'],
    ['4.20.1:red:stage-testing@/', undefined],
    ['4.20.1:task:no-such-task:Fail:', undefined],
    ['4.19.7:task:stage-testing:Fail:', undefined],
  ])('%s → %s', (key, task) => {
    expect(taskOfKey(key, '4.20.1')).toBe(task);
  });
});

describe('linksOf', () => {
  it('a task message: the run, the StateBox at the commit this run wrote, the job', async () => {
    expect(await linksOf(message('4.20.1:task:stage-testing:Fail:'), source())).toEqual({
      run: 'https://github.example/octo/releases/actions/runs/42',
      statebox: `https://github.example/octo/releases/blob/${SHA}/_releases/4.20/statebox/4.20.1.yaml`,
      job: JOB,
    });
  });

  it('a release message has no job; a job URL that is not http(s) is left out', async () => {
    expect(await linksOf(message('4.20.1:red:x'), source())).not.toHaveProperty('job');
    expect(await linksOf(message('4.20.1:task:push-to-cdn-staging:Pass:'), source())).not.toHaveProperty('job');
  });

  it('no commit of this run, no StateBox link; no run id, no run link; an unreadable StateBox, no job', async () => {
    const broken: StateStore = { describe: 'x', read: async () => Promise.reject(new Error('GitHub down')), write: async () => ({ sha: '' }), list: async () => [] };
    expect(await linksOf(message('4.20.1:task:stage-testing:Fail:'), source({ commits: new Map(), runUrl: undefined, store: broken }))).toEqual({});
  });

  it('a message about the whole run (a broken setup, release `all`) links the run only and reads nothing', async () => {
    const store = storeWith({});
    expect(await linksOf(message('setup:2025-11-01', 'all'), source({ store }))).toEqual({ run: 'https://github.example/octo/releases/actions/runs/42' });
    expect(store.reads).toEqual([]);
  });
});

describe('linkedNotifier', () => {
  it('hands the message on with its links and returns what the notifier answered', async () => {
    const seen: Notification[] = [];
    const inner = { notify: async (m: Notification): Promise<NotifyResult> => (seen.push(m), { thread: 't1' }) };
    expect(await linkedNotifier(inner, source()).notify(message('4.20.1:task:stage-testing:Fail:'), undefined)).toEqual({ thread: 't1' });
    expect(seen[0]?.links?.job).toBe(JOB);
  });
});
