/**
 * The action's inputs and krd's environment are read by one schema (src/settings-schema.ts):
 * the same value gives the same settings from both, and a bad value the same sentence, naming
 * the setting as its source does (`The executor input`, `KRD_EXECUTOR`).
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/action/config';
import { SYSTEM_SETTINGS, type SystemSettingKey } from '../src/settings';
import { systemSettingsFromEnv } from '../src/settings-schema';
import { InputError } from '../src/core/errors';

type WithInput = { [K in SystemSettingKey]: (typeof SYSTEM_SETTINGS)[K] extends { input: string } ? K : never }[SystemSettingKey];

const inputOf = (key: WithInput): string => (SYSTEM_SETTINGS[key] as { input: string }).input;
const envOf = (key: SystemSettingKey): string => SYSTEM_SETTINGS[key].env;

/** The same raw values, once as inputs and once as krd's environment. */
function both(values: Partial<Record<WithInput, string>>) {
  const inputs = Object.fromEntries(Object.entries(values).map(([k, v]) => [inputOf(k as WithInput), v]));
  const env = Object.fromEntries(Object.entries(values).map(([k, v]) => [envOf(k as WithInput), v]));
  return { action: () => parseConfig({ token: 't', ...inputs }).systems, krd: () => systemSettingsFromEnv(env) };
}

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
  throw new Error('no refusal');
}

describe('one schema for the settings of the outside systems', () => {
  it.each<[string, Partial<Record<WithInput, string>>]>([
    ['the analyzer command splits into the same 3 words', { analyzerCommand: "claude -p '/ci:analyze-build-test-results {build}'" }],
    ['quotes group words, never a shell', { oarCommand: 'python3 -m "oar cli"' }],
    ['a JSON array is the exact argument list', { oarCommand: '["/usr/bin/node", "fake oar.mjs"]' }],
    ['none turns the analyzer off', { analyzerCommand: 'none' }],
    ['the MCP executor with its token', { executor: 'MCP', mcpUrl: 'https://mcp.example/mcp', mcpToken: 'secret' }],
    ['Slack with a channel and a token', { slackChannel: 'C0REL', slackToken: 'xoxb-1' }],
    ['a Slack token alone (oar needs one too) turns nothing on', { slackToken: 'xoxb-1' }],
    ['variables for the children', { oarEnv: 'JIRA_TOKEN, GITHUB_TOKEN JIRA_TOKEN', analyzerEnv: 'AWS_PROFILE' }],
    ['the probes', { errataToken: 'et', gitlabToken: 'gl', gitlabUrl: 'https://gitlab.example:8443' }],
  ])('%s: the same settings from the inputs and from the environment', (_name, values) => {
    const { action, krd } = both(values);
    expect(action()).toEqual(krd());
  });

  it('the analyzer command of the issue: 3 arguments from either source', () => {
    const { action, krd } = both({ analyzerCommand: "claude -p '/ci:analyze-build-test-results {build}'" });
    const words = ['claude', '-p', '/ci:analyze-build-test-results {build}'];
    expect(action().analyzer).toMatchObject({ command: words });
    expect(krd().analyzer).toMatchObject({ command: words });
  });

  it.each<[string, Partial<Record<WithInput, string>>]>([
    ['an unknown executor', { executor: 'jenkins' }],
    ['an unbalanced quote', { analyzerCommand: "claude -p 'oops" }],
    ['a JSON array of no words', { oarCommand: '[]' }],
    ['an MCP URL that is not http(s)', { executor: 'mcp', mcpUrl: 'file:///etc/passwd' }],
    ['the MCP executor without its URL', { executor: 'mcp' }],
    ['a Slack channel without a token', { slackChannel: 'C0REL' }],
    ['a variable never passed on', { oarEnv: 'INPUT_TOKEN' }],
    ['a GitLab URL without a scheme', { gitlabUrl: 'gitlab.example' }],
  ])('%s: one sentence, the same words, each source naming the setting its way', (_name, values) => {
    const { action, krd } = both(values);
    const fromInputs = refusal(action);
    const fromEnv = refusal(krd);
    // Naming aside, the sentences are the same.
    let normalised = fromInputs;
    for (const [key, setting] of Object.entries(SYSTEM_SETTINGS)) {
      if (!('input' in setting)) continue;
      normalised = normalised.replace(`The ${setting.input} input`, envOf(key as SystemSettingKey)).replace(new RegExp(`\\b${setting.input}\\b`, 'g'), envOf(key as SystemSettingKey));
    }
    expect(normalised).toBe(fromEnv);
    expect(fromEnv).toMatch(/^(KRD_|SLACK_)/);
    expect(fromInputs).toMatch(/^The [a-z-]+ input /);
    expect(fromEnv).not.toContain('\n');
  });

  it('settings with no input reach the action from its environment, checked the same way', () => {
    expect(parseConfig({ token: 't' }, { KRD_RELEASE_CONTROLLER_URL: 'https://rc.example', KRD_TASK_TIMEOUT_MINUTES: '45' }).systems).toMatchObject({
      probes: { releaseControllerUrl: 'https://rc.example' },
      executor: { kind: 'oar', timeoutMs: 45 * 60_000 },
    });
    expect(() => parseConfig({ token: 't' }, { KRD_TASK_TIMEOUT_MINUTES: 'soon' })).toThrow('KRD_TASK_TIMEOUT_MINUTES is "soon"; accepted values: a positive number of minutes (default 30).');
    // A setting that has an input is read only as the input in the action.
    expect(parseConfig({ token: 't' }, { KRD_EXECUTOR: 'mcp' }).systems.executor.kind).toBe('oar');
  });
});
