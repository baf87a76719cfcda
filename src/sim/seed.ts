/**
 * What the repository holds when a scenario starts: each release's y-stream tracking file
 * (so the driver can find and create releases as in production) and the StateBox the
 * scenario starts from, if it gives one.
 */
import { InputError } from '../core/errors';
import { isoSeconds } from '../core/time';
import { compareReleases, stateBoxPath, trackingFilePath, yStream } from '../core/version';
import type { StateStore } from '../ports/store';
import { type StateBox, stateBoxSchema } from '../statebox/schema';
import { fieldPath, parseReleaseFileText, serializeStateBox, serializeYaml } from '../statebox/yaml';
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

/** Writes the tracking files and starting StateBoxes into `store` (which must not hold them yet). */
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
    const path = trackingFilePath(y);
    const existing = await store.read(path);
    const merged: Record<string, unknown> = {};
    if (existing) {
      const parsed = parseReleaseFileText(existing.content, `${store.describe}: ${path}`);
      if (parsed.kind === 'tracking') Object.assign(merged, parsed.data.releases);
    }
    Object.assign(merged, releases);
    const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => compareReleases(a, b)));
    const content = serializeYaml({ releases: sorted });
    if (existing?.content === content) continue;
    await store.write(path, content, { sha: existing?.sha, message: `${y}: releases of the scenario ${scenario.name}` });
  }
  for (const box of boxes) {
    const path = stateBoxPath(box.release);
    const existing = await store.read(path);
    if (existing) continue; // a StateBox already there (a later `krd drive --world` step) wins
    await store.write(path, serializeStateBox(box), { sha: undefined, message: `${box.release}: StateBox of the scenario ${scenario.name}` });
  }
  return boxes;
}
