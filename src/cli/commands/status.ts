/**
 * `krd status`: the overall status, task table, waits and blockers of each active release (or
 * those named), from the StateBox files alone: nothing is probed, nothing is written. A
 * release without a StateBox is read from the Google Sheets test report when one is
 * configured: KRD_SHEETS_SPREADSHEET_ID (the report), KRD_SHEETS_TOKEN (an OAuth access token
 * that can read it), optionally KRD_SHEETS_MAPPING (JSON cell mapping, see sheets.ts) and
 * KRD_SHEETS_API_URL (default Google's). Each release says why it is listed: in upstream's window, work of
 * this driver in flight, Red for less than 7 days (src/core/active.ts), or named. Exit 1 when a
 * shown release is Red or cannot be read; exit 0 when no release is active.
 */
import { InputError, errorMessage } from '../../core/errors';
import { isoSeconds } from '../../core/time';
import { parseRelease, stateBoxPath } from '../../core/version';
import { releaseActivity } from '../../core/active';
import { findActiveReleases, type ActiveRelease } from '../../driver/active';
import { loadStateBox } from '../../statebox/repository';
import type { StateBox } from '../../core/model';
import type { StateStore } from '../../ports/store';
import { releaseView, type ReleaseView } from '../../adapters/notify/release-view';
import type { SheetsMirror } from '../../adapters/notify/sheets';
import { RunCachedStore } from '../../adapters/store/cached';
import { renderTerminal, useColor } from '../../adapters/notify/terminal';
import { parseCommandArgs } from '../args';
import { releaseJson } from '../release-json';
import { openStore, stderrLogger } from '../store-option';
import type { CliIO, Command } from '../io';
import { STATUS } from './specs';

interface StatusEntry {
  readonly view: ReleaseView;
  readonly source: 'statebox' | 'sheets' | 'none';
  /** Why the release is shown. */
  readonly listed: Listed;
}

interface Listed {
  readonly reason: ActiveRelease['reason'];
  readonly why: string;
}

function parseNow(text: string | undefined): Date {
  if (text === undefined) return new Date();
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) || Number.isNaN(ms)) {
    throw new InputError(`--now ${JSON.stringify(text)} is not a time: expected ISO 8601 such as 2025-11-03T00:00:00Z.`);
  }
  return new Date(ms);
}

/** A stand-in StateBox so a release with no StateBox is still shown (and why). */
function emptyBox(release: string, now: Date): StateBox {
  const at = isoSeconds(now);
  return { schema_version: '1.0', release, created_at: at, updated_at: at, metadata: {}, tasks: [], issues: [] };
}

async function sheetsFallback(io: CliIO): Promise<SheetsMirror | undefined> {
  const spreadsheetId = io.env['KRD_SHEETS_SPREADSHEET_ID']?.trim();
  const accessToken = io.env['KRD_SHEETS_TOKEN']?.trim();
  if (!spreadsheetId || !accessToken) return undefined;
  // The Google client loads only when a report is configured.
  const { SheetsMirror, parseSheetMapping } = await import('../../adapters/notify/sheets');
  const rootUrl = io.env['KRD_SHEETS_API_URL']?.trim();
  const mapping = io.env['KRD_SHEETS_MAPPING']?.trim();
  return new SheetsMirror({
    spreadsheetId,
    accessToken,
    ...(rootUrl ? { rootUrl } : {}),
    ...(mapping ? { mapping: parseSheetMapping(mapping, 'KRD_SHEETS_MAPPING') } : {}),
    log: stderrLogger(io),
  });
}

