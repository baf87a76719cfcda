import type { CliIO, Command, CommandSpec } from '../io';
import {
  ACCEPT,
  DEMO,
  DRIVE,
  ISSUE_ADD,
  ISSUE_RESOLVE,
  MCP,
  RECORD_JOB,
  REJECT,
  RESOLVE,
  RETRY,
  SIMULATE,
  STATEBOX_CHECK,
  STATEBOX_FMT,
  STATUS,
  TEST_RESULT_EVALUATE,
} from './specs';

/**
 * A command whose module is imported only when it runs (ncc bundles each as its own chunk):
 * `krd --help` loads none, `krd test-result evaluate` never loads Octokit, Slack or Sheets.
 */
function lazy(spec: CommandSpec, load: () => Promise<Command>): Command {
  return { ...spec, run: async (args: string[], io: CliIO) => (await load()).run(args, io) };
}

/** Every `krd` command. Each lives in its own module beside this one; what help shows is in specs.ts. */
export const COMMANDS: readonly Command[] = [
  lazy(STATEBOX_FMT, async () => (await import('./statebox')).stateboxFmtCommand),
  lazy(STATEBOX_CHECK, async () => (await import('./statebox')).stateboxCheckCommand),
  lazy(TEST_RESULT_EVALUATE, async () => (await import('./test-result')).testResultEvaluateCommand),
  lazy(ISSUE_ADD, async () => (await import('./issue')).issueAddCommand),
  lazy(ISSUE_RESOLVE, async () => (await import('./issue')).issueResolveCommand),
  lazy(DRIVE, async () => (await import('./drive')).driveCommand),
  lazy(STATUS, async () => (await import('./status')).statusCommand),
  lazy(SIMULATE, async () => (await import('./simulate')).simulateCommand),
  lazy(DEMO, async () => (await import('./demo')).demoCommand),
  lazy(ACCEPT, async () => (await import('./decision')).acceptCommand),
  lazy(REJECT, async () => (await import('./decision')).rejectCommand),
  lazy(RETRY, async () => (await import('./decision')).retryCommand),
  lazy(RESOLVE, async () => (await import('./decision')).resolveCommand),
  lazy(RECORD_JOB, async () => (await import('./decision')).recordJobCommand),
  // The MCP SDK's server loads only here.
  lazy(MCP, async () => (await import('./mcp')).mcpCommand),
];
