/**
 * Reading what the `oar` CLI (or its MCP server) printed: the status lines
 * `task [Display] status is changed to [Pass|Fail|In Progress|Not Started]`
 * (oar/core/util.py log_task_status), job ids, the stage-release-not-ready wait, missing
 * environment variables and credential failures. Shared by every executor.
 */
import { SetupError, TransientError } from '../../core/errors';
import { maskEmails } from '../../core/mask';
import { TASK_INFO, isAsyncTask, tasksWaitingOn, type FlowTask } from '../../core/tasks';
import { JENKINS_JOB, PROW_JOB_ID, jobRef, type JobRef } from '../../core/job-ref';
import type { ExecOutcome } from '../../ports/executor';

/** 'Not Started': oar resets the task and asks for a new trigger (image-consistency-check after an aborted or errored Prow job). */
export type StatusValue = 'Pass' | 'Fail' | 'In Progress' | 'Not Started';

export interface StatusLine {
  readonly display: string;
  readonly status: StatusValue;
  /** 0-based line number in the output. */
  readonly line: number;
}

/** Names upstream has printed for each task (its const.py and the spec spell some differently). */
const DISPLAY_VARIANTS: Partial<Record<FlowTask, readonly string[]>> = {
  'create-test-report': ['Create test report'],
  'check-cve-tracker-bug': ['Check CVE tracker bugs'],
  'push-to-cdn-staging': ['Push to CDN staging'],
  'image-signed-check': ['Image signature check'],
};

const normalize = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Every display name that counts as `task`, normalized (case, spaces and dashes ignored). */
export function displayNamesFor(task: FlowTask): string[] {
  return [TASK_INFO[task].display, ...(DISPLAY_VARIANTS[task] ?? []), task].map(normalize);
}

const STATUS_RE = /task\s*\[([^\]\n]+)\]\s*status\s+is\s+changed\s+to\s*\[\s*(pass|fail|in\s*progress|not\s*started)\s*\]/gi;

function statusValue(raw: string): StatusValue {
  const s = raw.toLowerCase().replace(/\s+/g, '');
  return s === 'pass' ? 'Pass' : s === 'fail' ? 'Fail' : s === 'notstarted' ? 'Not Started' : 'In Progress';
}

/** The status lines about `task`, in output order. */
export function parseStatusLines(output: string, task: FlowTask): StatusLine[] {
  const names = new Set(displayNamesFor(task));
  const found: StatusLine[] = [];
  output.split(/\r?\n/).forEach((text, line) => {
    for (const m of text.matchAll(STATUS_RE)) {
      const display = (m[1] ?? '').trim();
      if (names.has(normalize(display))) found.push({ display, status: statusValue(m[2] ?? ''), line });
    }
  });
  return found;
}

/** The status the task ended on: the last status line about it wins. */
export function lastStatus(output: string, task: FlowTask): StatusValue | undefined {
  return parseStatusLines(output, task).at(-1)?.status;
}

function lastMatch(output: string, re: RegExp): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of output.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) last = m as RegExpExecArray;
  return last;
}

// A Prow job id as upstream prints it (Gangway's execution id, a UUID); Python's None is no id.
const PROW_ID = String.raw`(?!None\b)([A-Za-z0-9][A-Za-z0-9._-]{0,99})`;
const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where upstream's image-consistency-check names its Prow job (oar/cli/cmd_image_consistency_check.py,
 * prow/job/job.py), most telling first: the job this run triggered, the one it found still
 * running and left alone, the one it polled. A run that re-triggers names the old job too
 * ("Prow job {old} ended with state 'aborted', re-triggering"), and Python's prints on stdout
 * may arrive after its log lines on stderr, so order within the output decides nothing.
 */
