/**
 * The action's inputs: one function reads every raw input (empty → undefined so defaults
 * apply), one zod schema validates and normalises them. A bad input becomes ONE sentence that
 * names the input and lists what it accepts. The outside systems' settings (executor, analyzer,
 * probes, Slack) go through the schema krd's environment goes through (src/settings-schema.ts):
 * this file reads them as inputs, and from the environment those that have no input.
 */
import * as core from '@actions/core';
import { z } from 'zod';
import { DEFAULT_GITHUB_API_URL } from '../adapters/github/octokit';
import { InputError } from '../core/errors';
import { isRelease } from '../core/version';
import { SYSTEM_SETTINGS, type SystemSettingKey } from '../settings';
import { choice as choiceOf, flag as flagOf, httpUrl, nonEmpty, parseSystemSettings, rawSettingsFromEnv, shown, type RawSystemSettings, type SettingNames, type SystemSettings } from '../settings-schema';

/** Every input of action.yml, by its name there. */
export const INPUT_NAMES = [
  'token',
  'github-api-url',
  'statebox-ref',
  'record-ref',
  'releases',
  'owner',
  'ai-decisions',
  'analyzer-command',
  'executor',
  'oar-command',
  'oar-env',
  'analyzer-env',
  'mcp-url',
  'mcp-token',
  'errata-token',
  'gitlab-token',
  'gitlab-url',
  'slack-channel',
  'slack-token',
  'sheet-id',
  'google-credentials',
  'status-issue',
  'max-operations',
  'dry-run',
  'allow-edited-comments',
  'allow-bots',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];
export type RawInputs = Partial<Record<InputName, string>>;

export const DEFAULT_MAX_OPERATIONS = 300;
export const MAX_OPERATIONS_CEILING = 100_000;

/** Inputs whose values are secrets: registered with core.setSecret so logs mask them. */
export const SECRET_INPUTS: readonly InputName[] = ['token', 'mcp-token', 'errata-token', 'gitlab-token', 'slack-token', 'google-credentials'];

/**
 * Reads every input through `core.getInput` (INPUT_* variables). Empty strings become
 * undefined. Secrets that users commonly keep in the environment fall back to it.
 */
export function readRawInputs(env: NodeJS.ProcessEnv = process.env): RawInputs {
  const raw: RawInputs = {};
  for (const name of INPUT_NAMES) {
    const value = core.getInput(name);
    if (value !== '') raw[name] = value;
  }
  raw.token ??= nonEmpty(env.GITHUB_TOKEN);
  // The runner names its own API (GitHub Enterprise Server: https://HOST/api/v3).
  raw['github-api-url'] ??= nonEmpty(env.GITHUB_API_URL);
  raw['slack-token'] ??= nonEmpty(env.SLACK_BOT_TOKEN);
  return raw;
}

const label = (name: InputName): string => `The ${name} input`;
const choice = <const T extends readonly [string, ...string[]]>(name: InputName, values: T) => choiceOf(label(name), values);
const flag = (name: InputName) => flagOf(label(name));

const EMAIL_RE = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;
function email(name: InputName) {
  return z
    .string()
    .trim()
    .regex(EMAIL_RE, { error: (iss) => `The ${name} input is ${shown(iss.input)}; accepted values: an email address such as qe@example.com.` });
}

// A branch name that cannot smuggle a path or an option into an API URL.
const REF_RE = /^(?!-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/-]{1,200}(?<![./])$/;
function ref(name: InputName) {
  return z
    .string()
    .trim()
    .regex(REF_RE, { error: (iss) => `The ${name} input is ${shown(iss.input)}; accepted values: a branch name such as z-stream (letters, digits, . _ / -).` });
}

