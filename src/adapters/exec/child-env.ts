/**
 * The environment of the oar CLI and the analyzer: an allow-list, never the driver's whole
 * environment. The action's process holds every input as INPUT_* (the GitHub token and the
 * other secrets), the runner's ACTIONS_* tokens and the file-command paths (GITHUB_ENV,
 * GITHUB_OUTPUT, …) through which a process can change later steps of the job. The analyzer
 * reads text from outside (test results) and could be talked into printing or sending what
 * its environment holds, so each child gets what any program needs plus its own credentials,
 * and whatever else the configuration names explicitly (the oar-env / analyzer-env inputs).
 */
import { registerSecrets } from '../../core/mask';

export type ChildKind = 'oar' | 'analyzer';

interface AllowList {
  readonly names: readonly string[];
  readonly prefixes: readonly string[];
}

/** What any program needs: paths, locale, time zone, temp dir, proxies, CA bundles, Kerberos, kubeconfig. */
const COMMON: AllowList = {
  names: [
    'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'TERM', 'LANG', 'LANGUAGE', 'TZ', 'TMPDIR', 'TMP', 'TEMP',
    'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY',
    'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE',
    'KRB5CCNAME', 'KRB5_CONFIG', 'KUBECONFIG',
    'XDG_CONFIG_HOME', 'XDG_CACHE_HOME', 'XDG_DATA_HOME', 'XDG_RUNTIME_DIR',
    // Windows cannot start a program without these.
    'SYSTEMROOT', 'WINDIR', 'COMSPEC', 'PATHEXT', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'PROGRAMDATA',
  ],
  prefixes: ['LC_'],
};

/** An environment variable a child needs, and what for (the README lists these). */
export interface EnvVarDoc {
  readonly name: string;
  readonly purpose: string;
}

/**
 * What the oar CLI of openshift/release-tests cannot run without. The first eight are the
 * `required_vars` of `ConfigStore.validate_environment()` (oar/core/configstore.py), which
 * `oar -r …` checks before any command (oar/cli/cmd_group.py): one missing and oar logs
 * "Missing required environment variables for OAR CLI:" with a `  - NAME: purpose` line each
 * and exits 1. GITHUB_TOKEN and APITOKEN are not checked up front but needed all the same:
 * every workflow command builds oar's StateBox (oar/core/statebox.py raises "GitHub token not
 * found. Set GITHUB_TOKEN environment variable."), and image-consistency-check triggers its Prow
 * job through Gangway with APITOKEN (prow/job/job.py prints "No APITOKEN env var found,
 * exit..." and exits 0 without a job).
 */
export const OAR_REQUIRED_ENV: readonly EnvVarDoc[] = [
  { name: 'OAR_JWK', purpose: 'key that decrypts oar\'s bundled config store (oar/core/configstore.json)' },
  { name: 'JIRA_TOKEN', purpose: 'Jira API token: the release ticket, CVE tracker bugs, QE ownership' },
  { name: 'JIRA_USERNAME', purpose: 'Jira Cloud user (email) the token belongs to; also elliott\'s JIRA_EMAIL when that is unset' },
  { name: 'GCP_SA_FILE', purpose: 'path of the Google service-account JSON file for the test report sheet' },
  { name: 'SLACK_BOT_TOKEN', purpose: 'Slack bot token for oar\'s notifications' },
  { name: 'JENKINS_USER', purpose: 'Jenkins user for the Stage-Pipeline job (stage-testing)' },
  { name: 'JENKINS_TOKEN', purpose: 'Jenkins API token of JENKINS_USER' },
  { name: 'GITLAB_TOKEN', purpose: 'GitLab token for the Konflux shipment MR (gitlab.cee.redhat.com)' },
  { name: 'GITHUB_TOKEN', purpose: 'GitHub token with write access to openshift/release-tests: oar reads and writes the StateBox on its z-stream branch itself' },
  { name: 'APITOKEN', purpose: 'Prow/Gangway token that triggers the image-consistency-check Prow job' },
];

/** What oar uses when present and runs without. */
export const OAR_OPTIONAL_ENV: readonly EnvVarDoc[] = [
  { name: 'SLACK_APP_TOKEN', purpose: 'Slack socket mode (oar warns "Optional environment variable not set: SLACK_APP_TOKEN" without it)' },
  { name: 'JIRA_EMAIL', purpose: 'Jira user of elliott, which oar runs for bug lists; defaults to JIRA_USERNAME' },
  { name: 'OAR_SLACK_CHANNEL', purpose: 'Slack channel for the full logs of a completion notice' },
  { name: 'OAR_SLACK_THREAD', purpose: 'Slack thread in OAR_SLACK_CHANNEL for those logs' },
  { name: 'GOOGLE_APP_PASSWD', purpose: 'Gmail app password of oar\'s mail client (unused upstream today: its mail client is disabled)' },
];