const PROW_JOB_LINES: ReadonlyArray<readonly RegExp[]> = [
  [new RegExp(`Triggered image consistency check Prow job: ${PROW_ID}`), new RegExp(`Image consistency check job id: ${PROW_ID}`)],
  [new RegExp(`Prow job ${PROW_ID} already in state '`)],
  [new RegExp(`Checking image consistency check Prow job status for job ID: ${PROW_ID}`)],
];
const PROW_URL_RE = /(?:Prow job URL|Image consistency check job url|Job state: \w*, URL):\s*(https?:\/\/[^\s<>"']+)/i;

/** The image-consistency-check Prow job named in `output`, with its URL when printed. */
function prowJob(output: string): JobRef | undefined {
  for (const group of PROW_JOB_LINES) {
    let best: RegExpExecArray | undefined;
    for (const re of group) {
      const m = lastMatch(output, re);
      if (m && (!best || m.index > best.index)) best = m;
    }
    const id = best?.[1];
    if (!id) continue;
    // get_job_results prints `Job {id} results: {... 'jobURL': '…' ...}` (a Python dict).
    const results = lastMatch(output, new RegExp(`Job ${escapeRe(id)} results: [^\n]*?'jobURL': '(https?://[^'\\s]+)'`));
    const url = results?.[1] ?? lastMatch(output, PROW_URL_RE)?.[1];
    return jobRef(id, url);
  }
  const prow = lastMatch(output, new RegExp(String.raw`Prow job[^\n]{0,30}?\b(${PROW_JOB_ID})\b`, 'i'));
  if (!prow?.[1]) return undefined;
  return jobRef(prow[1], lastMatch(output, PROW_URL_RE)?.[1]);
}

/**
 * The job a trigger or poll printed (the last one mentioned), as the core's JobRef
 * (src/core/job-ref.ts, which also reads a person's input and upstream's old log text).
 * Jenkins build URLs end in `/{job}/{N}/`: the job's own name (core JENKINS_JOB) tells which task it belongs to.
 */
export function extractJob(output: string, task: FlowTask): JobRef | undefined {
  if (task === 'image-consistency-check') {
    const prow = prowJob(output);
    if (prow) return prow;
  }
  const jenkinsJob = isAsyncTask(task) ? JENKINS_JOB[task] : undefined;
  if (jenkinsJob) {
    const url = lastMatch(output, new RegExp(`(https?://[^\\s<>"']*/${jenkinsJob}/(\\d+))/?`));
    if (url?.[1] && url[2]) return jobRef(url[2], `${url[1]}/`);
    const path = lastMatch(output, new RegExp(`\\b${jenkinsJob}/(\\d+)\\b`));
    if (path?.[1]) return jobRef(path[1]);
  }
  if (task === 'push-to-cdn-staging') {
    const push = lastMatch(output, /push job (?:id[:\s]+|#)(\d+)/i);
    if (push?.[1]) return jobRef(push[1]);
  }
  return undefined;
}

// What upstream prints when the shipment MR's stage-release pipeline has not succeeded yet.
const STAGE_RELEASE_WAIT = [/stage[- ]release pipeline (?:is not completed yet|has not succeeded yet|is not success\b)/i, /ShipmentDataException/];
const STAGE_RELEASE_TASKS: readonly FlowTask[] = tasksWaitingOn('stage-release');

/** The last line saying the task waits for stage-release (tasks that depend on it only). */
function findStageReleaseWait(output: string, task: FlowTask): { line: number; reason: string } | undefined {
  if (!STAGE_RELEASE_TASKS.includes(task)) return undefined;
  const lines = output.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i] ?? '';
    if (STAGE_RELEASE_WAIT.some((re) => re.test(text))) return { line: i, reason: stripLogPrefix(text) };
  }
  return undefined;
}

/** Why the task waits for stage-release, if the output says so. */
export function detectStageReleaseWait(output: string, task: FlowTask): string | undefined {
  return findStageReleaseWait(output, task)?.reason;
}

/** `2026-04-23T10:58:11Z: INFO: text` and `2026-04-29 09:44:09,107 - INFO - text` → `text`. */
export function stripLogPrefix(line: string): string {
  return line
    .replace(/^\s*\d{4}-\d{2}-\d{2}[T ][\d:,.]+Z?\s*(?::|-)\s*[A-Z]+\s*(?::|-)\s*/, '')
    .trim();
}

const AUTH_RE =
  /unauthori[sz]ed|authentication (?:failed|required|error)|invalid (?:api )?(?:token|key)|please run \/login|not logged in|token (?:has )?(?:expired|is invalid|was rejected|is not valid)|bad credentials|no valid kerberos ticket|kerberos (?:ticket|credentials?)[^\n]*(?:expired|not found|missing)|GSS(?:API)?(?:Error| failure)|\bkinit\b|missing required environment variables|(?:status|code|http)[^\n\d]{0,12}\b(?:401|403)\b|\b(?:401|403)\b[^\n]{0,12}(?:unauthori|forbidden|client error)/i;

// Which credential a failing line points at, most specific first.
const CREDENTIAL_HINTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/jira/i, 'JIRA_TOKEN (the API token of JIRA_USERNAME)'],
  [/jenkins/i, 'JENKINS_USER/JENKINS_TOKEN'],
  [/gitlab/i, 'GITLAB_TOKEN'],
  [/slack/i, 'SLACK_BOT_TOKEN'],
  [/gangway|prow/i, 'APITOKEN (Prow/Gangway)'],
  [/google|sheets|gspread|gcp/i, 'GCP_SA_FILE'],
  [/github/i, 'GITHUB_TOKEN'],
  [/jwk|jwe|configstore/i, 'OAR_JWK'],
  [/kerberos|kinit|gss|negotiate|errata/i, 'the Kerberos ticket (kinit)'],
];
const ENV_NAME_RE = /\b([A-Z][A-Z0-9]*_(?:[A-Z0-9]+_)*(?:TOKEN|PASSWD|PASSWORD|JWK|KEY|FILE|USER|USERNAME))\b/g;

