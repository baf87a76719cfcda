/**
 * The links a notification carries on the runner (src/ports/notifier.ts NotificationLinks):
 * this workflow run, the release's StateBox at the commit this run wrote (the commit that
 * recorded the message: messages go out only after it landed, src/driver/outbox.ts) and the
 * job of the task the message is about. The engine knows none of these; the action adds them
 * to each message on its way to the notifier.
 */
import type { Octokit } from '../adapters/github/octokit';
import { isFlowTask } from '../core/tasks';
import { isRelease, stateBoxPath } from '../core/version';
import type { Logger } from '../ports/logger';
import type { Notification, NotificationLinks, Notifier } from '../ports/notifier';
import type { StateStore } from '../ports/store';
import { parseStateBoxText } from '../statebox/yaml';

/** Repository path → the SHA of the last commit this run made to it. */
export type CommitLog = ReadonlyMap<string, string>;

interface ContentsAnswer {
  readonly content?: { readonly path?: unknown } | null;
  readonly commit?: { readonly sha?: unknown } | null;
}

/**
 * Remembers the commit of every file this client writes through the Contents API (its answer
 * names the file and the commit): no request of its own, nothing charged to the budget.
 */
export function watchCommits(octokit: Octokit): CommitLog {
  const commits = new Map<string, string>();
  octokit.hook.after('request', (response, options) => {
    if (String(options.method).toUpperCase() !== 'PUT') return;
    const data = response.data as ContentsAnswer | undefined;
    const path = data?.content?.path;
    const sha = data?.commit?.sha;
    if (typeof path === 'string' && typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha)) commits.set(path, sha);
  });
  return commits;
}

export interface LinkSource {
  /** This workflow run, when the runner says which it is. */
  readonly runUrl?: string;
  /** The GitHub web root (GITHUB_SERVER_URL): https://github.com or a GitHub Enterprise host. */
  readonly serverUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly commits: CommitLog;
  /** The StateBox store of this run (cached: the StateBox this run wrote is read from memory). */
  readonly store: StateStore;
  readonly log?: Logger;
}

/** The flow task a notification is about, from its key (`{release}:task:{task}:…`, `:stuck:`, `:unrecorded-start:`). */
export function taskOfKey(key: string, release: string): string | undefined {
  if (!key.startsWith(`${release}:`)) return undefined;
  const [kind, task] = key.slice(release.length + 1).split(':');
  return (kind === 'task' || kind === 'stuck' || kind === 'unrecorded-start') && isFlowTask(task) ? task : undefined;
}

function webPath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The links of one notification; what cannot be known is left out, never guessed. */
export async function linksOf(message: Notification, source: LinkSource): Promise<NotificationLinks> {
  const run = source.runUrl ? { run: source.runUrl } : {};
  // A message about the whole run (a broken setup: release `all`) has no StateBox.
  if (!isRelease(message.release)) return run;
  const path = stateBoxPath(message.release);
  const sha = source.commits.get(path);
  const server = source.serverUrl.replace(/\/+$/, '');
  let job: string | undefined;
  const task = taskOfKey(message.key, message.release);
  if (task) {
    try {
      const file = await source.store.read(path);
      const url = file ? parseStateBoxText(file.content, path, message.release).tasks.find((t) => t.name === task)?.job?.url : undefined;
      if (typeof url === 'string' && /^https?:\/\//i.test(url)) job = url;
    } catch (err) {
      source.log?.debug(`No job link for ${message.key}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return {
    ...run,
    ...(sha ? { statebox: `${server}/${encodeURIComponent(source.owner)}/${encodeURIComponent(source.repo)}/blob/${sha}/${webPath(path)}` } : {}),
    ...(job ? { job } : {}),
  };
}

/** The notifier with each message's links added on the way. */
export function linkedNotifier(inner: Notifier, source: LinkSource): Notifier {
  return {
    notify: async (message, thread) => {
      const links = { ...(await linksOf(message, source)), ...message.links };
      return inner.notify(Object.keys(links).length > 0 ? { ...message, links } : message, thread);
    },
  };
}