/** The names in OAR_REQUIRED_ENV that `env` lacks or holds empty (what oar's own check would refuse). */
export function missingOarEnv(env: NodeJS.ProcessEnv): string[] {
  return OAR_REQUIRED_ENV.map((v) => v.name).filter((name) => !env[name]);
}

/**
 * The oar CLI's own variables: the two lists above, its Python environment, and the OAR_*
 * prefix. Also Kerberos (KRB5CCNAME, in COMMON) for Errata Tool.
 */
const OAR: AllowList = {
  names: [...OAR_REQUIRED_ENV, ...OAR_OPTIONAL_ENV].map((v) => v.name).concat(['VIRTUAL_ENV', 'PYTHONPATH']),
  prefixes: ['OAR_'],
};

/** Claude Code's own variables (API key or OAuth token, model, Vertex/Bedrock switches). */
const ANALYZER: AllowList = {
  names: ['CLOUD_ML_REGION'],
  prefixes: ['ANTHROPIC_', 'CLAUDE_', 'VERTEX_REGION_'],
};

const OWN: Record<ChildKind, AllowList> = { oar: OAR, analyzer: ANALYZER };

/** The runner's file commands: a process that can write these changes the job's later steps. */
const FILE_COMMANDS = ['GITHUB_ENV', 'GITHUB_OUTPUT', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'];

/** Never handed to a child, even when the configuration names them. */
export function neverPassed(name: string): boolean {
  const upper = name.toUpperCase();
  return upper.startsWith('INPUT_') || upper.startsWith('ACTIONS_') || FILE_COMMANDS.includes(upper);
}

function allowed(list: AllowList, upper: string): boolean {
  return list.names.includes(upper) || list.prefixes.some((p) => upper.startsWith(p));
}

// A name whose value is a secret: one of its words (split at _ and -) ends with one of these.
// OAR_JWK, JIRA_TOKEN, APITOKEN, GOOGLE_APP_PASSWD, ANTHROPIC_API_KEY, INPUT_GOOGLE-CREDENTIALS, GH_PAT.
const SECRET_WORD_RE = /(?:TOKEN|KEY|KEYS|PASSWD|PASSWORD|SECRET|SECRETS|JWK|CREDENTIAL|CREDENTIALS|PAT|COOKIE)$/;

/** Whether a variable's value is a secret, by its name. */
export function isSecretEnvName(name: string): boolean {
  return name.toUpperCase().split(/[_-]+/).some((word) => SECRET_WORD_RE.test(word));
}

/** The names among the documented oar variables whose values are secrets. */
export const OAR_SECRET_ENV: readonly string[] = [...OAR_REQUIRED_ENV, ...OAR_OPTIONAL_ENV].map((v) => v.name).filter(isSecretEnvName);

/** The values of the secret-looking variables of `env`. */
export function secretEnvValues(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env).flatMap(([name, value]) => (value && isSecretEnvName(name) ? [value] : []));
}

/**
 * The environment for a `kind` child: from `env`, the common variables, the child's own, and
 * the `extra` names the configuration gives. Names compare case-insensitively (Windows' Path).
 * The secret-looking values it hands on are registered with core/mask, so whatever the child
 * prints of them is masked before it is written anywhere (StateBox, comment, summary, Slack).
 */
export function childEnv(env: NodeJS.ProcessEnv, kind: ChildKind, extra: readonly string[] = []): NodeJS.ProcessEnv {
  const named = new Set(extra.map((n) => n.toUpperCase()));
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || neverPassed(name)) continue;
    const upper = name.toUpperCase();
    if (allowed(COMMON, upper) || allowed(OWN[kind], upper) || named.has(upper)) out[name] = value;
  }
  registerSecrets(secretEnvValues(out));
  return out;
}

const ENV_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/** Why `name` cannot be passed on, or undefined when it can. */
export function envNameProblem(name: string): string | undefined {
  if (!ENV_NAME_RE.test(name)) return 'is not an environment variable name';
  if (neverPassed(name)) return 'is never passed on (inputs, the runner\'s ACTIONS_* tokens and file commands stay with the driver)';
  return undefined;
}

/** The names in `text` (separated by commas or spaces), once each, or the first that cannot be passed on. */
export function splitEnvNames(text: string): { names: string[] } | { refused: string; problem: string } {
  const names = text.split(/[\s,]+/).filter(Boolean);
  for (const name of names) {
    const problem = envNameProblem(name);
    if (problem) return { refused: name, problem };
  }
  return { names: [...new Set(names)] };
}