async function fromSheets(sheets: SheetsMirror, release: string, now: Date, missing: string, listed: Listed): Promise<StatusEntry | undefined> {
  const { statuses } = await sheets.readStatuses(release);
  if (!statuses) return undefined;
  const box: StateBox = {
    ...emptyBox(release, now),
    tasks: Object.entries(statuses.tasks).map(([name, status]) => ({ name, status, started_at: null, completed_at: null, result: null })),
  };
  const note = `${missing}; statuses read from the Google Sheets test report (worksheet "${statuses.worksheet}"${statuses.overall ? `, overall ${statuses.overall}` : ''}), which has no times.`;
  return { view: releaseView(box, { now, waits: ['not known without a StateBox'], notes: [note] }), source: 'sheets', listed };
}

/** A named release: named, and whether it would be listed without the name. */
function namedListing(box: StateBox, now: Date): Listed {
  const activity = releaseActivity(box, now);
  return { reason: 'named', why: `named explicitly; ${activity.active ? 'also active' : 'not active'} (${activity.kind}): ${activity.why}` };
}

async function statusOf(store: StateStore, active: ActiveRelease, now: Date, sheets: SheetsMirror | undefined): Promise<StatusEntry> {
  const { release } = active;
  let listed: Listed = { reason: active.reason, why: active.why };
  try {
    const loaded = await loadStateBox(store, release);
    if (loaded) {
      if (active.reason === 'named') listed = namedListing(loaded.box, now);
      return { view: releaseView(loaded.box, { now }), source: 'statebox', listed };
    }
    const missing = `${release} has no StateBox (${stateBoxPath(release)}) in ${store.describe}`;
    const fallback = sheets ? await fromSheets(sheets, release, now, missing, listed) : undefined;
    return fallback ?? { view: releaseView(emptyBox(release, now), { now, waits: [], notes: [], error: `${missing}.` }), source: 'none', listed };
  } catch (err) {
    return { view: releaseView(emptyBox(release, now), { now, waits: [], notes: [], error: errorMessage(err) }), source: 'none', listed };
  }
}

/** One release as the terminal shows it, with why it is listed under its status line. */
function renderEntry(entry: StatusEntry, color: boolean): string {
  const lines = renderTerminal([entry.view], color).split('\n');
  lines.splice(2, 0, `  listed: ${entry.listed.why}`);
  return lines.join('\n');
}

function asJson(entries: readonly StatusEntry[]): string {
  // The shape of every release in krd's JSON (release-json.ts), with where it was read and why it is listed.
  const releases = entries.map(({ view, source, listed }) => releaseJson(view, { source, listed: { reason: listed.reason, why: listed.why } }));
  return `${JSON.stringify({ releases })}\n`;
}

export const statusCommand: Command = {
  ...STATUS,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parseCommandArgs(STATUS, args, false);
    const now = parseNow(values.now);
    const named = (values.release ?? []).map((r) => parseRelease(r.trim()).text);
    const log = stderrLogger(io);
    // Without --store: the current directory, laid out like the repository.
    // Finding the active releases and showing them read the same StateBoxes: once each.
    const store = new RunCachedStore(await openStore({ store: values.store ?? '.', ref: values.ref }, io, { log }));
    const sheets = await sheetsFallback(io);
    const releases: ActiveRelease[] = named.length
      ? [...new Set(named)].map((release) => ({ release, reason: 'named', why: 'named explicitly' }))
      : await findActiveReleases(store, now, [], { log });
    const entries: StatusEntry[] = [];
    for (const release of releases) entries.push(await statusOf(store, release, now, sheets));

    if (values.json) {
      io.stdout(asJson(entries));
    } else if (entries.length === 0) {
      io.stdout(
        `No active release in ${store.describe} (a release listed in _releases/{y}/{y}.z.yaml is active when its StateBox exists, it has not shipped, ` +
          'and it is within its release date + 1 day, has work of this driver in progress, or turned Red less than 7 days ago with nobody acting since).\n',
      );
    } else {
      const color = useColor(io);
      io.stdout(entries.map((e) => renderEntry(e, color)).join('\n'));
    }
    return entries.some((e) => e.view.overall === 'Red' || e.view.error !== undefined) ? 1 : 0;
  },
};
