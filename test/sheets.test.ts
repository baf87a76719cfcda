import { describe, expect, it } from 'vitest';
import { SheetsMirror, a1, missingWorksheet, parseSheetMapping, type SheetsMirrorOptions } from '../src/adapters/notify/sheets';
import { InputError } from '../src/core/errors';
import type { Logger } from '../src/driver/types';
import { ALL_BEFORE_ADVISORY, CHAIN_PASS, makeBox } from './helpers/fake-world';
import { startSheetsServer, type SheetsServer } from './helpers/sheets-server';

const REPORT = 'REPORT-1';

function mirror(gs: SheetsServer, over: Partial<SheetsMirrorOptions> = {}): SheetsMirror {
  return new SheetsMirror({ spreadsheetId: REPORT, accessToken: gs.token, rootUrl: gs.url, retries: 1, retryDelayMs: 1, ...over });
}

function logger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, info: () => undefined, debug: () => undefined, error: () => undefined, warning: (m) => warnings.push(m) };
}

const updates = (gs: SheetsServer) => gs.requests.filter((r) => r.path.endsWith('values:batchUpdate'));
const ranges = (gs: SheetsServer, i = 0) =>
  ((updates(gs)[i]?.body as { data: { range: string; values: string[][] }[] }).data ?? []).map((d) => `${d.range}=${d.values[0]?.[0]}`);

