/**
 * The action with a broken setup: core.setFailed with the one sentence (exit 1), before any
 * StateBox is read; nothing written, no job started. The local GitHub API server, the action's
 * run() with the runner's environment, a real MCP server on 127.0.0.1.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { run } from '../src/action/main';
import { SUMMARY, closeWorlds, env, factoriesOf, world, writes } from './helpers/action-env';
import { makeBox } from './helpers/fake-world';
import { startMcpServer } from './helpers/mcp-server';
import { OAR_ENV } from './helpers/working-tools';

afterEach(closeWorlds);
afterAll(() => rmSync(SUMMARY, { force: true }));

const stateBoxReads = (w: Awaited<ReturnType<typeof world>>) => w.gh.requests.filter((r) => r.path.includes('/statebox/') || r.path === '/graphql');

describe('the action with a broken setup fails the run, not the release', () => {
  it('oar not installed: exit 1 with the sentence, no StateBox read or written', async () => {
    const w = await world([makeBox({ tasks: {} })]);
    const saved = { ...process.env };
    Object.assign(process.env, OAR_ENV);
    try {
      await using e = env(w, 'schedule', {}, { 'oar-command': 'krd-test-no-such-oar' });
      await run(factoriesOf(w, ['executor']));
      expect(e.exitCode()).toBe(1);
      expect(e.errors()).toEqual([
        'The oar CLI "krd-test-no-such-oar" is not installed or not on PATH: install oar of openshift/release-tests on the runner (a step before this one), or set oar-command (KRD_OAR_COMMAND for krd drive) to its path.',
      ]);
      expect(writes(w)).toEqual([]);
      expect(stateBoxReads(w)).toEqual([]);
    } finally {
      for (const k of Object.keys(OAR_ENV)) if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });

  it('analyzer-command: none turns the analyzer off: a missing claude is no setup error', async () => {
    const w = await world([makeBox({ tasks: {} })]);
    await using e = env(w, 'schedule', {}, { 'analyzer-command': 'none' });
    await run(factoriesOf(w, ['analyzer']));
    expect(e.errors()).toEqual([]);
    expect(e.exitCode()).toBeUndefined();
  });

  it('the MCP server refuses our token: exit 1 with the sentence naming mcp-token, no tool called, nothing written', async () => {
    const w = await world([makeBox({ tasks: {} })]);
    await using mcp = await startMcpServer({ requireHeader: { name: 'authorization', value: 'Bearer right' } });
    await using e = env(w, 'schedule', {}, { executor: 'mcp', 'mcp-url': mcp.url, 'mcp-token': 'expired' });
    await run(factoriesOf(w, ['executor']));
    expect(e.exitCode()).toBe(1);
    expect(e.errors()).toEqual([
      `The MCP server at ${new URL(mcp.url).origin} refused our token (401): set mcp-token (KRD_MCP_TOKEN for krd drive) to a valid bearer token of that server.`,
    ]);
    expect(mcp.calls).toEqual([]);
    expect(writes(w)).toEqual([]);
    expect(stateBoxReads(w)).toEqual([]);
  });
});