// Plain http only to this machine (a local server); the token never crosses a network in clear.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The GitHub REST API root: https (http on loopback only), no credentials, query or fragment; no trailing slash. */
const githubApiUrl = z
  .string()
  .trim()
  .transform((v, ctx) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(v);
    } catch {
      parsed = undefined;
    }
    const secure = parsed !== undefined && (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname)));
    if (!parsed || !secure || parsed.username !== '' || parsed.password !== '' || parsed.search !== '' || parsed.hash !== '') {
      ctx.addIssue({
        code: 'custom',
        message: `The github-api-url input is ${shown(v)}; accepted values: the https URL of the GitHub REST API, such as ${DEFAULT_GITHUB_API_URL} or https://github.example.com/api/v3 for GitHub Enterprise Server (empty: GITHUB_API_URL).`,
      });
      return z.NEVER;
    }
    return parsed.href.replace(/\/+$/, '');
  });

const releases = z.string().transform((v, ctx) => {
  const names = v.split(/[\s,]+/).filter((s) => s !== '');
  const bad = names.find((n) => !isRelease(n));
  if (bad !== undefined) {
    ctx.addIssue({ code: 'custom', message: `The releases input has ${shown(bad)}; accepted values: releases such as 4.20.1 or 5.0.0-ec.3, separated by commas or spaces (empty: every active release).` });
    return z.NEVER;
  }
  return [...new Set(names)];
});

const maxOperations = z
  .string()
  .trim()
  .refine((v) => /^\d{1,9}$/.test(v) && Number(v) >= 1 && Number(v) <= MAX_OPERATIONS_CEILING, {
    error: (iss) => `The max-operations input is ${shown(iss.input)}; accepted values: a whole number from 1 to ${MAX_OPERATIONS_CEILING}.`,
  })
  .transform(Number);

/** A service account JSON key (needs client_email and private_key) or an OAuth access token. */
export type GoogleCredentials = { readonly kind: 'service-account'; readonly json: Record<string, unknown> } | { readonly kind: 'access-token'; readonly token: string };

const googleCredentials = z.string().transform((v, ctx): GoogleCredentials => {
  const text = v.trim();
  if (!text.startsWith('{')) return { kind: 'access-token', token: text };
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    if (typeof json.client_email === 'string' && typeof json.private_key === 'string') return { kind: 'service-account', json };
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: 'The google-credentials input is not a usable service account key; accepted values: the JSON key of a service account (with client_email and private_key) or an OAuth access token.' });
  return z.NEVER;
});

const statusIssue = z
  .string()
  .trim()
  .refine((v) => /^#?[1-9]\d{0,8}$/.test(v), { error: (iss) => `The status-issue input is ${shown(iss.input)}; accepted values: an issue or pull request number such as 42, or empty.` })
  .transform((v) => Number(v.replace('#', '')));

export const inputsSchema = z
  .object({
    token: z.string({ error: 'The token input is empty; accepted values: a GitHub token, by default ${{ github.token }}.' }),
    'github-api-url': githubApiUrl.default(DEFAULT_GITHUB_API_URL),
    'statebox-ref': ref('statebox-ref').optional(),
    'record-ref': ref('record-ref').default('record'),
    releases: releases.default([]),
    owner: email('owner').optional(),
    'ai-decisions': choice('ai-decisions', ['auto', 'advisory']).default('auto'),
    'sheet-id': z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{10,200}$/, { error: (iss) => `The sheet-id input is ${shown(iss.input)}; accepted values: a Google Sheets id (letters, digits, - and _ from the sheet's URL).` })
      .optional(),
    'google-credentials': googleCredentials.optional(),
    'status-issue': statusIssue.optional(),
    'max-operations': maxOperations.default(DEFAULT_MAX_OPERATIONS),
    'dry-run': flag('dry-run').default(false),
    'allow-edited-comments': flag('allow-edited-comments').default(false),
    'allow-bots': flag('allow-bots').default(false),
  })
  .superRefine((v, ctx) => {
    if (v['sheet-id'] && !v['google-credentials']) {
      ctx.addIssue({ code: 'custom', message: 'The sheet-id input is set but google-credentials is empty; pass a service account JSON key or an access token from a secret as google-credentials.' });
    }
  })
  .transform((v) => ({
    token: v.token,
    githubApiUrl: v['github-api-url'],
    stateboxRef: v['statebox-ref'],
    recordRef: v['record-ref'],
    releases: v.releases,
    owner: v.owner,
    aiDecisions: v['ai-decisions'],
    sheetId: v['sheet-id'],
    googleCredentials: v['google-credentials'],
    statusIssue: v['status-issue'],
    maxOperations: v['max-operations'],
    dryRun: v['dry-run'],
    allowEditedComments: v['allow-edited-comments'],
    allowBots: v['allow-bots'],
  }));