describe('SheetsMirror.mirror', () => {
  it('writes the recorded task statuses of a Konflux release into its worksheet, in one request', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { [REPORT]: { '4.20.1': {} } } });
    const box = makeBox({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': 'In Progress', 'analyze-candidate-build': 'Pass' } });
    const res = await mirror(gs).mirror([box]);
    expect(res).toEqual({ written: ['4.20.1'], updatedCells: 4, requests: 1, warnings: [] });
    // Overall In Progress: the legacy cell (Green/Red) is left alone; no cell for create-test-report or the RHCOS check.
    expect(ranges(gs)).toEqual(["'4.20.1'!B8=Pass", "'4.20.1'!B13=Pass", "'4.20.1'!B14=In Progress", "'4.20.1'!B11=Pass"]);
    expect(updates(gs)[0]?.body).toMatchObject({ valueInputOption: 'RAW' });
    expect(updates(gs)[0]?.authorization).toBe(`Bearer ${gs.token}`);
    expect(gs.cell(REPORT, '4.20.1', 'B14')).toBe('In Progress');
  });

  it('several releases, Konflux and Errata layouts, Green and Red: still one values.batchUpdate', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { [REPORT]: { '4.20.1': {}, '4.12.93': {}, '4.16.65': {} } } });
    const green = makeBox({ release: '4.16.65', tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'Pass' } });
    const errataRed = makeBox({ release: '4.12.93', konflux: false, tasks: { 'take-ownership': 'Pass', 'check-cve-tracker-bug': 'Pass', 'push-to-cdn-staging': 'Fail' } });
    const res = await mirror(gs).mirror([makeBox({ tasks: { 'take-ownership': 'Pass' } }), errataRed, green]);
    expect(res.requests).toBe(1);
    expect(updates(gs)).toHaveLength(1);
    expect(res.written).toEqual(['4.20.1', '4.12.93', '4.16.65']);
    expect(gs.cell(REPORT, '4.12.93', 'B1')).toBe('Red');
    expect(gs.cell(REPORT, '4.12.93', 'B14')).toBe('Pass'); // check-cve-tracker-bug, Errata row
    expect(gs.cell(REPORT, '4.12.93', 'B15')).toBe('Fail'); // push-to-cdn-staging, Errata row
    expect(gs.cell(REPORT, '4.16.65', 'B1')).toBe('Green');
    expect(gs.cell(REPORT, '4.16.65', 'B18')).toBe('Pass'); // change-advisory-status, Konflux row
    expect(gs.cell(REPORT, '4.16.65', 'B16')).toBe('Pass'); // image-signed-check
    expect(gs.cell(REPORT, '4.20.1', 'B1')).toBeUndefined();
  });

  it('a release without a worksheet is a warning; the others are still written', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { [REPORT]: { '4.20.1': {} } } });
    const log = logger();
    const res = await mirror(gs, { log }).mirror([makeBox({ release: '4.19.9', tasks: { 'take-ownership': 'Pass' } }), makeBox({ tasks: { 'take-ownership': 'Fail' } })]);
    expect(res.written).toEqual(['4.20.1']);
    expect(res.warnings).toEqual(['The test report REPORT-1 has no worksheet "4.19.9": 4.19.9 is not mirrored to Google Sheets (the release goes on).']);
    expect(log.warnings).toEqual(res.warnings);
    expect(updates(gs).map((r) => r.status)).toEqual([400, 200]);
    expect(gs.cell(REPORT, '4.20.1', 'B8')).toBe('Fail');
    expect(gs.cell(REPORT, '4.20.1', 'B1')).toBe('Red');
  });

  it('no worksheet at all: warnings only, nothing thrown', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { [REPORT]: {} } });
    const res = await mirror(gs).mirror([makeBox({ tasks: { 'take-ownership': 'Pass' } })]);
    expect(res).toMatchObject({ written: [], updatedCells: 0, requests: 1 });
    expect(res.warnings[0]).toContain('no worksheet "4.20.1"');
  });

  it('nothing recorded yet: no request at all', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { [REPORT]: { '4.20.1': {} } } });
    expect(await mirror(gs).mirror([makeBox({ tasks: {} })])).toEqual({ written: [], updatedCells: 0, requests: 0, warnings: [] });
    expect(gs.requests).toHaveLength(0);
  });

  it('a quota error (429 RESOURCE_EXHAUSTED) once is retried by the client', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { [REPORT]: { '4.20.1': {} } } });
    gs.inject({ status: 429 });
    const res = await mirror(gs).mirror([makeBox({ tasks: { 'take-ownership': 'Pass' } })]);
    expect(updates(gs).map((r) => r.status)).toEqual([429, 200]);
    expect(res.warnings).toEqual([]);
  });

  it('a quota error that persists is a warning after the bounded retries', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { [REPORT]: { '4.20.1': {} } } });
    gs.inject({ status: 429, times: 10 });
    const res = await mirror(gs, { retries: 2 }).mirror([makeBox({ tasks: { 'take-ownership': 'Pass' } })]);
    expect(updates(gs)).toHaveLength(3);
    expect(res.written).toEqual([]);
    expect(res.warnings[0]).toMatch(/^Google Sheets quota exhausted while trying to update the test report of 4\.20\.1: 429 Quota exceeded .*; the next run tries again\. The releases go on without it\.$/);
  });

  it('a server error that persists is a warning too', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { [REPORT]: { '4.20.1': {} } } });
    gs.inject({ status: 503, times: 10 });
    const res = await mirror(gs).mirror([makeBox({ tasks: { 'take-ownership': 'Pass' } })]);
    expect(res.warnings[0]).toMatch(/^Google Sheets failed while trying to update the test report of 4\.20\.1: 503 The service is currently unavailable/);
  });

  it('a bad token, no permission, an unknown spreadsheet: each a clear warning', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { [REPORT]: { '4.20.1': {} } } });
    const box = makeBox({ tasks: { 'take-ownership': 'Pass' } });
    expect((await mirror(gs, { accessToken: 'expired' }).mirror([box])).warnings[0]).toMatch(/^Google Sheets rejected the credentials \(the access token\) while trying to update the test report of 4\.20\.1: 401 /);
    gs.inject({ status: 403 });
    expect((await mirror(gs).mirror([box])).warnings[0]).toMatch(/refused to update the test report of 4\.20\.1: 403 The caller does not have permission; share the spreadsheet/);
    expect((await mirror(gs, { spreadsheetId: 'NOPE' }).mirror([box])).warnings[0]).toMatch(/could not find spreadsheet NOPE .*404 Requested entity was not found/);
  });

  it('Sheets unreachable: a warning, nothing hangs', async () => {
    const gs = await startSheetsServer();
    await gs.close();
    const res = await mirror(gs, { retries: 0 }).mirror([makeBox({ tasks: { 'take-ownership': 'Pass' } })]);
    expect(res.warnings[0]).toMatch(/^Google Sheets failed while trying to update the test report of 4\.20\.1: /);
  });

  it('uses a configured mapping: worksheet name and cells', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { [REPORT]: { "Release 4.20.1 (QE's)": {} } } });
    const mapping = parseSheetMapping(`{"worksheet": "Release {release} (QE's)", "overall": "C2", "tasks": {"take-ownership": "C10", "stage-testing": "C11"}}`);
    await mirror(gs, { mapping }).mirror([makeBox({ tasks: { 'take-ownership': 'Pass', 'stage-testing': 'Fail', 'check-cve-tracker-bug': 'Pass' } })]);
    expect(ranges(gs)).toEqual(["'Release 4.20.1 (QE''s)'!C2=Red", "'Release 4.20.1 (QE''s)'!C10=Pass", "'Release 4.20.1 (QE''s)'!C11=Fail"]);
    expect(gs.cell(REPORT, "Release 4.20.1 (QE's)", 'C11')).toBe('Fail');
  });
});

