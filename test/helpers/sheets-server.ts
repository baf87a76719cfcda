/**
 * A local Google Sheets v4 API for tests: a node:http server on 127.0.0.1 (port 0) that keeps
 * spreadsheets in memory (spreadsheet → worksheet → cell → value), answers the way
 * sheets.googleapis.com does and records every request.
 *
 *   await using gs = await startSheetsServer({ spreadsheets: { REPORT: { '4.20.1': {} } } });
 *   new SheetsMirror({ spreadsheetId: 'REPORT', accessToken: gs.token, rootUrl: gs.url });
 *
 * Routes:
 *   POST /v4/spreadsheets/{id}/values:batchUpdate {valueInputOption, data: [{range, values}]}
 *        → {spreadsheetId, totalUpdatedRows, totalUpdatedColumns, totalUpdatedCells,
 *           totalUpdatedSheets, responses: [{spreadsheetId, updatedRange, updatedRows, …}]}
 *          all or nothing: any range on a missing worksheet → 400 INVALID_ARGUMENT
 *          "Unable to parse range: '4.20.1'!B8", nothing written
 *   GET  /v4/spreadsheets/{id}/values:batchGet?ranges=…&ranges=…
 *        → {spreadsheetId, valueRanges: [{range, majorDimension: 'ROWS', values?}]}
 * Ranges are single cells (`'Sheet name'!B8`, `Sheet!B8`). Errors use Google's shape
 * `{error: {code, message, status}}`: 401 UNAUTHENTICATED for a wrong bearer token, 404
 * NOT_FOUND for an unknown spreadsheet.
 *
 * inject({status, times?, method?}): the next `times` (default 1) matching requests fail with
 * 429 RESOURCE_EXHAUSTED (quota), 403 PERMISSION_DENIED, 500 INTERNAL or 503 UNAVAILABLE.
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Worksheet = Record<string, string>;

export interface SheetsServerOptions {
  token?: string;
  /** Spreadsheet id → worksheet name → cell → value. */
  spreadsheets?: Record<string, Record<string, Worksheet>>;
}

export interface SheetsRequest {
  method: string;
  path: string;
  /** Query parameters; repeated ones (ranges) as arrays. */
  query: Record<string, string | string[]>;
  authorization?: string;
  body: unknown;
  status: number;
}

export interface SheetsFault {
  status: 429 | 403 | 500 | 503;
  times?: number;
  method?: 'batchUpdate' | 'batchGet';
}

export interface SheetsServer {
  /** What to pass as rootUrl. */
  readonly url: string;
  readonly token: string;
  readonly requests: SheetsRequest[];
  /** Live data: change it directly to set up a case. */
  readonly spreadsheets: Map<string, Map<string, Map<string, string>>>;
  cell(spreadsheet: string, worksheet: string, cell: string): string | undefined;
  inject(fault: SheetsFault): void;
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

type Answer = { status: number; body: unknown };

class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
  ) {
    super(message);
  }
}

const FAULTS: Record<SheetsFault['status'], [string, string]> = {
  429: ['RESOURCE_EXHAUSTED', "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'sheets.googleapis.com'."],
  403: ['PERMISSION_DENIED', 'The caller does not have permission'],
  500: ['INTERNAL', 'Internal error encountered.'],
  503: ['UNAVAILABLE', 'The service is currently unavailable.'],
};

/** `'4.20.1'!B8` → {sheet: '4.20.1', cell: 'B8'}. */
function parseRange(range: string): { sheet: string; cell: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!([A-Z]{1,3}[1-9]\d*)$/.exec(range);
  if (!m) throw new ApiError(400, 'INVALID_ARGUMENT', `Unable to parse range: ${range}`);
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string), cell: m[3] as string };
}

