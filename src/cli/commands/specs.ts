/**
 * What `krd --help` shows of each command, apart from the code that runs it: a command's module,
 * and the clients it imports (Octokit, Slack, Google Sheets, the MCP SDK), load only when that
 * command runs (index.ts), so `--help` and the light commands start fast.
 */
import type { CommandSpec } from '../io';

const STORE_USAGE = '--store DIR|github [--ref REF]';

export const STATEBOX_FMT: CommandSpec = {
  path: ['statebox', 'fmt'],
  usage: 'statebox fmt FILE',
  summary: 'Validate a StateBox and print it in our (upstream-compatible) YAML layout.',
};

export const STATEBOX_CHECK: CommandSpec = {
  path: ['statebox', 'check'],
  usage: 'statebox check FILE... [--json]',
  summary: 'Validate StateBox files; exit 1 if any is invalid.',
};

export const TEST_RESULT_EVALUATE: CommandSpec = {
  path: ['test-result', 'evaluate'],
  usage: 'test-result evaluate FILE… [--json]',
  summary: 'Compute the BO3 verdict of test-result files from their job data (JSON Lines with --json).',
};

export const ISSUE_ADD: CommandSpec = {
  path: ['issue', 'add'],
  usage: `issue add RELEASE TEXT [--blocker] [--task NAME]... ${STORE_USAGE}`,
  summary: 'Add an issue to a release StateBox (safe with concurrent writers).',
};

export const ISSUE_RESOLVE: CommandSpec = {
  path: ['issue', 'resolve'],
  usage: `issue resolve RELEASE INDEX TEXT ${STORE_USAGE}`,
  summary: 'Resolve issue INDEX (1-based, as summaries show it) of a release StateBox.',
};

export const DRIVE: CommandSpec = {
  path: ['drive'],
  usage: 'drive [--release R]… [--store DIR|github] [--ref REF] [--world FILE] [--now ISO] [--owner EMAIL] [--json]',
  summary: 'One run: advance every active release (or those named) one step; exit 1 if any is Red.',
};

export const STATUS: CommandSpec = {
  path: ['status'],
  usage: 'status [--release R]... [--store DIR|github] [--ref REF] [--now ISO] [--json]',
  summary: 'Overall status, task table, waits and blockers of each active release (from the StateBox files); exit 1 if any is Red.',
};

export const SIMULATE: CommandSpec = {
  path: ['simulate'],
  usage: 'simulate FILE [--out DIR] [--json] [--expect FILE]',
  summary: 'Run a scenario (a simulated world on a clock) to its end through the real driver and print its report.',
};

export const DEMO: CommandSpec = {
  path: ['demo'],
  usage: 'demo [--keep]',
  summary: 'What `npm start` runs: a bundled scenario told run by run, ending with the release summary.',
};
