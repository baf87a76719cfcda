/**
 * The settings of the outside systems (executor, analyzer, probes, Slack), in one place for
 * both sources: the action reads them from its inputs (`input`), krd from its environment
 * (`env`); settings without an input are read from the environment by the action too.
 * src/settings-schema.ts validates them with one zod schema; `krd drive --help` lists them.
 * This module loads no package (help stays light).
 */
export const SYSTEM_SETTINGS = {
  executor: { input: 'executor', env: 'KRD_EXECUTOR', help: 'oar (default) or mcp' },
  oarCommand: { input: 'oar-command', env: 'KRD_OAR_COMMAND', help: 'the oar program and leading arguments (default: oar)' },
  mcpUrl: { input: 'mcp-url', env: 'KRD_MCP_URL', help: 'URL of the OAR MCP server (KRD_EXECUTOR=mcp)' },
  mcpToken: { input: 'mcp-token', env: 'KRD_MCP_TOKEN', help: 'sent as Authorization: Bearer to the MCP server' },
  taskTimeoutMinutes: { env: 'KRD_TASK_TIMEOUT_MINUTES', help: 'timeout of one task command (default 30)' },
  analyzerCommand: {
    input: 'analyzer-command',
    env: 'KRD_ANALYZER_COMMAND',
    help: "analyzer command, {build} replaced (default: claude -p '/ci:analyze-build-test-results {build}'); none disables it",
  },
  analyzerTimeoutMinutes: { env: 'KRD_ANALYZER_TIMEOUT_MINUTES', help: 'analyzer timeout (default 30)' },
  slackToken: { input: 'slack-token', env: 'SLACK_BOT_TOKEN', help: 'Slack bot token; with SLACK_CHANNEL enables Slack notifications' },
  slackChannel: { input: 'slack-channel', env: 'SLACK_CHANNEL', help: 'Slack channel id for notifications' },
  slackApiUrl: { env: 'SLACK_API_URL', help: 'Slack Web API base URL (default https://slack.com/api/)' },
  releaseControllerUrl: { env: 'KRD_RELEASE_CONTROLLER_URL', help: 'Release Controller base URL' },
  errataUrl: { env: 'KRD_ERRATA_URL', help: 'Errata Tool base URL' },
  errataToken: { input: 'errata-token', env: 'ERRATA_TOKEN', help: 'Errata Tool bearer token' },
  gitlabToken: { input: 'gitlab-token', env: 'GITLAB_TOKEN', help: 'GitLab token for shipment MR labels; sent only to KRD_GITLAB_URL' },
  gitlabUrl: {
    input: 'gitlab-url',
    env: 'KRD_GITLAB_URL',
    help: 'the GitLab the token is for (default https://gitlab.cee.redhat.com); MRs elsewhere are read without it',
  },
  oarEnv: {
    input: 'oar-env',
    env: 'KRD_OAR_ENV',
    help: 'more variables the oar CLI gets (names, comma or space separated; it always gets PATH, HOME, proxies, OAR_* and its documented credentials)',
  },
  analyzerEnv: {
    input: 'analyzer-env',
    env: 'KRD_ANALYZER_ENV',
    help: 'more variables the analyzer gets (names; it always gets PATH, HOME, proxies, ANTHROPIC_* and CLAUDE_*)',
  },
  mirrorUrl: { env: 'KRD_MIRROR_URL', help: 'signature mirror base URL' },
  releaseArtifactsUrl: { env: 'KRD_RELEASE_ARTIFACTS_URL', help: 'where {release}/release.txt names the prod metadata URL' },
  prodMetadataUrlTemplate: { env: 'KRD_PROD_METADATA_URL', help: 'the prod metadata URL itself ({release} and {y} replaced)' },
} as const satisfies Record<string, { readonly input?: string; readonly env: string; readonly help: string }>;

export type SystemSettingKey = keyof typeof SYSTEM_SETTINGS;

/** The variables `krd drive` reads for the real systems, with what each does (`krd drive --help`). */
export const WIRING_ENV: Readonly<Record<string, string>> = Object.fromEntries(Object.values(SYSTEM_SETTINGS).map((s) => [s.env, s.help]));
