/**
 * One zod schema for the settings of the outside systems (src/settings.ts lists them), whatever
 * their source: the action's inputs or krd's environment. Each source has a raw reader (text by
 * setting, empty = unset) and a way to name a setting in a sentence (`The executor input`,
 * `KRD_EXECUTOR`); the checks, defaults and words are the same. A bad value is ONE sentence
 * naming the setting and what it accepts. The builders are shared with the action's own inputs.
 */
import { z } from 'zod';
import { DEFAULT_PROBE_URLS, type HttpProbesOptions } from './adapters/probes/http-probes';
import { splitEnvNames } from './adapters/exec/child-env';
import { InputError, errorMessage } from './core/errors';
import { tokenize } from './triggers/commands';
import { SYSTEM_SETTINGS, type SystemSettingKey } from './settings';

export type ExecutorSettings =
  | { readonly kind: 'oar'; readonly command?: readonly string[]; readonly timeoutMs: number }
  | { readonly kind: 'mcp'; readonly url: string; readonly headers?: Record<string, string>; readonly timeoutMs?: number };

/** The outside systems, as the wiring builds them (src/wiring.ts). */
export interface SystemSettings {
  readonly executor: ExecutorSettings;
  /** The analyzer command (`{build}` is replaced), or false for none: unaccepted results then wait for a person. */
  readonly analyzer: { readonly command?: readonly string[]; readonly timeoutMs: number } | false;
  readonly probes: HttpProbesOptions;
  readonly slack?: { readonly token: string; readonly channel: string; readonly apiUrl?: string };
  /** Further variables handed to each child explicitly (oar-env, analyzer-env). */
  readonly passEnv: { readonly oar?: readonly string[]; readonly analyzer?: readonly string[] };
  /** The secret values among them (tokens), for the mask. */
  readonly secrets: readonly string[];
}

/** How a source names its settings: bare (`executor`, `KRD_EXECUTOR`) and as a sentence's subject. */
export interface SettingNames<K extends string = string> {
  readonly name: (key: K) => string;
  readonly label: (key: K) => string;
}

export const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
};

const accepted = (label: string, value: unknown, what: string): string => `${label} is ${shown(value)}; accepted values: ${what}.`;

/** One of `values`, case and spaces ignored. */
export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z
    .string()
    .transform((v) => v.trim().toLowerCase())
    .pipe(z.enum(values, { error: (iss) => accepted(label, iss.input, values.join(', ')) }));
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** true or false, as YAML 1.2 core writes them (what `core.getBooleanInput` accepts). */
export function flag(label: string) {
  return z
    .string()
    .trim()
    .refine((v) => TRUE.includes(v) || FALSE.includes(v), { error: (iss) => accepted(label, iss.input, 'true, false') })
    .transform((v) => TRUE.includes(v));
}

/** An http(s) URL (kept as written, trimmed). */
export function httpUrl(label: string, example: string) {
  return z
    .string()
    .trim()
    .refine(
      (v) => {
        try {
          return ['http:', 'https:'].includes(new URL(v).protocol);
        } catch {
          return false;
        }
      },
      { error: (iss) => accepted(label, iss.input, `an http(s) URL such as ${example}`) },
    );
}

/**
 * A command line: words separated by spaces, quoted where needed (the comment parser's
 * tokenizer: never a shell), or a JSON array of strings, the exact argument list.
 */
export function commandLine(label: string, options: { none?: boolean } = {}) {
  return z.string().transform((v, ctx): string[] | false => {
    const text = v.trim();
    // `none` turns the analyzer off: unaccepted results wait for a person.
    if (options.none && text === 'none') return false;
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (text.startsWith('[')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((p) => typeof p === 'string' && p !== '')) return parsed as string[];
      return fail(`${label} is not a JSON array of command words; accepted values: a non-empty JSON array of strings such as ["oar"], or words separated by spaces.`);
    }
    try {
      const words = tokenize(text);
      if (words.length > 0) return words;
    } catch (err) {
      return fail(`${label} cannot be split into arguments (${errorMessage(err)}); accepted values: words separated by spaces, quoted where needed.`);
    }
    return fail(`${label} is empty; accepted values: a command line such as "oar" or "claude -p '/ci:analyze-build-test-results {build}'".`);
  });
}

/** Names of environment variables handed to a child process on top of its allow-list. */
export function envNames(label: string) {
  return z.string().transform((v, ctx) => {
    const split = splitEnvNames(v);
    if ('names' in split) return split.names;
    ctx.addIssue({ code: 'custom', message: `${label} has ${shown(split.refused)}, which ${split.problem}; accepted values: names of environment variables separated by commas or spaces.` });
    return z.NEVER;
  });
}

/** A positive number of minutes, as milliseconds. */
function minutes(label: string, fallback: number) {
  return z
    .string()
    .trim()
    .refine((v) => Number.isFinite(Number(v)) && Number(v) > 0, { error: (iss) => accepted(label, iss.input, `a positive number of minutes (default ${fallback})`) })
    .transform((v) => Number(v) * 60_000);
}

const MCP_EXAMPLE = 'https://mcp.example/mcp';
const DEFAULT_TIMEOUT_MINUTES = 30;

