/**
 * The Google Sheets mirror of the legacy test report (`@googleapis/sheets` v4): task statuses
 * ("Not Started" / "In Progress" / "Pass" / "Fail") and the overall Green/Red, written into
 * each release's worksheet in ONE values.batchUpdate per run; `readStatuses` reads a release
 * back (one values.batchGet) when its StateBox is missing.
 *
 * A mirror never blocks the flow (upstream crashed releases that had no Sheet): a missing
 * worksheet, a bad token, a quota error are warnings in the result, nothing is thrown.
 * Without a worksheet the batch is refused as a whole (400 "Unable to parse range"): that
 * release is left out with a warning and the batch is sent again for the others.
 */
import { auth as googleAuth, sheets, type sheets_v4 } from '@googleapis/sheets';
import { z } from 'zod';
import { InputError, errorMessage } from '../../core/errors';
import { isKonflux } from '../../core/decide-graph';
import { overallStatus } from '../../core/overall';
import { TASK_STATUSES, type TaskStatus } from '../../core/tasks';
import type { Logger } from '../../ports/logger';
import type { StateBox } from '../../core/model';

/** Where a release's statuses go in the test report. */
export interface SheetMapping {
  /** The worksheet (tab) name; `{release}` is replaced. */
  readonly worksheet: string;
  /** The overall status cell (Green / Red). */
  readonly overall: string;
  /** Task name → its status cell. Tasks without a cell are not mirrored. */
  readonly tasks: Readonly<Record<string, string>>;
}

// Upstream's test report (oar/core/const.py): Konflux releases have one row less (no
// greenwave CVP row). create-test-report and check-rhcos-security-alerts have no cell.
const KONFLUX_CELLS: Record<string, string> = {
  'take-ownership': 'B8',
  'image-consistency-check': 'B10',
  'analyze-candidate-build': 'B11',
  'analyze-promoted-build': 'B12',
  'check-cve-tracker-bug': 'B13',
  'push-to-cdn-staging': 'B14',
  'stage-testing': 'B15',
  'image-signed-check': 'B16',
  'change-advisory-status': 'B18',
};
const ERRATA_CELLS: Record<string, string> = {
  'take-ownership': 'B8',
  'image-consistency-check': 'B10',
  'analyze-candidate-build': 'B11',
  'analyze-promoted-build': 'B12',
  'check-greenwave-cvp-tests': 'B13',
  'check-cve-tracker-bug': 'B14',
  'push-to-cdn-staging': 'B15',
  'stage-testing': 'B16',
  'image-signed-check': 'B17',
  'change-advisory-status': 'B19',
};

/** The upstream layout: a worksheet named after the release, overall in B1, a cell per task. */
export function defaultSheetMapping(konflux: boolean): SheetMapping {
  return { worksheet: '{release}', overall: 'B1', tasks: konflux ? KONFLUX_CELLS : ERRATA_CELLS };
}

const CELL_RE = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const cell = z.string().regex(CELL_RE, 'expected a cell such as B8');

/** A mapping as configured (JSON): each key overrides the default; `tasks` replaces the default cells. */
export const sheetMappingSchema = z.strictObject({
  worksheet: z.string().min(1).optional(),
  overall: cell.optional(),
  tasks: z.record(z.string().min(1), cell).optional(),
});
export type SheetMappingConfig = z.infer<typeof sheetMappingSchema>;

/** Parses a configured mapping (JSON text); the error names the field. */
export function parseSheetMapping(text: string, source = 'the Sheets mapping'): SheetMappingConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new InputError(`${source} is not valid JSON: expected {"worksheet": "{release}", "overall": "B1", "tasks": {"take-ownership": "B8"}}.`);
  }
  const parsed = sheetMappingSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(`${source}: ${issue.path.join('.') || '(top)'}: ${issue.message}.`);
  }
  return parsed.data;
}

export function mappingFor(box: StateBox | undefined, config: SheetMappingConfig | undefined, konflux = true): SheetMapping {
  const base = defaultSheetMapping(box ? isKonflux(box) : konflux);
  return { worksheet: config?.worksheet ?? base.worksheet, overall: config?.overall ?? base.overall, tasks: config?.tasks ?? base.tasks };
}

/** A1 notation of a cell on a worksheet: names are quoted, inner quotes doubled (`'4.20.1'!B8`). */
export function a1(worksheet: string, cellRef: string): string {
  return `'${worksheet.replace(/'/g, "''")}'!${cellRef}`;
}