/** The input that sets a system setting (src/settings.ts), if it has one. */
function inputOf(key: SystemSettingKey): InputName | undefined {
  const setting = SYSTEM_SETTINGS[key];
  return 'input' in setting ? (setting.input as InputName) : undefined;
}

/** The action names a system setting by its input, or by its variable when it has no input. */
const INPUT_NAMES_OF: SettingNames<SystemSettingKey> = {
  name: (key) => inputOf(key) ?? SYSTEM_SETTINGS[key].env,
  label: (key) => {
    const input = inputOf(key);
    return input ? label(input) : SYSTEM_SETTINGS[key].env;
  },
};

export type ActionConfig = z.infer<typeof inputsSchema> & {
  /** The executor, analyzer, probes and Slack (the same schema as krd's environment). */
  readonly systems: SystemSettings;
  /** The Google Sheets API root (KRD_SHEETS_API_URL, as krd status reads it); default Google's. */
  readonly sheetsApiUrl?: string;
};

/**
 * Validates raw inputs; throws InputError with the first problem as one sentence. The system
 * settings without an input (KRD_RELEASE_CONTROLLER_URL, SLACK_API_URL, …) come from `env`.
 */
export function parseConfig(raw: RawInputs, env: NodeJS.ProcessEnv = {}): ActionConfig {
  const parsed = inputsSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(parsed.error.issues[0]?.message ?? 'The action inputs are invalid.');
  const fromEnv = rawSettingsFromEnv(env);
  const system: RawSystemSettings = {};
  for (const key of Object.keys(SYSTEM_SETTINGS) as SystemSettingKey[]) {
    const input = inputOf(key);
    const value = input ? raw[input] : fromEnv[key];
    if (value !== undefined) system[key] = value;
  }
  const sheetsApi = nonEmpty(env.KRD_SHEETS_API_URL);
  const sheetsApiUrl = sheetsApi === undefined ? undefined : httpUrl('KRD_SHEETS_API_URL', 'https://sheets.googleapis.com/').safeParse(sheetsApi);
  if (sheetsApiUrl && !sheetsApiUrl.success) throw new InputError(sheetsApiUrl.error.issues[0]!.message);
  return { ...parsed.data, systems: parseSystemSettings(system, INPUT_NAMES_OF), ...(sheetsApiUrl ? { sheetsApiUrl: sheetsApiUrl.data } : {}) };
}

/** Reads and validates every input; secrets are masked in logs from here on. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ActionConfig {
  const raw = readRawInputs(env);
  for (const name of SECRET_INPUTS) {
    for (const part of secretParts(raw[name])) core.setSecret(part);
  }
  return parseConfig(raw, env);
}

/**
 * What to register with core.setSecret for one secret value: the value, each of its lines (the
 * runner masks whole registered strings, and a log line may show one line of a PEM key), and
 * the private_key of a service-account JSON as it appears once parsed.
 */
export function secretParts(value: string | undefined): string[] {
  if (!value) return [];
  const parts = new Set([value]);
  const addLines = (text: string) => {
    for (const line of text.split(/\r?\n/)) if (line.trim().length >= 8) parts.add(line.trim());
  };
  addLines(value);
  try {
    const key = (JSON.parse(value) as { private_key?: unknown }).private_key;
    if (typeof key === 'string' && key !== '') {
      parts.add(key);
      addLines(key);
    }
  } catch {
    // Not JSON: an access token, already registered whole.
  }
  return [...parts];
}
