/**
 * Reading the job an async task started (a Jenkins build, a Prow job, an Errata push job), in
 * one place and one type, wherever it is written:
 * - a person's input (`/release:record-job`): `parseJobRef`, checked against what each async
 *   task's job looks like before it reaches the StateBox and, from there, oar's argument list
 *   (`-n N`, `--job-id ID`); only a plain id or an https URL of the expected shape passes;
 * - upstream's log text in a StateBox result, from before jobs had their own field: `legacyJob`;
 * - an executor's output: src/adapters/exec/status-line.ts `extractJob`, which knows oar's own
 *   lines and builds on the patterns here (`PROW_JOB_ID`, `JENKINS_JOB`).
 */
import { InputError } from './errors';
import { ASYNC_TASKS, isAsyncTask, type AsyncTask, type FlowTask } from './tasks';

export interface JobRef {
  /** What polls pass to oar: a Jenkins build number, a Prow job id, an Errata push job id. */
  readonly id: string;
  /** Where a person looks at the job, when it is known. */
  readonly url?: string;
}

/** A JobRef, without a `url` key when there is no URL. */
export function jobRef(id: string, url?: string): JobRef {
  return { id, ...(url ? { url } : {}) };
}

/** Longer than any real job URL; a longer argument is refused before any pattern runs. */
export const MAX_JOB_CHARS = 300;

// A DNS host name (no user info, no IP address, no IDN tricks) and an optional port.
const HOST = String.raw`(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}(?::\d{1,5})?`;
// A Jenkins folder such as `job/zstreams/`: a name never starting with a dot (so never `..`).
const FOLDERS = String.raw`(?:job/[a-z0-9_-][a-z0-9._-]{0,99}/)*`;
// Pages of a build a person may have copied instead of the build itself.
const BUILD_PAGE = String.raw`(?:/(?:console|consoleFull|consoleText|display/redirect)?)?`;
const BUILD_NUMBER = String.raw`[1-9]\d{0,11}`;
const UUID = String.raw`[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}`;

/** A Prow job id (Gangway's execution id, a UUID), as a regular expression source; match it case-insensitively. */
export const PROW_JOB_ID = UUID;

/** The Jenkins job whose builds (`…/job/{name}/{N}/`) belong to each task run on Jenkins. */
export const JENKINS_JOB: Readonly<Partial<Record<AsyncTask, string>>> = {
  'image-consistency-check': 'image-consistency-check',
  'stage-testing': 'Stage-Pipeline',
};

function jenkinsBuild(job: string): RegExp {
  return new RegExp(`^(https://${HOST}/${FOLDERS}job/${job}/(${BUILD_NUMBER}))${BUILD_PAGE}$`, 'i');
}

const DIGITS_RE = new RegExp(`^${BUILD_NUMBER}$`);
const UUID_RE = new RegExp(`^${UUID}$`, 'i');
// Deck's prowjob.yaml link and gangway's execution URL both name the Prow job id.
const PROW_JOB_RE = new RegExp(`^https://${HOST}/(?:prowjob\\?prowjob=|v1/executions/)(${UUID})$`, 'i');
// Deck's build page names the build, not the Prow job: oar cannot poll that number.
const PROW_BUILD_PAGE_RE = new RegExp(`^https://${HOST}/view/`, 'i');
const ERRATA_PUSH_RE = new RegExp(`^https://${HOST}/(?:push/)?push_(?:results|jobs)/(${BUILD_NUMBER})/?$`, 'i');

interface Form {
  /** The id and URL when `text` is this form of job. */
  read(text: string): JobRef | undefined;
}

const digits: Form = { read: (text) => (DIGITS_RE.test(text) ? { id: text } : undefined) };
const prowId: Form = { read: (text) => (UUID_RE.test(text) ? { id: text.toLowerCase() } : undefined) };
const prowUrl: Form = {
  read: (text) => {
    const m = PROW_JOB_RE.exec(text);
    return m?.[1] ? { id: m[1].toLowerCase(), url: text } : undefined;
  },
};
const errataUrl: Form = {
  read: (text) => {
    const m = ERRATA_PUSH_RE.exec(text);
    return m?.[1] ? { id: m[1], url: text } : undefined;
  },
};
function jenkinsUrl(job: string): Form {
  const re = jenkinsBuild(job);
  return {
    read: (text) => {
      const m = re.exec(text);
      // Kept as the build's own URL, as the executors record it (`…/Stage-Pipeline/1674/`).
      return m?.[1] && m[2] ? { id: m[2], url: `${m[1]}/` } : undefined;
    },
  };
}