export interface SheetsMirrorOptions {
  readonly spreadsheetId: string;
  /** An OAuth access token with the spreadsheets scope (e.g. from google-github-actions/auth). */
  readonly accessToken?: string;
  /** Or any google-auth-library client (a service account's GoogleAuth, …). */
  readonly auth?: sheets_v4.Options['auth'];
  /** API root, default https://sheets.googleapis.com/ (tests point it at a local server). */
  readonly rootUrl?: string;
  readonly mapping?: SheetMappingConfig;
  /** Retries of 429/5xx by the client (gaxios), default 2; and the first delay, default 1 s. */
  readonly retries?: number;
  readonly retryDelayMs?: number;
  readonly timeoutMs?: number;
  readonly log?: Logger;
}

export interface MirrorResult {
  /** Releases whose cells were written. */
  readonly written: readonly string[];
  readonly updatedCells: number;
  /** How many values.batchUpdate requests were sent (1, more only when worksheets were missing). */
  readonly requests: number;
  readonly warnings: readonly string[];
}

export interface SheetStatuses {
  readonly release: string;
  readonly worksheet: string;
  /** What the overall cell holds (Green / Red / empty). */
  readonly overall?: string;
  /** Task → status, for the cells holding one of the four statuses. */
  readonly tasks: Readonly<Record<string, TaskStatus>>;
}

interface GoogleErrorShape {
  status?: number;
  code?: number | string;
  message?: string;
  response?: { status?: number; data?: { error?: { message?: string; status?: string } } };
}

function googleStatus(err: unknown): number | undefined {
  const e = err as GoogleErrorShape;
  const status = e?.response?.status ?? e?.status ?? (typeof e?.code === 'number' ? e.code : undefined);
  return typeof status === 'number' ? status : undefined;
}

function googleMessage(err: unknown): string {
  const e = err as GoogleErrorShape;
  const data = e?.response?.data?.error;
  return (data?.message ?? errorMessage(err)).replace(/\.$/, '');
}

/** The worksheet a 400 "Unable to parse range: '4.20.1'!B8" names. */
export function missingWorksheet(err: unknown): string | undefined {
  if (googleStatus(err) !== 400) return undefined;
  const m = /Unable to parse range: (?:'((?:[^']|'')*)'|([^!]+))!/.exec(googleMessage(err));
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

export class SheetsMirror {
  private readonly api: sheets_v4.Sheets;
  private readonly spreadsheetId: string;
  private readonly mapping: SheetMappingConfig | undefined;
  private readonly log: Logger | undefined;

  constructor(options: SheetsMirrorOptions) {
    if (!options.spreadsheetId.trim()) throw new InputError('The Sheets mirror needs a spreadsheet id (the test report): it is empty.');
    if (!options.accessToken && !options.auth) throw new InputError('The Sheets mirror needs credentials: an access token or a Google auth client.');
    let authClient = options.auth;
    if (!authClient) {
      const oauth = new googleAuth.OAuth2();
      oauth.setCredentials({ access_token: options.accessToken ?? null });
      authClient = oauth;
    }
    this.spreadsheetId = options.spreadsheetId.trim();
    this.mapping = options.mapping;
    this.log = options.log;
    const delay = options.retryDelayMs ?? 1000;
    this.api = sheets({
      version: 'v4',
      auth: authClient,
      ...(options.rootUrl ? { rootUrl: options.rootUrl.endsWith('/') ? options.rootUrl : `${options.rootUrl}/` } : {}),
      timeout: options.timeoutMs ?? 20_000,
      retryConfig: {
        retry: options.retries ?? 2,
        retryDelay: delay,
        maxRetryDelay: delay * 4,
        // Setting cells to values is idempotent: POST may be retried like GET.
        httpMethodsToRetry: ['GET', 'POST'],
        statusCodesToRetry: [
          [429, 429],
          [500, 599],
        ],
      },
    });
  }

  private warn(warnings: string[], message: string): void {
    warnings.push(message);
    this.log?.warning(message);
  }

  private failure(err: unknown, doing: string): string {
    const status = googleStatus(err);
    const why = `${status ? `${status} ` : ''}${googleMessage(err)}`;
    if (status === 401) return `Google Sheets rejected the credentials (the access token) while trying to ${doing}: ${why}.`;
    if (status === 403) return `Google Sheets refused to ${doing}: ${why}; share the spreadsheet with the service account (editor).`;
    if (status === 404) return `Google Sheets could not find spreadsheet ${this.spreadsheetId} while trying to ${doing}: ${why}.`;
    if (status === 429) return `Google Sheets quota exhausted while trying to ${doing}: ${why}; the next run tries again.`;
    return `Google Sheets failed while trying to ${doing}: ${why}.`;
  }