function systemSchema(names: SettingNames<SystemSettingKey>) {
  const { name, label } = names;
  const url = (key: SystemSettingKey, example: string) => httpUrl(label(key), example).optional();
  return z
    .object({
      executor: choice(label('executor'), ['oar', 'mcp']).default('oar'),
      oarCommand: commandLine(label('oarCommand')).optional(),
      mcpUrl: url('mcpUrl', MCP_EXAMPLE),
      mcpToken: z.string().optional(),
      taskTimeoutMinutes: minutes(label('taskTimeoutMinutes'), DEFAULT_TIMEOUT_MINUTES).default(DEFAULT_TIMEOUT_MINUTES * 60_000),
      analyzerCommand: commandLine(label('analyzerCommand'), { none: true }).optional(),
      analyzerTimeoutMinutes: minutes(label('analyzerTimeoutMinutes'), DEFAULT_TIMEOUT_MINUTES).default(DEFAULT_TIMEOUT_MINUTES * 60_000),
      slackToken: z.string().optional(),
      slackChannel: z.string().trim().optional(),
      slackApiUrl: url('slackApiUrl', 'https://slack.com/api/'),
      releaseControllerUrl: url('releaseControllerUrl', DEFAULT_PROBE_URLS.releaseControllerUrl),
      errataUrl: url('errataUrl', DEFAULT_PROBE_URLS.errataUrl),
      errataToken: z.string().optional(),
      gitlabToken: z.string().optional(),
      gitlabUrl: url('gitlabUrl', DEFAULT_PROBE_URLS.gitlabUrl).default(DEFAULT_PROBE_URLS.gitlabUrl),
      oarEnv: envNames(label('oarEnv')).optional(),
      analyzerEnv: envNames(label('analyzerEnv')).optional(),
      mirrorUrl: url('mirrorUrl', DEFAULT_PROBE_URLS.mirrorUrl),
      releaseArtifactsUrl: url('releaseArtifactsUrl', DEFAULT_PROBE_URLS.releaseArtifactsUrl),
      prodMetadataUrlTemplate: url('prodMetadataUrlTemplate', 'https://example.com/{release}/prod.yaml'),
    } satisfies Record<SystemSettingKey, z.ZodType>)
    .superRefine((v, ctx) => {
      if (v.executor === 'mcp' && !v.mcpUrl) {
        ctx.addIssue({ code: 'custom', message: `${label('mcpUrl')} is required when ${name('executor')} is mcp; accepted values: the MCP server URL such as ${MCP_EXAMPLE}.` });
      }
      // The token alone is fine (SLACK_BOT_TOKEN is also among the variables oar needs): Slack is on with a channel.
      if (v.slackChannel && !v.slackToken) {
        ctx.addIssue({ code: 'custom', message: `${label('slackChannel')} is set but ${name('slackToken')} is empty; pass the Slack bot token from a secret as ${name('slackToken')}, or leave ${name('slackChannel')} empty.` });
      }
    })
    .transform((v): SystemSettings => {
      const executor: ExecutorSettings =
        v.executor === 'mcp' && v.mcpUrl
          ? { kind: 'mcp', url: v.mcpUrl, timeoutMs: v.taskTimeoutMinutes, ...(v.mcpToken ? { headers: { Authorization: `Bearer ${v.mcpToken}` } } : {}) }
          : { kind: 'oar', timeoutMs: v.taskTimeoutMinutes, ...(v.oarCommand ? { command: v.oarCommand } : {}) };
      const probes: Record<string, string> = {};
      for (const key of ['releaseControllerUrl', 'errataUrl', 'errataToken', 'gitlabToken', 'gitlabUrl', 'mirrorUrl', 'releaseArtifactsUrl', 'prodMetadataUrlTemplate'] as const) {
        const value = v[key];
        if (value) probes[key] = value;
      }
      return {
        executor,
        analyzer: v.analyzerCommand === false ? false : { timeoutMs: v.analyzerTimeoutMinutes, ...(v.analyzerCommand ? { command: v.analyzerCommand } : {}) },
        probes,
        ...(v.slackChannel && v.slackToken ? { slack: { token: v.slackToken, channel: v.slackChannel, ...(v.slackApiUrl ? { apiUrl: v.slackApiUrl } : {}) } } : {}),
        passEnv: { ...(v.oarEnv ? { oar: v.oarEnv } : {}), ...(v.analyzerEnv ? { analyzer: v.analyzerEnv } : {}) },
        secrets: [v.mcpToken, v.errataToken, v.gitlabToken, v.slackToken].filter((s): s is string => Boolean(s)),
      };
    });
}

export type RawSystemSettings = Partial<Record<SystemSettingKey, string>>;

/** Validates the raw settings of one source; throws InputError with the first problem as one sentence. */
export function parseSystemSettings(raw: RawSystemSettings, names: SettingNames<SystemSettingKey>): SystemSettings {
  const parsed = systemSchema(names).safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new InputError(parsed.error.issues[0]?.message ?? 'The settings are invalid.');
}

/** A value as a source gives it, or undefined when it is empty (an unset setting: its default applies). */
export const nonEmpty = (value: string | undefined): string | undefined => (value !== undefined && value.trim() !== '' ? value : undefined);

/** krd's source: the environment, each setting by its variable (SYSTEM_SETTINGS `env`). */
export const ENV_NAMES: SettingNames<SystemSettingKey> = { name: (key) => SYSTEM_SETTINGS[key].env, label: (key) => SYSTEM_SETTINGS[key].env };

/** The raw settings krd reads from its environment. */
export function rawSettingsFromEnv(env: NodeJS.ProcessEnv): RawSystemSettings {
  const raw: RawSystemSettings = {};
  for (const [key, setting] of Object.entries(SYSTEM_SETTINGS) as [SystemSettingKey, (typeof SYSTEM_SETTINGS)[SystemSettingKey]][]) {
    const value = nonEmpty(env[setting.env]);
    if (value !== undefined) raw[key] = value;
  }
  return raw;
}

/** The outside systems krd drives with, from its environment. */
export function systemSettingsFromEnv(env: NodeJS.ProcessEnv): SystemSettings {
  return parseSystemSettings(rawSettingsFromEnv(env), ENV_NAMES);
}
