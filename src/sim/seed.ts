/**
 * What the repository holds when a scenario starts: each release's y-stream tracking file
 * (so the driver can find and create releases as in production) and the StateBox the
 * scenario starts from, if it gives one.
 */
import { ConflictError, InputError } from '../core/errors';
import { isoSeconds } from '../core/time';
import { compareReleases, stateBoxPath, trackingFilePath, yStream } from '../core/version';
import type { StateStore } from '../ports/store';
import { type StateBox, stateBoxSchema } from '../core/model';
import { fieldPath, parseReleaseFileText, parseStateBoxText, serializeStateBox, serializeYaml } from '../statebox/yaml';
import { stableNumber } from './ids';
import type { Scenario, ScenarioRelease } from './scenario';

/** The StateBox a scenario release starts from, or undefined when the driver must create it. */
export function initialStateBox(r: ScenarioRelease, start: number, index: number, source = 'scenario'): StateBox | undefined {
  if (!r.statebox) return undefined;
  const at = isoSeconds(new Date(start));
  const draft = { schema_version: '1.0', release: r.release, created_at: at, updated_at: at, metadata: {}, tasks: [], issues: [], ...r.statebox };
  const parsed = stateBoxSchema.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${source}: releases[${index}].statebox.${fieldPath(issue.path)}: ${issue.message}.`);
  }
  return parsed.data;
}

/** The tracking-file entry ART would have added: advisories and the release Jira. */
function trackingEntry(r: ScenarioRelease, box: StateBox | undefined): Record<string, unknown> {
  if (box) {
    return {
      ...(box.metadata.advisory_ids ? { advisories: { ...box.metadata.advisory_ids } } : {}),
      ...(box.metadata.jira_ticket ? { release_jira: box.metadata.jira_ticket } : {}),
    };
  }
  const rpm = stableNumber(`advisory:${r.release}`, 150_000, 40_000);
  return { advisories: { rpm, rhcos: rpm + 1 }, release_jira: `ART-${stableNumber(`jira:${r.release}`, 10_000, 9_000)}` };
}

/**
 * Writes the tracking files and starting StateBoxes of the scenario into `store`, adding only what
 * it does not hold yet: what the store holds always wins (an existing tracking-file entry, other
 * entries and fields of the file, an existing StateBox), and a file the scenario adds nothing to is
 * never rewritten. So `krd drive --world FILE --store DIR` on a directory that already holds a
 * repository never replaces its advisories or StateBoxes with invented ones. Returns each starting
 * StateBox of the scenario as the store holds it afterwards.
 */
export async function seedStore(store: StateStore, scenario: Scenario): Promise<StateBox[]> {
  const boxes: StateBox[] = [];
  const byY = new Map<string, Record<string, unknown>>();
  for (const [i, r] of scenario.releases.entries()) {
    const box = initialStateBox(r, scenario.start, i, scenario.source);
    if (box) boxes.push(box);
    const y = yStream(r.release);
    const releases = byY.get(y) ?? {};
    releases[r.release] = trackingEntry(r, box);
    byY.set(y, releases);
  }
  for (const [y, releases] of byY) {
    await onConflictAgain(async () => {
      const path = trackingFilePath(y);
      const existing = await store.read(path);
      let file: Record<string, unknown> = {};
      let held: Record<string, unknown> = {};
      if (existing) {
        const where = `${store.describe}: ${path}`;
        const parsed = parseReleaseFileText(existing.content, where);
        if (parsed.kind !== 'tracking') throw new InputError(`${where} is not a y-stream tracking file (no "releases:" map); the scenario ${scenario.name} leaves it as it is.`);
        file = parsed.data;
        held = parsed.data.releases;
      }
      const added = Object.entries(releases).filter(([release]) => !Object.hasOwn(held, release));
      if (added.length === 0) return; // the file already names every release of the scenario: left as it is
      const merged = Object.fromEntries([...Object.entries(held), ...added].sort(([a], [b]) => compareReleases(a, b)));
      const content = serializeYaml({ ...file, releases: merged });
      await store.write(path, content, { sha: existing?.sha, message: `${y}: add ${added.map(([r]) => r).join(', ')} (scenario ${scenario.name})` });
    });
  }
  const held: StateBox[] = [];
  for (const box of boxes) {
    const path = stateBoxPath(box.release);
    held.push(
      await onConflictAgain(async () => {
        const existing = await store.read(path);
        // A StateBox already there (a later `krd drive --world` step, a real repository, a racing run) wins.
        if (existing) return parseStateBoxText(existing.content, `${store.describe}: ${path}`);
        await store.write(path, serializeStateBox(box), { sha: undefined, message: `${box.release}: StateBox of the scenario ${scenario.name}` });
        return box;
      }),
    );
  }
  return held;
}

/** Runs a read-then-write again when another writer (a racing `krd drive --world`) got there first. */
async function onConflictAgain<T>(step: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i += 1) {
    try {
      return await step();
    } catch (err) {
      if (!(err instanceof ConflictError) || i >= attempts) throw err;
    }
  }
}