describe('SheetsMirror.readStatuses (fallback when the StateBox is missing)', () => {
  it('reads the overall and task statuses in one values.batchGet', async () => {
    await using gs = await startSheetsServer({
      spreadsheets: { [REPORT]: { '4.20.1': { B1: 'Red', B8: 'Pass', B13: 'Pass', B14: 'In Progress', B15: 'Fail', B16: 'n/a', B18: 'Not Started' } } },
    });
    const res = await mirror(gs).readStatuses('4.20.1');
    expect(res).toEqual({
      statuses: {
        release: '4.20.1',
        worksheet: '4.20.1',
        overall: 'Red',
        tasks: { 'take-ownership': 'Pass', 'check-cve-tracker-bug': 'Pass', 'push-to-cdn-staging': 'In Progress', 'stage-testing': 'Fail', 'change-advisory-status': 'Not Started' },
      },
      warnings: [],
    });
    const gets = gs.requests.filter((r) => r.path.endsWith('values:batchGet'));
    expect(gets).toHaveLength(1);
    expect(gets[0]?.query['ranges']).toEqual(["'4.20.1'!B1", "'4.20.1'!B8", "'4.20.1'!B10", "'4.20.1'!B11", "'4.20.1'!B12", "'4.20.1'!B13", "'4.20.1'!B14", "'4.20.1'!B15", "'4.20.1'!B16", "'4.20.1'!B18"]);
  });

  it('the Errata layout when asked', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { [REPORT]: { '4.12.93': { B15: 'Pass', B19: 'In Progress' } } } });
    const res = await mirror(gs).readStatuses('4.12.93', { konflux: false });
    expect(res.statuses?.tasks).toEqual({ 'push-to-cdn-staging': 'Pass', 'change-advisory-status': 'In Progress' });
  });

  it('no worksheet: a warning and no statuses', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { [REPORT]: {} } });
    const res = await mirror(gs).readStatuses('4.20.1');
    expect(res).toEqual({ warnings: ['The test report REPORT-1 has no worksheet "4.20.1": no statuses of 4.20.1 in Google Sheets either.'] });
  });

  it('a failing Sheets API: a warning and no statuses', async () => {
    await using gs = await startSheetsServer({ spreadsheets: { [REPORT]: { '4.20.1': {} } } });
    gs.inject({ status: 500, times: 5, method: 'batchGet' });
    const res = await mirror(gs).readStatuses('4.20.1');
    expect(res.statuses).toBeUndefined();
    expect(res.warnings[0]).toMatch(/^Google Sheets failed while trying to read the test report of 4\.20\.1: 500/);
  });
});

describe('mapping and ranges', () => {
  it('quotes worksheet names in A1 notation', () => {
    expect(a1('4.20.1', 'B8')).toBe("'4.20.1'!B8");
    expect(a1("QE's", 'A1')).toBe("'QE''s'!A1");
  });

  it('reads the worksheet named by a 400 "Unable to parse range"', () => {
    const err = { response: { status: 400, data: { error: { message: "Unable to parse range: 'QE''s 4.20.1'!B8" } } } };
    expect(missingWorksheet(err)).toBe("QE's 4.20.1");
    expect(missingWorksheet({ response: { status: 400, data: { error: { message: 'Unable to parse range: Sheet1!B8' } } } })).toBe('Sheet1');
    expect(missingWorksheet({ response: { status: 500, data: { error: { message: 'x' } } } })).toBeUndefined();
  });

  it('refuses a bad mapping, naming the field', () => {
    expect(() => parseSheetMapping('{"overall": "1B"}')).toThrow(new InputError('the Sheets mapping: overall: expected a cell such as B8.'));
    expect(() => parseSheetMapping('{"tasks": {"take-ownership": "B"}}')).toThrow('tasks.take-ownership: expected a cell such as B8');
    expect(() => parseSheetMapping('{"cells": {}}')).toThrow(InputError);
    expect(() => parseSheetMapping('not json')).toThrow('the Sheets mapping is not valid JSON');
  });

  it('refuses to start without a spreadsheet or credentials', () => {
    expect(() => new SheetsMirror({ spreadsheetId: '', accessToken: 'x' })).toThrow('spreadsheet id');
    expect(() => new SheetsMirror({ spreadsheetId: 'x' })).toThrow('credentials');
  });
});
