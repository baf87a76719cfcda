/**
 * `krd` loads a command's module, and the clients it imports, only when that command runs:
 * `--help` and the light commands never pay for Octokit, Slack, Google Sheets or the MCP SDK.
 * Each case runs the CLI from the sources in a child process that records every package it
 * imports (test/helpers/record-imports.mjs).
 */
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/fake-world';
import { FAKE_OAR, OAR_ENV } from './helpers/working-tools';

const ROOT = join(import.meta.dirname, '..');
const exec = promisify(execFile);
const CLIENTS = ['@octokit/rest', '@slack/web-api', '@googleapis/sheets', '@modelcontextprotocol/sdk'];
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

/** The packages `krd ARGS` imported (tsx and esbuild, which run the sources, left out). */
async function packagesLoadedBy(args: string[], extraEnv: Record<string, string> = {}): Promise<string[]> {
  const dir = await tempDir('krd-imports-');
  dirs.push(dir);
  const log = join(dir, 'imports.log');
  await exec(process.execPath, ['--import', './test/helpers/record-imports.mjs', '--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, KRD_IMPORT_LOG: log, NODE_OPTIONS: '', ...extraEnv },
    timeout: 60_000,
  });
  const lines = (await readFile(log, 'utf8').catch(() => '')).split('\n');
  return [...new Set(lines.filter((p) => p !== '' && p !== 'tsx' && p !== 'esbuild'))].sort();
}

describe('krd loads the clients only in the commands that use them', () => {
  it('--help imports no package at all', async () => {
    expect(await packagesLoadedBy(['--help'])).toEqual([]);
  });

  it('test-result evaluate imports only its schema library', async () => {
    const file = join(ROOT, 'test/fixtures/drive', 'ocp-test-result-4.12.93-amd64.json');
    expect(await packagesLoadedBy(['test-result', 'evaluate', file, '--json'])).toEqual(['zod']);
  });

  it('status on a directory loads neither Octokit nor the Google Sheets client', async () => {
    const dir = await tempDir('krd-lazy-status-');
    dirs.push(dir);
    const loaded = await packagesLoadedBy(['status', '--store', dir]);
    expect(loaded.filter((p) => CLIENTS.includes(p))).toEqual([]);
  });

  it('simulate, on the simulated world, loads none of the clients', async () => {
    const loaded = await packagesLoadedBy(['simulate', join(ROOT, 'scenarios/candidate-reject.yaml'), '--json']);
    expect(loaded.filter((p) => CLIENTS.includes(p))).toEqual([]);
  });

  it('drive with the real adapters does load Slack and the MCP SDK: the recorder sees them', async () => {
    const dir = await tempDir('krd-lazy-drive-');
    dirs.push(dir);
    // An oar that exists, with what it needs: the run gets past its preflight.
    const loaded = await packagesLoadedBy(['drive', '--store', dir], { ...OAR_ENV, KRD_OAR_COMMAND: JSON.stringify([process.execPath, FAKE_OAR]), KRD_ANALYZER_COMMAND: 'none' });
    expect(loaded).toEqual(expect.arrayContaining(['@slack/web-api', '@modelcontextprotocol/sdk']));
    expect(loaded).not.toContain('@octokit/rest');
  });
});
