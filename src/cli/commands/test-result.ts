/**
 * `krd test-result evaluate FILE… [--json] [--require-accepted]`: the BO3 verdict of test-result
 * files from their job data; with --require-accepted, exit 1 unless every file is accepted.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { evaluateTestResult, isManuallyPromoted, parseTestResultText, type TestResultEvaluation } from '../../core/bo3';
import { errorMessage } from '../../core/errors';
import { parseCommandArgs } from '../args';
import { type CliIO, type Command, UsageError } from '../io';
import { TEST_RESULT_EVALUATE } from './specs';

/** `manuallyPromoted`: the file records a manual promotion, which upstream counts as accepted. */
type Evaluated = { file: string; evaluation: TestResultEvaluation; manuallyPromoted: boolean } | { file: string; error: string };

// Enough files in flight to hide disk latency, few enough never to hit the open-file limit.
const CONCURRENCY = 64;

async function evaluateFile(file: string, cwd: string): Promise<Evaluated> {
  try {
    const text = await readFile(resolve(cwd, file), 'utf8');
    const parsed = parseTestResultText(text, file);
    return { file, evaluation: evaluateTestResult(parsed, file), manuallyPromoted: isManuallyPromoted(parsed) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { file, error: `${file}: no such file.` };
    if (code === 'EISDIR') return { file, error: `${file} is a directory, not a test-result file.` };
    if (code === 'EACCES') return { file, error: `${file} cannot be read (permission denied).` };
    return { file, error: errorMessage(err) };
  }
}

async function evaluateAll(files: readonly string[], cwd: string): Promise<Evaluated[]> {
  const results: Evaluated[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      results[i] = await evaluateFile(files[i] as string, cwd);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  return results;
}

/** Accepted by BO3, or promoted by hand over a rejection (as upstream and the driver count it). */
function countsAsAccepted(r: { evaluation: TestResultEvaluation; manuallyPromoted: boolean }): boolean {
  return r.evaluation.accepted === true || r.manuallyPromoted;
}

function jsonLine(file: string, e: TestResultEvaluation, manuallyPromoted: boolean): string {
  return JSON.stringify({
    file,
    build: e.build,
    aggregated: e.aggregated,
    accepted: e.accepted,
    ...(manuallyPromoted ? { manual_promotion: true } : {}),
    jobs: e.jobs.map((j) => ({ name: j.name, verdict: j.verdict, runs: j.runs, successes: j.successes })),
  });
}

function verdictWords(e: TestResultEvaluation, manuallyPromoted: boolean): string {
  const count = (v: string) => e.jobs.filter((j) => j.verdict === v).length;
  const total = `${e.jobs.length} job${e.jobs.length === 1 ? '' : 's'}`;
  if (!e.aggregated) return `not aggregated yet (${count('pending')} of ${total} pending)`;
  if (e.accepted) return `ACCEPTED (all ${total} pass)`;
  const rejected = `NOT ACCEPTED (${count('fail')} of ${total} failed BO3)`;
  return manuallyPromoted ? `${rejected}, but Accepted (Manually Promoted) in the file` : rejected;
}

function plainReport(file: string, e: TestResultEvaluation, manuallyPromoted: boolean): string {
  const lines = [`${file}: build ${e.build}: ${verdictWords(e, manuallyPromoted)}`];
  if (e.jobs.length) {
    lines.push(`  ${'VERDICT'.padEnd(8)} ${'RUNS'.padStart(4)} ${'OK'.padStart(3)}  JOB`);
    for (const j of e.jobs) {
      lines.push(`  ${j.verdict.padEnd(8)} ${String(j.runs).padStart(4)} ${String(j.successes).padStart(3)}  ${j.name}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export const testResultEvaluateCommand: Command = {
  ...TEST_RESULT_EVALUATE,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseCommandArgs(TEST_RESULT_EVALUATE, args, true);
    const files = parsed.positionals;
    if (files.length === 0) throw new UsageError('Name at least one test-result file.');
    const results = await evaluateAll(files, io.cwd);
    let failed = 0;
    const notAccepted: string[] = [];
    const out: string[] = [];
    for (const r of results) {
      if ('error' in r) {
        failed++;
        io.stderr(`krd test-result evaluate: ${r.error}\n`);
      } else {
        if (!countsAsAccepted(r)) notAccepted.push(r.file);
        out.push(parsed.values.json ? `${jsonLine(r.file, r.evaluation, r.manuallyPromoted)}\n` : plainReport(r.file, r.evaluation, r.manuallyPromoted));
      }
    }
    io.stdout(out.join(''));
    if (parsed.values['require-accepted'] && notAccepted.length > 0) {
      const shown = notAccepted.length > 5 ? `${notAccepted.slice(0, 5).join(', ')} and ${notAccepted.length - 5} more` : notAccepted.join(', ');
      const evaluated = results.length - failed;
      const verb = notAccepted.length === 1 ? 'is' : 'are';
      io.stderr(`krd test-result evaluate: ${notAccepted.length} of ${evaluated} file${evaluated === 1 ? '' : 's'} ${verb} not accepted (--require-accepted): ${shown}.\n`);
      return 1;
    }
    return failed > 0 ? 1 : 0;
  },
};
