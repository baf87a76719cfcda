import { resolve } from 'node:path';
import { InputError } from '../../core/errors';
import { parseRelease } from '../../core/version';
import { driveOnce } from '../../driver/drive';
import { DEFAULT_DRIVER_CONFIG, type DriverConfig, type DriverDeps, type HumanCommand, type Logger, type RunResult } from '../../driver/types';
import { systemClock, type Clock } from '../../ports/clock';
import type { StateStore } from '../../ports/store';
import { RunCachedStore } from '../../adapters/store/cached';
import { viewOfResult } from '../../adapters/notify/release-view';
import { parseCommandArgs } from '../args';
import { openStore } from '../store-option';
import { releaseJson } from '../release-json';
import { type CliIO, type Command, UsageError } from '../io';
import { DRIVE } from './specs';

/** A clock that starts at `--now` and moves with real time (real adapters still sleep for real). */
export function clockFrom(now: Date | undefined): Clock {
  if (!now) return systemClock;
  const offset = now.getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset), sleep: systemClock.sleep };
}

function parseNow(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(ms)) {
    throw new InputError(`--now ${JSON.stringify(text)} is not a time: expected ISO 8601 such as 2025-11-03T00:00:00Z.`);
  }
  return new Date(ms);
}

function stderrLogger(io: CliIO): Logger {
  return {
    info: (m) => io.stderr(`${m}\n`),
    warning: (m) => io.stderr(`warning: ${m}\n`),
    error: (m) => io.stderr(`error: ${m}\n`),
    debug: () => undefined,
  };
}

interface Wired {
  readonly deps: DriverDeps;
  readonly config: DriverConfig;
  readonly releases: readonly string[];
  readonly commands: readonly HumanCommand[];
}

async function wire(values: Record<string, unknown>, io: CliIO, log: Logger, now: Date | undefined): Promise<Wired> {
  const storeArg = values['store'] as string | undefined;
  const ref = values['ref'] as string | undefined;
  const world = values['world'] as string | undefined;
  // One run's view of each store, as the action has: every file is fetched once per run.
  const store: StateStore | undefined = storeArg ? new RunCachedStore(await openStore({ store: storeArg, ref }, io, { log })) : undefined;
  if (world) {
    if (!store) throw new UsageError('--world FILE needs --store DIR: the directory that keeps the StateBoxes between steps.');
    // The outside systems are simulated as they stand at --now (the simulator's own module).
    const sim = await import('../../sim/drive-world');
    // Relative to the working directory the command was given, as --store is.
    return sim.worldDeps(resolve(io.cwd, world), now ?? new Date(), store, log);
  }
  if (!store || !storeArg) throw new UsageError('--store DIR|github is required (or --world FILE to simulate the outside systems).');
  const record = await recordStore(storeArg, store, io, log);
  // The real adapters (Slack, the MCP SDK, the probes) load only here: --world never needs them.
  const { buildDriverDeps, settingsFromEnv } = await import('../../wiring');
  const deps = buildDriverDeps(settingsFromEnv(io.env, { store, record, log, clock: clockFrom(now) }));
  const owner = io.env['KRD_OWNER']?.trim();
  return { deps, config: { ...DEFAULT_DRIVER_CONFIG, ...(owner ? { owner } : {}) }, releases: [], commands: [] };
}

/**
 * Test-result files: the `record` branch (KRD_RECORD_REF) of the same repository, or for a
 * local store the directory KRD_RECORD_DIR (default: the store's own directory).
 */
async function recordStore(storeArg: string, store: StateStore, io: CliIO, log: Logger): Promise<StateStore> {
  if (storeArg === 'github') return new RunCachedStore(await openStore({ store: 'github', ref: io.env['KRD_RECORD_REF']?.trim() || 'record' }, io, { log }));
  const dir = io.env['KRD_RECORD_DIR']?.trim();
  if (!dir) return store;
  return new RunCachedStore(await openStore({ store: dir }, io, { log }));
}

function describe(result: RunResult): string {
  const lines: string[] = [];
  if (result.releases.length === 0) lines.push('No active release to drive.');
  for (const r of result.releases) {
    lines.push(`${r.release}: ${r.overall}${r.error ? ' (error)' : ''}${r.wrote ? ', StateBox written' : ', nothing to write'}`);
    if (r.error) lines.push(`  error: ${r.error}`);
    for (const e of result.events.filter((x) => x.release === r.release)) {
      if (e.type === 'trigger' || e.type === 'status' || e.type === 'decision' || e.type === 'notify' || e.type === 'error') {
        const what = e.type === 'status' ? `${e.task} → ${e.status}: ${e.detail}` : `${e.task ? `${e.task}: ` : ''}${e.detail}`;
        lines.push(`  ${e.type === 'error' ? 'problem' : e.type === 'notify' ? 'told' : 'did'}: ${what}`);
      }
    }
    for (const w of r.waits) lines.push(`  waits: ${w}`);
    for (const n of r.notes ?? []) lines.push(`  note: ${n}`);
  }
  for (const reply of result.replies ?? []) {
    lines.push(`${reply.command.kind} ${'release' in reply.command ? (reply.command.release ?? '') : ''}: ${reply.error ? `refused: ${reply.error}` : reply.reply}`);
  }
  if (result.skipped?.length) lines.push(`Left for the next run (operations budget spent): ${result.skipped.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The run as JSON: each release in the shape of `krd status --json` (release-json.ts) with what
 * the run did to it (wrote, error) and the run's own overall, then the run's events and replies.
 */
function asJson(result: RunResult, now: Date, config: DriverConfig): string {
  return `${JSON.stringify({
    releases: result.releases.map((r) => releaseJson(viewOfResult(r, now, config), { wrote: r.wrote }, r.overall)),
    events: result.events,
    replies: (result.replies ?? []).map((x) => ({ command: x.command.kind, ...(x.reply ? { reply: x.reply } : {}), ...(x.error ? { error: x.error } : {}) })),
    ...(result.skipped?.length ? { skipped: result.skipped } : {}),
  })}\n`;
}

export const driveCommand: Command = {
  ...DRIVE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parseCommandArgs(DRIVE, args, false);
    const now = parseNow(values['now'] as string | undefined);
    const named = ((values['release'] as string[] | undefined) ?? []).map((r) => parseRelease(r).text);
    const owner = (values['owner'] as string | undefined)?.trim();
    const log = stderrLogger(io);
    const wired = await wire(values, io, log, now);
    let config = wired.config;
    const releases = named.length ? named : [...wired.releases];
    const commands: HumanCommand[] = [...wired.commands];
    if (owner) {
      // Like a dispatch input: it names the owner of the releases named; without names, the default owner.
      if (releases.length) for (const release of releases) commands.push({ kind: 'drive', release, owner, by: 'krd drive --owner' });
      else config = { ...config, owner };
    }
    const result = await driveOnce(wired.deps, { ...(releases.length ? { releases } : {}), commands, config });
    io.stdout(values.json ? asJson(result, wired.deps.clock.now(), config) : describe(result));
    return result.releases.some((r) => r.overall === 'Red' || r.error) ? 1 : 0;
  },
};
