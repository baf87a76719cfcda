/**
 * The environment settings of `krd drive` with the real systems, in one place: src/wiring.ts
 * reads them and `krd drive --help` lists them. This module loads no package.
 */
export const WIRING_ENV = {
  KRD_EXECUTOR: 'oar (default) or mcp',
  KRD_OAR_COMMAND: 'the oar program and leading arguments (default: oar)',
  KRD_MCP_URL: 'URL of the OAR MCP server (KRD_EXECUTOR=mcp)',
  KRD_MCP_TOKEN: 'sent as Authorization: Bearer to the MCP server',
  KRD_TASK_TIMEOUT_MINUTES: 'timeout of one task command (default 30)',
  KRD_ANALYZER_COMMAND: "analyzer command, {build} replaced (default: claude -p '/ci:analyze-build-test-results {build}'); none disables it",
  KRD_ANALYZER_TIMEOUT_MINUTES: 'analyzer timeout (default 30)',
  SLACK_BOT_TOKEN: 'Slack bot token; with SLACK_CHANNEL enables Slack notifications',
  SLACK_CHANNEL: 'Slack channel id for notifications',
  SLACK_API_URL: 'Slack Web API base URL (tests)',
  KRD_RELEASE_CONTROLLER_URL: 'Release Controller base URL',
  KRD_ERRATA_URL: 'Errata Tool base URL',
  ERRATA_TOKEN: 'Errata Tool bearer token',
  GITLAB_TOKEN: 'GitLab token for shipment MR labels; sent only to KRD_GITLAB_URL',
  KRD_GITLAB_URL: 'the GitLab the token is for (default https://gitlab.cee.redhat.com); MRs elsewhere are read without it',
  KRD_OAR_ENV: 'more variables the oar CLI gets (names, comma or space separated; it always gets PATH, HOME, proxies, OAR_* and its documented credentials)',
  KRD_ANALYZER_ENV: 'more variables the analyzer gets (names; it always gets PATH, HOME, proxies, ANTHROPIC_* and CLAUDE_*)',
  KRD_MIRROR_URL: 'signature mirror base URL',
  KRD_RELEASE_ARTIFACTS_URL: 'where {release}/release.txt names the prod metadata URL',
  KRD_PROD_METADATA_URL: 'the prod metadata URL itself ({release} and {y} replaced)',
} as const;