export interface AuthFailure {
  /** The credential to renew, named as the oar CLI's environment knows it. */
  readonly credential: string;
  /** The line that says so, without its log prefix. */
  readonly evidence: string;
}

/** A credential problem in the output: the first line that says so and what to renew. */
export function detectAuthFailure(output: string): AuthFailure | undefined {
  const lines = output.split(/\r?\n/);
  const index = lines.findIndex((l) => AUTH_RE.test(l));
  if (index < 0) return undefined;
  const evidence = stripLogPrefix(lines[index] ?? '');
  // The line itself, then what follows it (upstream lists missing variables on the next lines).
  const context = lines.slice(index, index + 8).join('\n');
  const named = [...new Set([...context.matchAll(ENV_NAME_RE)].map((m) => m[1] as string))];
  if (named.length) return { credential: named.join(', '), evidence };
  const hint = CREDENTIAL_HINTS.find(([re]) => re.test(context));
  return { credential: hint ? hint[1] : 'the credentials of the oar CLI', evidence };
}

export interface MissingEnv {
  /** The variables oar says it lacks, in the order it names them. */
  readonly names: readonly string[];
  /** The line that says so, without its log prefix. */
  readonly evidence: string;
}

const VAR = String.raw`([A-Z][A-Z0-9_]{1,63})`;
// What upstream prints when a variable it needs is unset (each names the variable):
const MISSING_ENV_LINES: readonly RegExp[] = [
  // oar/core/configstore.py _get_env_var
  new RegExp(`system environment variable ${VAR} not found`),
  // oar/core/statebox.py, oar/core/release_discovery.py: "GitHub token not found. Set GITHUB_TOKEN environment variable."
  new RegExp(`\\b[Ss]et (?:the )?${VAR} environment variable`),
  // prow/job/job.py get_prow_headers / get_github_headers (then sys.exit(0), without a job)
  new RegExp(`No ${VAR} env var found`),
  // oar/core/util.py get_elliott_env, oar/image_consistency_check/shipment.py
  new RegExp(`\\b${VAR} environment variable is not set`),
  // oar/notificator/jira_notificator.py: "Please set the JIRA_TOKEN environment variable."
  // oar/core/notification.py MailClient: "cannot find google app password from env var GOOGLE_APP_PASSWD"
  new RegExp(`from env var ${VAR}\\b`),
];
// oar/cli/cmd_group.py: "Missing required environment variables for OAR CLI:", then "  - NAME: purpose" each.
const MISSING_REQUIRED_HEADER = /Missing required environment variables for OAR CLI/i;
const MISSING_REQUIRED_ITEM = new RegExp(`^\\s*-\\s+${VAR}\\b`);
// Not fatal: the optional-variable warning, and oar failing to write its own StateBox after the command ran.
const NOT_FATAL = /Optional environment variable not set|Failed to update StateBox/i;

/**
 * The environment variables oar says it cannot run without, or undefined. Reads the list
 * `oar -r …` logs before any command when its validate_environment fails, and the single
 * complaints of the modules that read a variable when they need it.
 */
export function detectMissingEnv(output: string): MissingEnv | undefined {
  const lines = output.split(/\r?\n/);
  const names: string[] = [];
  let evidence: string | undefined;
  lines.forEach((raw, i) => {
    if (NOT_FATAL.test(raw)) return;
    if (MISSING_REQUIRED_HEADER.test(raw)) {
      const items: string[] = [];
      for (const item of lines.slice(i + 1)) {
        const text = stripLogPrefix(item);
        const m = MISSING_REQUIRED_ITEM.exec(text);
        if (!m?.[1]) break;
        names.push(m[1]);
        items.push(text.replace(/^-\s+/, ''));
      }
      evidence ??= [stripLogPrefix(raw), items.join('; ')].filter(Boolean).join(' ');
      return;
    }
    for (const re of MISSING_ENV_LINES) {
      const m = re.exec(raw);
      if (m?.[1]) {
        evidence ??= stripLogPrefix(raw);
        names.push(m[1]);
      }
    }
  });
  if (evidence === undefined) return undefined;
  return { names: [...new Set(names)], evidence };
}

