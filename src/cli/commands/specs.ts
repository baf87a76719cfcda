/**
 * What help shows of each command and the options it parses, apart from the code that runs it:
 * a command's module, and the clients it imports (Octokit, Slack, Google Sheets, the MCP SDK),
 * load only when that command runs (index.ts), so `--help` and the light commands start fast.
 *
 * One place: each command parses exactly the options listed here (../args.ts), and `krd help
 * COMMAND` and `krd COMMAND --help` print them, with the environment settings it reads (../help.ts).
 */
import { WIRING_ENV } from '../../settings';
import type { CommandSpec, OptionSpec } from '../io';

const STORE_USAGE = '--store DIR|github [--ref REF]';

// ---------------------------------------------------------------------------------------------
// Options and settings several commands share

const store = (what: string) =>
  ({
    type: 'string',
    value: 'DIR|github',
    help: `where the StateBoxes are: a directory laid out like the repository, or the repository (GITHUB_REPOSITORY, GITHUB_TOKEN, GITHUB_API_URL)${what}`,
  }) as const satisfies OptionSpec;
const STORE = store('');
const REF = { type: 'string', value: 'REF', help: 'with --store github: the branch of the StateBoxes (default: the default branch)' } as const;
const JSON_OUTPUT = (what: string) => ({ type: 'boolean', help: what }) as const;

/** What `--store github` reads. */
const githubEnv = (permission: string): Record<string, string> => ({
  GITHUB_REPOSITORY: 'with --store github: the repository, as owner/repo',
  GITHUB_TOKEN: `with --store github: a token with the "${permission}" permission`,
  GITHUB_API_URL: 'with --store github: the GitHub API (default https://api.github.com)',
});

/** What `krd status` reads besides the StateBoxes: the Google Sheets test report, for a release without a StateBox. */
const SHEETS_ENV = {
  KRD_SHEETS_SPREADSHEET_ID: 'a release without a StateBox is read from this Google Sheets test report (with KRD_SHEETS_TOKEN)',
  KRD_SHEETS_TOKEN: 'an OAuth access token that can read that report',
  KRD_SHEETS_MAPPING: 'the cells of the report, as JSON (default: the usual layout)',
  KRD_SHEETS_API_URL: 'the Google Sheets API base URL (default https://sheets.googleapis.com/)',
} as const;

/** The real systems `krd drive` uses without --world: the settings src/wiring.ts reads. */
export const WIRING_SETTINGS = WIRING_ENV;

/** Where `krd drive` reads the test-result files. */
const RECORD_ENV = {
  KRD_RECORD_REF: 'with --store github: the branch of the test-result files (default: record)',
  KRD_RECORD_DIR: "with --store DIR: the directory of the test-result files (default: the store's own directory)",
} as const;

const DRIVE_ENV: Record<string, string> = {
  KRD_OWNER: 'the default owner (take-ownership) of a release nobody owns yet; --owner without --release overrides it',
  ...RECORD_ENV,
  ...githubEnv('contents: write'),
  ...WIRING_SETTINGS,
};

// ---------------------------------------------------------------------------------------------
// The commands

export const STATEBOX_FMT = {
  path: ['statebox', 'fmt'],
  usage: 'statebox fmt FILE',
  summary: 'Validate a StateBox and print it in our (upstream-compatible) YAML layout.',
  options: {},
} as const satisfies CommandSpec;

export const STATEBOX_CHECK = {
  path: ['statebox', 'check'],
  usage: 'statebox check FILE... [--json]',
  summary: 'Validate StateBox files; exit 1 if any is invalid.',
  options: {
    json: JSON_OUTPUT('print {"files": [{"file", "valid", "errors", "kind"}]} instead of a line per file'),
  },
} as const satisfies CommandSpec;

export const TEST_RESULT_EVALUATE = {
  path: ['test-result', 'evaluate'],
  usage: 'test-result evaluate FILE… [--json] [--require-accepted]',
  summary: 'Compute the BO3 verdict of test-result files from their job data (JSON Lines with --json).',
  options: {
    json: JSON_OUTPUT('print one JSON object per file (JSON Lines): file, build, aggregated, accepted, jobs'),
    'require-accepted': { type: 'boolean', help: 'exit 1 unless every file is accepted (by BO3, or promoted by hand)' },
  },
} as const satisfies CommandSpec;

