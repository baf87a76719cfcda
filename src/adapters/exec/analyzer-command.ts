/**
 * Analyzer port over a configured command, by default the equivalent of the slash command
 * `/ci:analyze-build-test-results {build}` run through Claude Code. The command is an argument
 * array run without a shell; `{build}` is replaced inside arguments, so it stays one argument.
 */
import { InputError, SetupError, TransientError } from '../../core/errors';
import { isTestBuild } from '../../core/bo3';
import { maskEmails } from '../../core/mask';
import type { Analyzer, AnalyzerVerdict } from '../../ports/world';
import { childEnv } from './child-env';
import { runProgram } from './oar-cli';
import { findProgram } from './program-path';
import { detectAuthFailure, tail, type RawRun } from './status-line';

export const DEFAULT_ANALYZER_COMMAND: readonly string[] = ['claude', '-p', '/ci:analyze-build-test-results {build}'];

export interface CommandAnalyzerOptions {
  readonly command?: readonly string[];
  readonly timeoutMs: number;
  /** The child's whole environment, used as given; default: the allow-list of child-env.ts over this process's. */
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
}

// `RECOMMENDATION: ACCEPT`, `**Final recommendation** - REJECT`, `Verdict = ACCEPTED` …
const VERDICT_LINE_RE = /\b(?:final\s+)?(?:recommendation|verdict|decision)\b[^A-Za-z\n]{0,6}(ACCEPT|REJECT)(?:ED)?\b/i;
// …or a line holding nothing but the word.
const BARE_VERDICT_RE = /^[^A-Za-z]*(ACCEPT|REJECT)[^A-Za-z]*$/i;
const MAX_REASONING_CHARS = 20_000;

/** The recommendation of an analysis: the last explicit verdict line wins. */
export function parseRecommendation(output: string): 'ACCEPT' | 'REJECT' | undefined {
  let found: 'ACCEPT' | 'REJECT' | undefined;
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.replace(/[*_`#>]/g, '');
    const m = VERDICT_LINE_RE.exec(line) ?? BARE_VERDICT_RE.exec(line);
    if (m?.[1]) found = m[1].toUpperCase() as 'ACCEPT' | 'REJECT';
  }
  return found;
}

/** Keeps StateBox files readable: very long analyses keep their head and their conclusion. */
function boundedReasoning(text: string): string {
  if (text.length <= MAX_REASONING_CHARS) return text;
  const half = MAX_REASONING_CHARS / 2;
  return `${text.slice(0, half)}\n…(analysis shortened)…\n${text.slice(-half)}`;
}

export class CommandAnalyzer implements Analyzer {
  private readonly command: readonly string[];
  private readonly env: NodeJS.ProcessEnv;

  constructor(private readonly options: CommandAnalyzerOptions) {
    this.command = options.command?.length ? options.command : DEFAULT_ANALYZER_COMMAND;
    if (!(options.timeoutMs > 0)) throw new InputError('The analyzer timeout must be a positive number of milliseconds.');
    // It reads text from outside (test results): it gets no secret it does not need.
    this.env = options.env ?? childEnv(process.env, 'analyzer');
  }

  /** The argv for a build: `{build}` substituted in every argument (never split into more). */
  argv(build: string): string[] {
    if (!isTestBuild(build)) {
      throw new InputError(`${JSON.stringify(build)} is not a build the analyzer can look at: expected a release such as 4.20.1 or a nightly such as 4.20.0-0.nightly-2025-10-28-123456.`);
    }
    return this.command.map((arg) => arg.replaceAll('{build}', build));
  }

  /** Before a run: the analyzer's program is there (on the PATH it gets); a SetupError naming the fix otherwise. */
  async preflight(): Promise<void> {
    const program = this.command[0] ?? '';
    if (!findProgram(program, this.env, this.options.cwd)) {
      throw new SetupError(
        `The analyzer ${JSON.stringify(program)} is not installed or not on PATH: install it on the runner (Claude Code for the default command), or set analyzer-command (KRD_ANALYZER_COMMAND for krd drive, where none turns the analyzer off).`,
      );
    }
  }

  async analyze(build: string): Promise<AnalyzerVerdict> {
    const [program = '', ...args] = this.argv(build);
    const run: RawRun = await runProgram([program], args, {
      timeoutMs: this.options.timeoutMs,
      env: this.env,
      cwd: this.options.cwd,
      what: 'analyzer',
    });
    const name = JSON.stringify(program);
    if (run.timedOut) {
      throw new TransientError(`The analyzer ${name} did not finish analysing ${build} within ${this.options.timeoutMs / 1000}s.`);
    }
    const output = maskEmails(run.output.trim()); // the reasoning goes into the StateBox
    if (run.exitCode !== 0) {
      const auth = detectAuthFailure(output);
      if (auth) {
        const credential = auth.credential === 'the credentials of the oar CLI' ? 'its API key or login' : auth.credential;
        throw new SetupError(`The analyzer ${name} could not authenticate: renew ${credential} (${auth.evidence}).`);
      }
      const code = run.exitCode === undefined ? 'was killed' : `exited with code ${run.exitCode}`;
      throw new TransientError(`The analyzer ${name} ${code} while analysing ${build}${output ? `: ${tail(output)}` : ''}.`);
    }
    const recommendation = parseRecommendation(output);
    if (!recommendation) {
      throw new TransientError(`The analyzer ${name} gave no RECOMMENDATION: ACCEPT or REJECT for ${build}${output ? `; last output: ${tail(output)}` : ' (no output)'}.`);
    }
    return { recommendation, reasoning: boundedReasoning(output) };
  }
}