// Upstream skips a trigger whose task its own StateBox already shows as started or passed.
const ALREADY_PASS_RE = /already\s+(?:pass(?:ed)?)\b/i;
// stage-testing: "stage testing already triggered and in progress"; image-consistency-check:
// "Prow job {id} already in state 'triggered', skipping duplicate trigger" (also 'pending', and
// 'success' before the image health check: the next poll runs that).
const ALREADY_RUNNING_RE = /already\s+(?:in progress|triggered)|already in state '(?:triggered|pending|success)', skipping duplicate trigger/i;
// create-test-report prints no status line in recent upstream versions, only these.
const REPORT_READY_RE = /StateBox (?:already exists|initialized successfully)|existing worksheet|test report url|docs\.google\.com\/spreadsheets/i;
const NETWORK_RE = /timed out|timeout|connection (?:refused|reset|aborted)|temporarily unavailable|\b(?:502|503|504)\b|max retries exceeded|name resolution/i;

export interface RawRun {
  /** stdout and stderr as the command printed them. */
  readonly output: string;
  /** undefined when the run was cut short (timeout) or the tool reported no code. */
  readonly exitCode: number | undefined;
  readonly timedOut?: boolean;
}

/** The last `n` non-empty lines, for error messages. */
export function tail(text: string, n = 5, maxChars = 600): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(-n).join(' | ');
  return lines.length > maxChars ? `…${lines.slice(-maxChars)}` : lines;
}

/** Why oar reset the task to Not Started: the line before its status line that explains it. */
function retriggerReason(output: string, line: number): string {
  const lines = output.split(/\r?\n/).slice(0, line).reverse();
  const why = lines.find((l) => /resetting for re-trigger|ended with state/i.test(l));
  return why ? stripLogPrefix(why) : 'oar reset the task to Not Started and asks for a new trigger';
}

/**
 * Turns one run's output into an outcome (emails masked), or throws:
 * PermanentError for a missing environment variable or a credential failure (named),
 * TransientError when the output does not say what happened (no status line, timeout, network
 * trouble). A status line `[Not Started]` comes back as Fail with `retrigger` set (see
 * ExecOutcome). `system` names the executor.
 */
export function interpretRun(task: FlowTask, run: RawRun, system: string): ExecOutcome {
  // Everything read here may end up in a StateBox, an issue or a notification.
  const output = maskEmails(run.output.trim());
  const lines = parseStatusLines(output, task);
  const last = lines.at(-1);
  const status = last?.status;
  const job = extractJob(output, task);
  const outcome = (s: ExecOutcome['status']): ExecOutcome => ({ status: s, output, ...(job ? { jobId: job.id, ...(job.url ? { jobUrl: job.url } : {}) } : {}) });

  // A trigger that printed In Progress with a job id did start the job, even if the command then hung.
  if (run.timedOut && !(status === 'In Progress' && job)) {
    throw new TransientError(`${system} did not finish ${task} in time${output ? `; last output: ${tail(output)}` : ''}.`);
  }
  // Not ready unless a Pass/In Progress came after it (upstream logs In Progress before it checks).
  const wait = findStageReleaseWait(output, task);
  const lastGood = lines.filter((l) => l.status !== 'Fail').at(-1);
  if (wait && wait.line > (lastGood?.line ?? -1)) {
    return { status: 'Wait', output, wait: { on: 'stage-release', detail: wait.reason } };
  }
  // A variable oar needs is unset: nothing it printed counts, unless the task passed or a job
  // runs (an In Progress without a job is a trigger that died: Gangway without APITOKEN exits 0).
  const missing = detectMissingEnv(output);
  if (missing && status !== 'Pass' && !(status === 'In Progress' && job)) {
    const many = missing.names.length > 1;
    const names = missing.names.length ? missing.names.join(', ') : 'an environment variable';
    throw new SetupError(`${system} cannot run ${task}: oar needs ${names}, which ${many ? 'are' : 'is'} not set (${missing.evidence}); set ${many ? 'them' : 'it'} in oar's environment.`);
  }
  if (status === 'Pass' || status === 'In Progress') return outcome(status);
  if (status === 'Not Started' && last) {
    return { ...outcome('Fail'), retrigger: { reason: retriggerReason(output, last.line) } };
  }

  const auth = detectAuthFailure(output);
  if (auth) {
    throw new SetupError(`${system} could not authenticate for ${task}: renew ${auth.credential} (${auth.evidence}).`);
  }
  if (status === 'Fail') return outcome('Fail');

  if (ALREADY_PASS_RE.test(output)) return outcome('Pass');
  if (ALREADY_RUNNING_RE.test(output)) return outcome('In Progress');
  if (task === 'create-test-report' && run.exitCode === 0 && REPORT_READY_RE.test(output)) return outcome('Pass');

  const code = run.exitCode === undefined ? '' : ` (exit code ${run.exitCode})`;
  const why = NETWORK_RE.test(output) ? 'hit a network problem' : 'printed no status line';
  throw new TransientError(`${system} ${why} for ${task}${code}${output ? `; last output: ${tail(output)}` : ''}.`);
}