export const ISSUE_ADD = {
  path: ['issue', 'add'],
  usage: `issue add RELEASE TEXT [--blocker] [--task NAME]... ${STORE_USAGE}`,
  summary: 'Add an issue to a release StateBox (safe with concurrent writers).',
  options: {
    blocker: { type: 'boolean', help: 'a blocker: the release is Red until the issue is resolved' },
    task: { type: 'string', multiple: true, value: 'NAME', help: 'a task the issue concerns (repeatable); a blocker holds these tasks' },
    store: STORE,
    ref: REF,
  },
  env: githubEnv('contents: write'),
} as const satisfies CommandSpec;

export const ISSUE_RESOLVE = {
  path: ['issue', 'resolve'],
  usage: `issue resolve RELEASE INDEX TEXT ${STORE_USAGE}`,
  summary: 'Resolve issue INDEX (1-based, as summaries show it) of a release StateBox.',
  options: { store: STORE, ref: REF },
  env: githubEnv('contents: write'),
} as const satisfies CommandSpec;

export const DRIVE = {
  path: ['drive'],
  usage: 'drive [--release R]… [--store DIR|github] [--ref REF] [--world FILE] [--now ISO] [--owner EMAIL] [--json]',
  summary: 'One run: advance every active release (or those named) one step; exit 1 if any is Red.',
  options: {
    release: { type: 'string', multiple: true, value: 'R', help: 'drive this release (repeatable); default: every active release' },
    store: STORE,
    ref: REF,
    world: { type: 'string', value: 'FILE', help: "simulate the outside systems: the world of this scenario as it stands at --now (needs --store DIR)" },
    now: { type: 'string', value: 'ISO', help: 'the time of the run, ISO 8601 such as 2025-11-03T00:00:00Z (default: now)' },
    owner: { type: 'string', value: 'EMAIL', help: 'who owns the releases named (take-ownership); without --release, the default owner (as KRD_OWNER)' },
    json: JSON_OUTPUT('print the run as JSON: each release as krd status --json shows it, with wrote and error; events, replies'),
  },
  env: DRIVE_ENV,
  more: ['With --world the outside systems are simulated: the settings of the real systems above are not read.'],
} as const satisfies CommandSpec;

export const STATUS = {
  path: ['status'],
  usage: 'status [--release R]... [--store DIR|github] [--ref REF] [--now ISO] [--json]',
  summary: 'Overall status, task table, waits and blockers of each active release (from the StateBox files); exit 1 if any is Red.',
  options: {
    release: { type: 'string', multiple: true, value: 'R', help: 'show this release, active or not (repeatable); default: every active release' },
    store: store(' (default: the current directory)'),
    ref: REF,
    now: { type: 'string', value: 'ISO', help: 'the time to judge waits and activity at, ISO 8601 (default: now)' },
    json: JSON_OUTPUT('print {"releases": [{release, overall, source, listed, tasks, waits, blockers, notes}]}'),
  },
  env: { ...githubEnv('contents: read'), ...SHEETS_ENV },
} as const satisfies CommandSpec;

export const SIMULATE = {
  path: ['simulate'],
  usage: 'simulate FILE [--out DIR [--force]] [--json] [--expect FILE]',
  summary: 'Run a scenario (a simulated world on a clock) to its end through the real driver and print its report.',
  options: {
    out: { type: 'string', value: 'DIR', help: 'write the files of the simulated repository under DIR (a new or empty directory)' },
    force: { type: 'boolean', help: 'with --out: write into DIR even when it holds files (same paths are overwritten)' },
    json: JSON_OUTPUT('print the simulation report as JSON'),
    expect: { type: 'string', value: 'FILE', help: 'check the ending against this expect file; exit 1 with the differences' },
  },
} as const satisfies CommandSpec;

export const DEMO = {
  path: ['demo'],
  usage: 'demo [--keep]',
  summary: 'What `npm start` runs: a bundled scenario told run by run, ending with the release summary.',
  options: {
    keep: { type: 'boolean', help: 'keep the StateBoxes the demo wrote (and its scenario, to step through by hand) and say where they are' },
  },
} as const satisfies CommandSpec;

