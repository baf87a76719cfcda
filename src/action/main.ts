/**
 * The action's entry: read inputs and the event, decide what this run does, drive, answer.
 * The only try/catch that fails the job lives here (the only caller of core.setFailed);
 * the job summary is written in `finally`, so a failed run still explains itself.
 */
import * as core from '@actions/core';
import { errorMessage } from '../core/errors';
import { OperationsBudget } from '../ports/budget';
import { driveOnce, preflight } from '../driver/drive';
import { statusOnly } from '../driver/status-only';
import { DEFAULT_DRIVER_CONFIG, type DriverConfig, type HumanCommand } from '../driver/types';
import { routeEvent } from '../triggers/route';
import { admitComment, answerComment, answerFailure, type CommentGate } from './comment';
import { readConfig } from './config';
import { REAL_FACTORIES, actionDeps, actionOctokit, type ActionFactories } from './deps';
import { readRunnerEvent } from './event';
import { actionLogger, logLine } from './log';
import { mirrorRun } from './mirrors';
import { releasesToDrive } from './plan';
import { writeRunLog, type PollRecord } from './run-log';
import { releaseFailures, setRunOutputs, writeRunSummary, type RunRecord } from './report';

export type { ActionFactories } from './deps';

/** One run of the action. `make` builds what the run talks to: the real things, or a test's fakes. */
export async function run(make: ActionFactories = REAL_FACTORIES): Promise<void> {
  const log = actionLogger;
  const clock = make.clock;
  const record: RunRecord = {};
  let runUrl: string | undefined;
  try {
    const config = readConfig();
    const event = readRunnerEvent();
    runUrl = event.runUrl;
    record.dryRun = config.dryRun;
    const route = routeEvent(event, config);
    if (route.kind === 'ignore') {
      core.info(logLine(route.reason));
      return;
    }
    record.trigger = route.kind === 'comment' ? `comment by ${route.comment.user} on #${route.comment.issueNumber}` : route.trigger;

    const budget = new OperationsBudget(config.maxOperations);
    record.budget = budget;
    const octokit = actionOctokit(config, budget, log, make);
    const repo = { owner: event.owner, repo: event.repo };

    let commands: readonly HumanCommand[] = route.kind === 'drive' ? route.commands : [];
    let gate: CommentGate | undefined;
    if (route.kind === 'comment') {
      gate = await admitComment({ api: octokit, repo, comment: route.comment, parsed: route.parsed, log, dryRun: config.dryRun });
      if (!gate.allowed) {
        core.info(gate.reason);
        record.leftEarly = gate.reason;
        return;
      }
      commands = [gate.command];
    }

    // A dispatch's owner (with no release named) stands in for the owner input for this run.
    const owner = (route.kind === 'drive' ? route.owner : undefined) ?? config.owner;
    const driverConfig: DriverConfig = { ...DEFAULT_DRIVER_CONFIG, aiDecisions: config.aiDecisions, dryRun: config.dryRun, ...(owner ? { owner } : {}) };
    const polls: PollRecord[] = [];
    const deps = actionDeps(config, event, octokit, log, make, polls);
    if (config.dryRun) core.info('Dry run: operations are counted, nothing is written (no commit, no comment, no job started).');

    // /release:status only reads: no preflight, no step, no commit; it answers while the executor is down.
    if (gate?.allowed && gate.command.kind === 'status') {
      const result = await statusOnly(deps.store, gate.command, deps.clock.now(), driverConfig);
      record.result = result;
      await answerComment(gate, result, { ...(event.runUrl ? { runUrl: event.runUrl } : {}), dryRun: config.dryRun });
      return;
    }

    let result;
    try {
      // A broken setup (oar missing, the MCP server refusing our token, …) fails the run here,
      // before any StateBox is read: exit 1 with its sentence, no StateBox changed.
      const checked = await preflight(deps, driverConfig);
      const releases = await releasesToDrive(deps.store, { configured: config.releases, commands, runNumber: event.runNumber, now: deps.clock.now(), log });
      result = await driveOnce(deps, {
        releases,
        commands,
        config: driverConfig,
        budget,
        preflight: checked,
      });
    } catch (err) {
      if (gate?.allowed) await answerFailure(gate, err);
      throw err;
    }
    record.result = result;
    // One log group per release: what was polled, started, decided, written; what it waits on.
    writeRunLog(result, { dryRun: config.dryRun, polls });
    setRunOutputs(result);
    await mirrorRun(result, {
      config,
      octokit,
      repo,
      now: deps.clock.now(),
      log,
      ...(event.runUrl ? { runUrl: event.runUrl } : {}),
    });
    if (gate?.allowed) await answerComment(gate, result, { ...(event.runUrl ? { runUrl: event.runUrl } : {}), dryRun: config.dryRun });
    core.info(`Drove ${result.releases.length} release(s) with ${budget.spent} GitHub operation(s).`);
    const failures = releaseFailures(result);
    if (failures) throw new Error(failures);
  } catch (err) {
    record.error = err;
    core.setFailed(logLine(errorMessage(err)));
  } finally {
    if (record.trigger !== undefined || record.error !== undefined) await writeRunSummary(record, { now: clock.now(), ...(runUrl ? { runUrl } : {}) });
  }
}
