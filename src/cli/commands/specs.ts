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

// The comment commands from a terminal (decision.ts): same parser, same rules, same sentences.
const DECISION_OPTIONS = [
  'Options:',
  '  --store DIR|github  where the StateBoxes are: a directory laid out like the repository, or the',
  '                      repository (GITHUB_REPOSITORY, GITHUB_TOKEN, GITHUB_API_URL)',
  '  --ref REF           with --store github: the branch of the StateBoxes (default: the default branch)',
  '  --as NAME           who decides, as recorded (default: GITHUB_ACTOR, else git config user.name)',
  'With --store github the token\'s user (GET /user) needs write permission on the repository, as a',
  'commenter does; a refusal exits 1 with the sentence a comment reply gets and writes nothing.',
].join('\n');
const DECISION_USAGE = '--store DIR|github [--ref REF] [--as NAME]';

export const ACCEPT: CommandSpec = {
  path: ['accept'],
  usage: `accept RELEASE TASK JUSTIFICATION… ${DECISION_USAGE}`,
  summary: [
    'Set TASK of RELEASE to Pass, as /release:accept does: only a task that is Fail or waits for a person\'s decision; the justification and who decided are recorded.',
    DECISION_OPTIONS,
  ].join('\n'),
};

export const REJECT: CommandSpec = {
  path: ['reject'],
  usage: `reject RELEASE TASK REASON… ${DECISION_USAGE}`,
  summary: [
    'Set TASK of RELEASE to Fail, as /release:reject does: only a task that is Fail or waits for a person\'s decision; the reason and who decided are recorded.',
    DECISION_OPTIONS,
  ].join('\n'),
};

export const RETRY: CommandSpec = {
  path: ['retry'],
  usage: `retry RELEASE TASK ${DECISION_USAGE}`,
  summary: [
    'Reset TASK of RELEASE so the next step starts it again, as /release:retry does (change-advisory-status gets a fresh 2-day deadline; a task held for a person is released).',
    DECISION_OPTIONS,
  ].join('\n'),
};

export const RESOLVE: CommandSpec = {
  path: ['resolve'],
  usage: `resolve RELEASE ISSUE TEXT… ${DECISION_USAGE}`,
  summary: [
    'Resolve StateBox issue ISSUE (its number as the status shows it) of RELEASE, as /release:resolve does; who resolved it is recorded.',
    DECISION_OPTIONS,
  ].join('\n'),
};

export const RECORD_JOB: CommandSpec = {
  path: ['record-job'],
  usage: `record-job RELEASE TASK JOB ${DECISION_USAGE}`,
  summary: [
    'Record JOB (build number or URL, Prow job id or URL, Errata push job) as the job of async TASK of RELEASE, as /release:record-job does: the next step polls it instead of starting one.',
    DECISION_OPTIONS,
  ].join('\n'),
};

export const MCP: CommandSpec = {
  path: ['mcp'],
  usage: 'mcp [--store DIR|github] [--ref REF] [--as NAME]',
  summary: [
    'An MCP server on stdio (newline-delimited JSON-RPC) for AI agents: status, test results, one drive step and the comment commands as tools.',
    'Options:',
    '  --store DIR|github  where the StateBoxes are (default: the current directory); github uses',
    '                      GITHUB_REPOSITORY, GITHUB_TOKEN, GITHUB_API_URL',
    '  --ref REF           with --store github: the branch of the StateBoxes (default: the default branch)',
    '  --as NAME           who decides through the write tools; without it they are refused',
    'Tools: list_active_releases, release_status, evaluate_test_results, drive_release (read and step);',
    '  accept_task, reject_task, retry_task, resolve_issue, record_job, add_issue (write, need --as).',
    'Resources: krd://statebox/{release}, the StateBox YAML of each active release.',
    'drive_release and evaluate_test_results use the environment of krd drive (KRD_EXECUTOR, KRD_RECORD_REF, …).',
  ].join('\n'),
};