// The comment commands from a terminal (decision.ts): same parser, same rules, same sentences.
const DECISION_USAGE = '--store DIR|github [--ref REF] [--as NAME]';
const DECISION_OPTIONS = {
  store: STORE,
  ref: REF,
  as: { type: 'string', value: 'NAME', help: 'who decides, as recorded (default: GITHUB_ACTOR, else git config user.name)' },
} as const;
const DECISION_ENV = {
  ...githubEnv('contents: write'),
  GITHUB_ACTOR: 'who decides when --as is not given (else git config user.name)',
};
const DECISION_MORE = [
  "With --store github the token's user (GET /user) needs write permission on the repository, as a",
  'commenter does; a refusal exits 1 with the sentence a comment reply gets and writes nothing.',
];

export const ACCEPT = {
  path: ['accept'],
  usage: `accept RELEASE TASK JUSTIFICATION… ${DECISION_USAGE}`,
  summary:
    "Set TASK of RELEASE to Pass, as /release:accept does: only a task that is Fail or waits for a person's decision; the justification and who decided are recorded.",
  options: DECISION_OPTIONS,
  env: DECISION_ENV,
  more: DECISION_MORE,
} as const satisfies CommandSpec;

export const REJECT = {
  path: ['reject'],
  usage: `reject RELEASE TASK REASON… ${DECISION_USAGE}`,
  summary:
    "Set TASK of RELEASE to Fail, as /release:reject does: only a task that is Fail or waits for a person's decision; the reason and who decided are recorded.",
  options: DECISION_OPTIONS,
  env: DECISION_ENV,
  more: DECISION_MORE,
} as const satisfies CommandSpec;

export const RETRY = {
  path: ['retry'],
  usage: `retry RELEASE TASK ${DECISION_USAGE}`,
  summary:
    'Reset TASK of RELEASE so the next step starts it again, as /release:retry does (change-advisory-status gets a fresh 2-day deadline; a task held for a person is released).',
  options: DECISION_OPTIONS,
  env: DECISION_ENV,
  more: DECISION_MORE,
} as const satisfies CommandSpec;

export const RESOLVE = {
  path: ['resolve'],
  usage: `resolve RELEASE ISSUE TEXT… ${DECISION_USAGE}`,
  summary: 'Resolve StateBox issue ISSUE (its number as the status shows it) of RELEASE, as /release:resolve does; who resolved it is recorded.',
  options: DECISION_OPTIONS,
  env: DECISION_ENV,
  more: DECISION_MORE,
} as const satisfies CommandSpec;

export const RECORD_JOB = {
  path: ['record-job'],
  usage: `record-job RELEASE TASK JOB ${DECISION_USAGE}`,
  summary:
    'Record JOB (build number or URL, Prow job id or URL, Errata push job) as the job of async TASK of RELEASE, as /release:record-job does: the next step polls it instead of starting one.',
  options: DECISION_OPTIONS,
  env: DECISION_ENV,
  more: DECISION_MORE,
} as const satisfies CommandSpec;

export const MCP = {
  path: ['mcp'],
  usage: 'mcp [--store DIR|github] [--ref REF] [--as NAME]',
  summary:
    'An MCP server on stdio (newline-delimited JSON-RPC) for AI agents: status, test results, one drive step and the comment commands as tools.',
  options: {
    store: store(' (default: the current directory)'),
    ref: REF,
    as: { type: 'string', value: 'NAME', help: 'who decides through the write tools; without it they are refused' },
  },
  // release_status is krd status, drive_release is krd drive, the write tools are krd accept and its twins.
  env: { ...DRIVE_ENV, ...SHEETS_ENV },
  more: [
    'Tools: list_active_releases, release_status, evaluate_test_results, drive_release (read and step);',
    '  accept_task, reject_task, retry_task, resolve_issue, record_job, add_issue (write, need --as).',
    'Resources: krd://statebox/{release}, the StateBox YAML of each active release.',
  ],
} as const satisfies CommandSpec;

/** The commands of two words, by their first word: what `krd WORD --help` says of the group. */
export const GROUPS: Readonly<Record<string, string>> = {
  statebox: 'StateBox files on disk: validate them, print them in our YAML layout.',
  'test-result': 'Test-result files on disk: their BO3 verdict.',
  issue: 'StateBox issues: add one, resolve one (safe with concurrent writers).',
};
