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
import type { CrashHooks, HumanCommand } from '../src/driver/types';
import { CLAIM_TTL_MS } from '../src/core/claims';
import type { StateBox } from '../src/core/model';
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

/**
 * 4.20.1 on disk with `box`, driven through the fake oar (a real child process answering with
 * `responses` per task) by a world whose first trigger kills the run.
 */
async function oarWorld(prefix: string, box: StateBox, responses: Record<string, unknown>) {
  const repo = await tempDir(`${prefix}-`);
  const recordDir = await tempDir(`${prefix}-record-`);
  const scratch = await tempDir(`${prefix}-oar-`);
  dirs.push(repo, recordDir, scratch);
  await writeTracking(repo, '4.20', ['4.20.1']);
  await writeRepoFile(recordDir, testResultPathOf(CANDIDATE), testResultJson(CANDIDATE, { aggregated: true, accepted: true }));
  await writeBox(repo, box);
  await writeFile(join(scratch, 'responses.json'), JSON.stringify(responses));
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
  /** The argument lists oar was called with. */
  const calls = async () => (await readFile(log, 'utf8')).trim().split('\n').map((l) => (JSON.parse(l) as { argv: string[] }).argv.join(' '));
  return { w, deps, calls };
}

describe('oar CLI: a run dies after starting a job, before recording it', () => {
  // Was a KNOWN GAP (the run after the claim expired started stage-testing a second time). The
  // engine now holds an async task whose expired claim it cannot resolve without findJob: it
  // starts nothing and the task waits for a person (src/core/unrecorded.ts), said in the
  // waits and once in Slack and the log; /release:retry starts it afresh.
  it('the next run does not start stage-testing again: it waits for a person until /release:retry', async () => {
    const { w, deps, calls } = await oarWorld(
      'krd-oar-crash',
      makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass', 'image-consistency-check': { status: 'In Progress', job: { id: PROW } } } }),
      {
        'stage-testing': { stderr: 'task [Stage Testing] status is changed to [In Progress]\ntriggered stage pipeline job: <https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/>\n' },
        'image-consistency-check': { stderr: 'task [Image Consistency Check] status is changed to [In Progress]\n' },
      },
    );
    const drive = (runId: string) => driveOnce(deps, { releases: ['4.20.1'], config: config(), runId });
    const stageTriggers = async () => (await calls()).filter((argv) => argv === '-r 4.20.1 stage-testing');

    await expect(drive('dies')).rejects.toThrow('simulated crash (afterTrigger)');
    expect(await stageTriggers()).toHaveLength(1);
    w.clock.advance(CLAIM_TTL_MS + MINUTE);
    const next = await drive('next');
    expect(await stageTriggers()).toHaveLength(1);
    const held =
      'stage-testing: waits for a person: run dies may have started it at 2025-11-01T00:00Z and died before recording its job; ' +
      'check Jenkins for the Stage-Pipeline build, then /release:record-job 4.20.1 stage-testing JOB to record the job it started, or /release:retry 4.20.1 stage-testing to start it again';
    expect(next.releases[0]?.waits).toContain(held);
    expect(w.notifier.sent.filter((s) => s.message.kind === 'waiting').map((s) => s.message.text)).toEqual([`4.20.1: ${held.replace('stage-testing: ', 'stage-testing ')}.`]);
    expect(w.log.of('warning').filter((m) => m.includes('died before recording its job'))).toHaveLength(1);

    // Later runs keep waiting, without a second message or warning.
    w.clock.advance(15 * MINUTE);
    const later = await drive('later');
    expect(later.releases[0]?.waits).toContain(held);
    expect(await stageTriggers()).toHaveLength(1);
    expect(w.notifier.sent.filter((s) => s.message.kind === 'waiting')).toHaveLength(1);
    expect(w.log.of('warning').filter((m) => m.includes('died before recording its job'))).toHaveLength(1);

    // A person checked Jenkins and retries: stage-testing starts afresh, once.
    w.clock.advance(MINUTE);
    const retried = await driveOnce(deps, { releases: ['4.20.1'], config: config(), runId: 'retry', commands: [{ kind: 'retry', release: '4.20.1', task: 'stage-testing', by: 'alice' }] });
    expect(await stageTriggers()).toHaveLength(2);
    expect(retried.releases[0]?.waits.join('\n')).not.toContain('waits for a person');
    expect(retried.releases[0]?.statebox.driver?.['unrecorded_starts']).toBeUndefined();
  });

  it('a person records the Stage-Pipeline build instead: oar polls it with -n, never triggers it again', async () => {
    // The trigger prints the build; the polls (with -n) say it is still running.
    const { w, deps, calls } = await oarWorld('krd-oar-record', makeBox({ tasks: { ...CHAIN_PASS, 'analyze-candidate-build': 'Pass', 'push-to-cdn-staging': 'Pass', 'image-consistency-check': 'Pass' } }), {
      'stage-testing': [
        { stderr: 'task [Stage Testing] status is changed to [In Progress]\ntriggered stage pipeline job: <https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/>\n' },
        { stderr: 'task [Stage Testing] status is changed to [In Progress]\n' },
      ],
    });
    const drive = (runId: string, commands: HumanCommand[] = []) => driveOnce(deps, { releases: ['4.20.1'], config: config(), runId, commands });
    const stageCalls = async () => (await calls()).filter((argv) => argv.startsWith('-r 4.20.1 stage-testing'));

    await expect(drive('dies')).rejects.toThrow('simulated crash (afterTrigger)');
    w.clock.advance(CLAIM_TTL_MS + MINUTE);
    const held = await drive('next');
    expect(held.releases[0]?.waits.join('\n')).toContain('/release:record-job 4.20.1 stage-testing JOB');
    expect(await stageCalls()).toEqual(['-r 4.20.1 stage-testing']);

    // The person found the build in Jenkins (the one the dead run started) and records it.
    w.clock.advance(MINUTE);
    const url = 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/console';
    const recorded = await drive('record', [{ kind: 'record-job', release: '4.20.1', task: 'stage-testing', job: url, by: 'alice' }]);
    expect(recorded.replies?.map((r) => r.error ?? r.reply)).toEqual([
      'Recorded job https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/ for stage-testing of 4.20.1 (now In Progress): the next step polls it and does not start stage-testing again.',
    ]);
    const task = recorded.releases[0]?.statebox.tasks.find((t) => t.name === 'stage-testing');
    expect(task).toMatchObject({ status: 'In Progress', job: { id: '1674', url: 'https://jenkins.example/job/zstreams/job/Stage-Pipeline/1674/' } });
    expect(recorded.releases[0]?.statebox.driver?.['unrecorded_starts']).toBeUndefined();
    expect(recorded.releases[0]?.waits.join('\n')).not.toContain('waits for a person');

    w.clock.advance(15 * MINUTE);
    await drive('later');
    // One trigger (the dead run's), then polls of the recorded build only.
    expect(await stageCalls()).toEqual(['-r 4.20.1 stage-testing', '-r 4.20.1 stage-testing -n 1674', '-r 4.20.1 stage-testing -n 1674']);
  });
});
