/**
 * `/release:status`: read-only. It answers from the StateBoxes as they are: no step, no probe,
 * no executor (it answers even while oar or the MCP server is unreachable), no commit.
 */
import { errorMessage } from '../core/errors';
import { decide } from '../core/decide';
import { loadStateBox } from '../statebox/repository';
import type { StateStore } from '../ports/store';
import { activeReleases, validateNamedRelease } from './active';
import type { DriverConfig, HumanCommand, ReleaseRunResult, RunResult } from './types';

export async function statusOnly(store: StateStore, command: Extract<HumanCommand, { kind: 'status' }>, now: Date, config: DriverConfig): Promise<RunResult> {
  let releases: string[];
  try {
    releases = command.release !== undefined ? [await validateNamedRelease(store, command.release)] : await activeReleases(store, now);
  } catch (err) {
    return { releases: [], events: [], replies: [{ command, error: errorMessage(err) }] };
  }
  const results: ReleaseRunResult[] = [];
  for (const release of releases) {
    const loaded = await loadStateBox(store, release);
    if (!loaded) continue;
    // What the StateBox says it waits on; outside systems are not asked.
    const decision = decide(loaded.box, {}, now, config);
    results.push({
      release,
      overall: decision.overall,
      statebox: loaded.box,
      waits: decision.waits,
      waitsOn: decision.waitsOn,
      wrote: false,
      ...(decision.notes.length ? { notes: decision.notes } : {}),
    });
  }
  const n = results.length;
  const reply = n === 0 ? 'No active release right now.' : `Status of ${n} release${n === 1 ? '' : 's'}, read from the StateBox: nothing was run or written.`;
  return { releases: results, events: [], replies: [{ command, reply }] };
}
