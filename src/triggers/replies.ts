/**
 * The words of replies to comment commands: refused, not understood, done (with the state
 * of the release after the run). Plain Markdown; nothing from the comment is echoed except
 * validated values and the parser's own sentence.
 */
import type { CommandReply, HumanCommand, Overall, ReleaseRunResult, RunResult } from '../driver/types';
import { COMMAND_USAGE, COMMAND_NAMES } from './commands';
import type { Permission } from './permission';

const BADGE: Record<Overall, string> = { Green: '🟢 Green', Red: '🔴 Red', 'In Progress': '🟡 In Progress' };

export function refusedReply(user: string, permission: Permission, repo: string): string {
  return `@${user} you need write permission on ${repo} to run release commands (you have ${permission}); nothing was changed.`;
}

export function notUnderstoodReply(user: string, error: string): string {
  const usage = COMMAND_NAMES.map((n) => `- \`${COMMAND_USAGE[n]}\``).join('\n');
  return `@${user} ${error} Nothing was changed.\n\nCommands:\n${usage}`;
}

/** One release's state as a few lines: overall, what it waits on, the task table. */
export function releaseStatus(r: ReleaseRunResult): string {
  const lines = [`**${r.release}** is ${BADGE[r.overall]}.`];
  if (r.error) lines.push(`Error: ${r.error}`);
  if (r.waits.length) lines.push(`Waiting on: ${r.waits.join('; ')}.`);
  const tasks = r.statebox.tasks;
  if (tasks.length) {
    lines.push('', '| task | status |', '|---|---|', ...tasks.map((t) => `| ${t.name} | ${t.status} |`));
  }
  return lines.join('\n');
}

function target(cmd: HumanCommand): string | undefined {
  return cmd.release;
}

/**
 * The reply after a run that carried the command: the driver's sentence (or why it refused)
 * and the state of the releases concerned (all driven releases for a bare /release:status).
 */
export function outcomeReply(
  user: string,
  cmd: HumanCommand,
  result: RunResult,
  opts: { runUrl?: string; dryRun: boolean },
): { body: string; ok: boolean } {
  const answer: CommandReply | undefined = result.replies?.find((r) => r.command === cmd);
  const release = target(cmd);
  const concerned = release === undefined ? result.releases : result.releases.filter((r) => r.release === release);
  const failed = answer?.error ?? (answer === undefined ? concerned.find((r) => r.error)?.error : undefined);
  const lines: string[] = [];
  if (failed) lines.push(`@${user} /release:${cmd.kind} was not applied: ${failed}`);
  else if (answer?.reply) lines.push(`@${user} ${answer.reply}`);
  else if (cmd.kind === 'status' && concerned.length === 0) lines.push(`@${user} No active release right now.`);
  else lines.push(`@${user} /release:${cmd.kind} done.`);
  if (release !== undefined && concerned.length === 0 && !failed && result.skipped?.includes(release)) {
    lines.push(`${release} was not reached in this run (operations budget spent, see max-operations); the next run drives it.`);
  }
  // A release that could not be driven has no status to claim: the refusal says it all.
  for (const r of concerned) if (!r.error || !failed) lines.push('', releaseStatus(r));
  if (opts.dryRun) lines.push('', '_Dry run: nothing was written._');
  if (opts.runUrl) lines.push('', `[Run log](${opts.runUrl})`);
  return { body: lines.join('\n'), ok: !failed };
}