function quoted(sheet: string): string {
  return /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startSheetsServer(options: SheetsServerOptions = {}): Promise<SheetsServer> {
  const token = options.token ?? 'ya29.test-token';
  const spreadsheets = new Map<string, Map<string, Map<string, string>>>();
  for (const [id, sheets] of Object.entries(options.spreadsheets ?? {})) {
    spreadsheets.set(id, new Map(Object.entries(sheets).map(([name, cells]) => [name, new Map(Object.entries(cells))])));
  }
  const requests: SheetsRequest[] = [];
  const faults: (SheetsFault & { left: number })[] = [];

  const worksheetOf = (book: Map<string, Map<string, string>>, range: string) => {
    const { sheet, cell } = parseRange(range);
    const ws = book.get(sheet);
    if (!ws) throw new ApiError(400, 'INVALID_ARGUMENT', `Unable to parse range: ${range}`);
    return { sheet, cell, ws };
  };

  const batchUpdate = (book: Map<string, Map<string, string>>, id: string, body: unknown): Answer => {
    const data = (body as { data?: { range?: string; values?: unknown[][] }[]; valueInputOption?: string }) ?? {};
    if (data.valueInputOption !== 'RAW' && data.valueInputOption !== 'USER_ENTERED') {
      throw new ApiError(400, 'INVALID_ARGUMENT', "Invalid valueInputOption: must be 'RAW' or 'USER_ENTERED'");
    }
    const writes = (data.data ?? []).map((d) => {
      const target = worksheetOf(book, String(d.range ?? ''));
      const value = d.values?.[0]?.[0];
      return { ...target, value: value === undefined || value === null ? '' : String(value), range: d.range as string };
    });
    // All ranges are checked before anything is written: the batch is atomic.
    for (const w of writes) w.ws.set(w.cell, w.value);
    const sheets = new Set(writes.map((w) => w.sheet));
    return {
      status: 200,
      body: {
        spreadsheetId: id,
        totalUpdatedRows: writes.length,
        totalUpdatedColumns: writes.length ? 1 : 0,
        totalUpdatedCells: writes.length,
        totalUpdatedSheets: sheets.size,
        responses: writes.map((w) => ({ spreadsheetId: id, updatedRange: `${quoted(w.sheet)}!${w.cell}`, updatedRows: 1, updatedColumns: 1, updatedCells: 1 })),
      },
    };
  };

  const batchGet = (book: Map<string, Map<string, string>>, id: string, query: SheetsRequest['query']): Answer => {
    const raw = query['ranges'];
    const ranges = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    const valueRanges = ranges.map((range) => {
      const { sheet, cell, ws } = worksheetOf(book, range);
      const value = ws.get(cell);
      return { range: `${quoted(sheet)}!${cell}`, majorDimension: 'ROWS', ...(value ? { values: [[value]] } : {}) };
    });
    return { status: 200, body: { spreadsheetId: id, valueRanges } };
  };

  const takeFault = (method: string) => {
    const fault = faults.find((f) => f.left > 0 && (f.method === undefined || f.method === method));
    if (fault) fault.left -= 1;
    return fault;
  };

  const answer = (rec: SheetsRequest): Answer => {
    const m = /^\/v4\/spreadsheets\/([^/]+)\/values:(batchUpdate|batchGet)$/.exec(rec.path);
    if (!m) throw new ApiError(404, 'NOT_FOUND', 'Method not found.');
    const [, id, method] = m as unknown as [string, string, 'batchUpdate' | 'batchGet'];
    if ((method === 'batchUpdate' && rec.method !== 'POST') || (method === 'batchGet' && rec.method !== 'GET')) {
      throw new ApiError(404, 'NOT_FOUND', 'Method not found.');
    }
    if (rec.authorization !== `Bearer ${token}`) {
      throw new ApiError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.');
    }
    const fault = takeFault(method);
    if (fault) throw new ApiError(fault.status, FAULTS[fault.status][0], FAULTS[fault.status][1]);
    const book = spreadsheets.get(id);
    if (!book) throw new ApiError(404, 'NOT_FOUND', 'Requested entity was not found.');
    return method === 'batchUpdate' ? batchUpdate(book, id, rec.body) : batchGet(book, id, rec.query);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const query: SheetsRequest['query'] = {};
    for (const key of new Set(url.searchParams.keys())) {
      const all = url.searchParams.getAll(key);
      query[key] = all.length > 1 || key === 'ranges' ? all : (all[0] as string);
    }
    const text = await readBody(req);
    const rec: SheetsRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      body: text ? (JSON.parse(text) as unknown) : undefined,
      status: 0,
    };
    requests.push(rec);
    let result: Answer;
    try {
      result = answer(rec);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      result = { status: err.code, body: { error: { code: err.code, message: err.message, status: err.status } } };
    }
    rec.status = result.status;
    res.writeHead(result.status, { 'content-type': 'application/json; charset=UTF-8' });
    res.end(JSON.stringify(result.body));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 500, message: String(err), status: 'INTERNAL' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = (): Promise<void> => new Promise((resolve) => server.close(() => resolve()));
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    requests,
    spreadsheets,
    cell: (id, sheet, c) => spreadsheets.get(id)?.get(sheet)?.get(c),
    inject: (fault) => faults.push({ ...fault, left: fault.times ?? 1 }),
    close,
    [Symbol.asyncDispose]: close,
  };
}