  /** The cells of one release: each recorded task's status, and the overall when Green or Red. */
  cellsOf(box: StateBox): { worksheet: string; data: sheets_v4.Schema$ValueRange[] } {
    const mapping = mappingFor(box, this.mapping);
    const worksheet = mapping.worksheet.replace(/\{release\}/g, box.release);
    const data: sheets_v4.Schema$ValueRange[] = [];
    const overall = overallStatus(box);
    // The legacy report knows Green and Red only; In Progress leaves the cell as it is.
    if (overall !== 'In Progress') data.push({ range: a1(worksheet, mapping.overall), values: [[overall]] });
    for (const task of box.tasks) {
      const target = mapping.tasks[task.name];
      // Unrecorded tasks are left alone: upstream may have written them into the Sheet.
      if (target) data.push({ range: a1(worksheet, target), values: [[task.status]] });
    }
    return { worksheet, data };
  }

  /** Writes every release's cells in one values.batchUpdate; never throws. */
  async mirror(boxes: readonly StateBox[]): Promise<MirrorResult> {
    const warnings: string[] = [];
    let pending = boxes.map((box) => ({ release: box.release, ...this.cellsOf(box) })).filter((r) => r.data.length > 0);
    let requests = 0;
    while (pending.length > 0) {
      requests += 1;
      try {
        const res = await this.api.spreadsheets.values.batchUpdate({
          spreadsheetId: this.spreadsheetId,
          requestBody: { valueInputOption: 'RAW', data: pending.flatMap((r) => r.data) },
        });
        return { written: pending.map((r) => r.release), updatedCells: res.data.totalUpdatedCells ?? 0, requests, warnings };
      } catch (err) {
        const sheet = missingWorksheet(err);
        const missing = sheet === undefined ? [] : pending.filter((r) => r.worksheet === sheet);
        if (missing.length === 0) {
          this.warn(warnings, `${this.failure(err, `update the test report of ${pending.map((r) => r.release).join(', ')}`)} The releases go on without it.`);
          return { written: [], updatedCells: 0, requests, warnings };
        }
        for (const r of missing) {
          this.warn(warnings, `The test report ${this.spreadsheetId} has no worksheet "${r.worksheet}": ${r.release} is not mirrored to Google Sheets (the release goes on).`);
        }
        pending = pending.filter((r) => !missing.includes(r));
      }
    }
    return { written: [], updatedCells: 0, requests, warnings };
  }

  /**
   * A release's statuses as the test report holds them (one values.batchGet): the fallback
   * when its StateBox is missing. Undefined, with a warning, when the Sheet cannot say.
   */
  async readStatuses(release: string, options: { konflux?: boolean } = {}): Promise<{ statuses?: SheetStatuses; warnings: string[] }> {
    const warnings: string[] = [];
    const mapping = mappingFor(undefined, this.mapping, options.konflux ?? true);
    const worksheet = mapping.worksheet.replace(/\{release\}/g, release);
    const cells: [string, string][] = [['', mapping.overall], ...Object.entries(mapping.tasks)];
    try {
      const res = await this.api.spreadsheets.values.batchGet({ spreadsheetId: this.spreadsheetId, ranges: cells.map(([, c]) => a1(worksheet, c)) });
      const ranges = res.data.valueRanges ?? [];
      const value = (i: number): string | undefined => {
        const v = ranges[i]?.values?.[0]?.[0];
        return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
      };
      const tasks: Record<string, TaskStatus> = {};
      cells.forEach(([task], i) => {
        const v = value(i);
        if (i > 0 && v && (TASK_STATUSES as readonly string[]).includes(v)) tasks[task] = v as TaskStatus;
      });
      const overall = value(0);
      return { statuses: { release, worksheet, ...(overall ? { overall } : {}), tasks }, warnings };
    } catch (err) {
      if (missingWorksheet(err) !== undefined) {
        this.warn(warnings, `The test report ${this.spreadsheetId} has no worksheet "${worksheet}": no statuses of ${release} in Google Sheets either.`);
      } else {
        this.warn(warnings, this.failure(err, `read the test report of ${release}`));
      }
      return { warnings };
    }
  }
}
