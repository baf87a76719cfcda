/**
 * After the StateBoxes are written: the Google Sheets test report and the per-release status
 * comments on the status issue. Mirrors never block the flow: every failure is a warning.
 */
import { auth as googleAuth } from '@googleapis/sheets';
import type { Octokit } from '../adapters/github/octokit';
import { upsertReleaseComment } from '../adapters/notify/pr-comment';
import { SheetsMirror } from '../adapters/notify/sheets';
import { errorMessage } from '../core/errors';
import type { Logger, RunResult } from '../driver/types';
import type { ActionConfig, GoogleCredentials } from './config';

export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

export function sheetsMirror(sheetId: string, credentials: GoogleCredentials, log: Logger, rootUrl?: string): SheetsMirror {
  const auth =
    credentials.kind === 'service-account'
      ? { auth: new googleAuth.GoogleAuth({ credentials: credentials.json, scopes: [SHEETS_SCOPE] }) }
      : { accessToken: credentials.token };
  return new SheetsMirror({ spreadsheetId: sheetId, ...auth, log, ...(rootUrl ? { rootUrl } : {}) });
}

export interface MirrorContext {
  readonly config: ActionConfig;
  readonly octokit: Octokit;
  readonly repo: { readonly owner: string; readonly repo: string };
  readonly now: Date;
  readonly runUrl?: string;
  readonly log: Logger;
}

export async function mirrorRun(result: RunResult, ctx: MirrorContext): Promise<void> {
  const { config, log } = ctx;
  const healthy = result.releases.filter((r) => !r.error);
  if (config.dryRun || healthy.length === 0) return;
  if (config.sheetId && config.googleCredentials) {
    try {
      const sheets = sheetsMirror(config.sheetId, config.googleCredentials, log, config.sheetsApiUrl);
      const mirrored = await sheets.mirror(healthy.map((r) => r.statebox));
      if (mirrored.written.length) log.info(`Google Sheets: updated ${mirrored.updatedCells} cell(s) of ${mirrored.written.join(', ')}.`);
    } catch (err) {
      log.warning(`Google Sheets not updated (the releases go on): ${errorMessage(err)}`);
    }
  }
  if (config.statusIssue !== undefined) {
    for (const r of healthy) {
      await upsertReleaseComment({
        result: r,
        octokit: ctx.octokit,
        ...ctx.repo,
        issueNumber: config.statusIssue,
        now: ctx.now,
        ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
        log,
      });
    }
  }
}
