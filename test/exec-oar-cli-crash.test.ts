/**
 * The oar CLI cannot say which job a task is running (no findJob, see oar-cli.ts): what the
 * engine does when a run dies between starting a job through it and recording the job. The
 * oar here is the fake executable, a real child process started by the real OarCliExecutor.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OarCliExecutor } from '../src/adapters/exec/oar-cli';
import { LocalStore } from '../src/adapters/store/local';
import { driveOnce } from '../src/driver/drive';
import type { CrashHooks } from '../src/driver/types';
import { CLAIM_TTL_MS } from '../src/statebox/claims';
import { CANDIDATE, CHAIN_PASS, MINUTE, config, fakeWorld, makeBox, tempDir, testResultJson, testResultPathOf, writeBox, writeRepoFile, writeTracking } from './helpers/fake-world';

const FAKE_OAR = resolve('test/helpers/fake-oar.mjs');
const PROW = '4177fc76-8ef5-44d7-b614-e4cb3951300b';
const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

function dieAfterFirstTrigger(): CrashHooks {
  let armed = true;
  return {
    afterTrigger: () => {
      if (!armed) return;
      armed = false;
      throw new Error('simulated crash (afterTrigger)');
    },
  };
}

describe('oar CLI: a run dies after starting a job, before recording it', () => {
  // KNOWN GAP (it.fails until fixed; then make it `it`): the oar CLI has no findJob, so once the
  // dead run's claim expires (15 minutes) the engine starts stage-testing a second time. Fix in
  // the engine (src/driver/drive-release.ts / claim.ts, not an adapter): when the executor has no
  // findJob and an expired claim of another run is on an async task, start nothing; report the
  // task as needing a person (check the job system, then record the job or /release:retry).
  it.fails('the next run does not start stage-testing again', async () => {
    const repo = await tempDir('krd-oar-crash-');
    const recordDir = await tempDir('krd-oar-crash-record-');
    const scratch = await tempDir('krd-oar-crash-oar-');
    dirs.push(repo, recordDir, scratch);
    await writeTracking(repo, '4.20', ['4.20.1']);
    await writeRepoFile(recordDir, testResultPathOf(CANDIDATE), testResultJson(CANDIDATE, { aggregated: true, accepted: true }));
    await writeBox(repo, makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass', 'image-consistency-check': { status: 'In Progress', job: { id: PROW } } } }));
    await writeFile(
      join(scratch, 'responses.json'),
      JSON.stringify({
        'stage-testing': { stderr: 'task [Stage Testing] status is changed to [In Progress]\ntriggered stage pipeline job: <https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/>\n' },
        'image-consistency-check': { stderr: 'task [Image Consistency Check] status is changed to [In Progress]\n' },
      }),
    );
    const log = join(scratch, 'calls.jsonl');
    const executor = new OarCliExecutor({
      command: [process.execPath, FAKE_OAR],
      timeoutMs: 20_000,
      env: { PATH: process.env.PATH, FAKE_OAR_RESPONSES: join(scratch, 'responses.json'), FAKE_OAR_STATE: scratch, FAKE_OAR_LOG: log },
    });
    const w = fakeWorld(new LocalStore(repo), new LocalStore(recordDir), { hooks: dieAfterFirstTrigger() });
    w.probes.promotionPhase = 'Accepted';
    w.probes.stageRelease = true;
    const deps = { ...w.deps, executor };
    const drive = (runId: string) => driveOnce(deps, { releases: ['4.20.1'], config: config(), runId });
    const stageTriggers = async () =>
      (await readFile(log, 'utf8'))
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { argv: string[] }).argv)
        .filter((argv) => argv.join(' ') === '-r 4.20.1 stage-testing');

    await expect(drive('dies')).rejects.toThrow('simulated crash (afterTrigger)');
    expect(await stageTriggers()).toHaveLength(1);
    w.clock.advance(CLAIM_TTL_MS + MINUTE);
    await drive('next');
    expect(await stageTriggers()).toHaveLength(1);
  });
});