interface Accepted {
  readonly forms: readonly Form[];
  /** What a person may give, with examples, for the refusal. */
  readonly expected: string;
}

const ACCEPTED: Readonly<Record<AsyncTask, Accepted>> = {
  'push-to-cdn-staging': {
    forms: [digits, errataUrl],
    expected: 'the Errata Tool push job id (123456) or its https URL (https://errata.example.com/push_results/123456)',
  },
  'image-consistency-check': {
    forms: [prowId, prowUrl, digits, jenkinsUrl(JENKINS_JOB['image-consistency-check'] as string)],
    expected:
      'the Prow job id (a UUID such as 227f5f68-ae68-4038-b601-12b15816be62, or the https URL of its prowjob.yaml page), ' +
      'or the Jenkins image-consistency-check build number (3529) or its https URL (https://jenkins.example.com/job/image-consistency-check/3529/)',
  },
  'stage-testing': {
    forms: [digits, jenkinsUrl(JENKINS_JOB['stage-testing'] as string)],
    expected: 'the Jenkins Stage-Pipeline build number (1674) or its https URL (https://jenkins.example.com/job/zstreams/job/Stage-Pipeline/1674/)',
  },
};

/** The argument quoted for a refusal, short and with anything odd escaped. */
function shown(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** Why `text` is not a job, in one sentence a person can act on. */
function refusal(task: AsyncTask, text: string): string {
  const expected = `give ${ACCEPTED[task].expected}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^https:\/\//i.test(text)) {
    return `${shown(text)} is not a job of ${task}: only https URLs are accepted; ${expected}.`;
  }
  if (task === 'image-consistency-check' && PROW_BUILD_PAGE_RE.test(text)) {
    return `${shown(text)} is a Prow build page, which names the build and not the Prow job that oar polls; ${expected}.`;
  }
  return `${shown(text)} is not a job of ${task}: ${expected}.`;
}

/**
 * The job `text` names for `task`, or an InputError saying what is expected. Nothing but an
 * id of digits, a UUID (Prow) or an https URL of the task's job system passes.
 */
export function parseJobRef(task: FlowTask, text: string): JobRef {
  if (!isAsyncTask(task)) {
    throw new InputError(`${task} starts no job: only ${ASYNC_TASKS.join(', ')} do.`);
  }
  const trimmed = text.trim();
  if (trimmed === '') throw new InputError(`The job of ${task} is empty; give ${ACCEPTED[task].expected}.`);
  if (trimmed.length > MAX_JOB_CHARS) {
    throw new InputError(`The job of ${task} is longer than ${MAX_JOB_CHARS} characters; give ${ACCEPTED[task].expected}.`);
  }
  for (const form of ACCEPTED[task].forms) {
    const ref = form.read(trimmed);
    if (ref) return ref;
  }
  throw new InputError(refusal(task, trimmed));
}

// Upstream kept job ids only in log text: its Prow job lines and the Stage-Pipeline build URL.
const LEGACY_PROW_RES: readonly RegExp[] = [
  new RegExp(String.raw`Prow job(?: status for job ID)?:?\s+(${PROW_JOB_ID})`, 'i'),
  new RegExp(String.raw`job ID:\s*(${PROW_JOB_ID})`, 'i'),
];
const LEGACY_JENKINS_RE = new RegExp(String.raw`<?(https?://\S+?/${JENKINS_JOB['stage-testing'] as string}/(\d+)/?)>?(?:\s|$)`);

/** The job (and URL) upstream wrote into a task's result text, if any: polls then name the job. */
export function legacyJob(result: string | null | undefined): JobRef | undefined {
  if (!result) return undefined;
  const jenkins = LEGACY_JENKINS_RE.exec(result);
  if (jenkins?.[1] && jenkins[2]) return jobRef(jenkins[2], jenkins[1]);
  for (const re of LEGACY_PROW_RES) {
    const m = re.exec(result);
    if (m?.[1]) return jobRef(m[1]);
  }
  return undefined;
}
