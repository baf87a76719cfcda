/** `krd test-result evaluate FILE… [--json]`: the BO3 verdict of test-result files. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateTestResult, parseTestResultText, type TestResultEvaluation } from '../../core/bo3';
import { errorMessage } from '../../core/errors';
import { type CliIO, type Command, UsageError } from '../io';
import { TEST_RESULT_EVALUATE } from './specs';

type Evaluated = { file: string; evaluation: TestResultEvaluation } | { file: string; error: string };

// Enough files in flight to hide disk latency, few enough never to hit the open-file limit.
const CONCURRENCY = 64;

async function evaluateFile(file: string, cwd: string): Promise<Evaluated> {
  try {
    const text = await readFile(resolve(cwd, file), 'utf8');
    return { file, evaluation: evaluateTestResult(parseTestResultText(text, file), file) };
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

function jsonLine(file: string, e: TestResultEvaluation): string {
  return JSON.stringify({
    file,
    build: e.build,
    aggregated: e.aggregated,
    accepted: e.accepted,
    jobs: e.jobs.map((j) => ({ name: j.name, verdict: j.verdict, runs: j.runs, successes: j.successes })),
  });
}

function verdictWords(e: TestResultEvaluation): string {
  const count = (v: string) => e.jobs.filter((j) => j.verdict === v).length;
  const total = `${e.jobs.length} job${e.jobs.length === 1 ? '' : 's'}`;
  if (!e.aggregated) return `not aggregated yet (${count('pending')} of ${total} pending)`;
  return e.accepted ? `ACCEPTED (all ${total} pass)` : `NOT ACCEPTED (${count('fail')} of ${total} failed BO3)`;
}

function plainReport(file: string, e: TestResultEvaluation): string {
  const lines = [`${file}: build ${e.build}: ${verdictWords(e)}`];
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
    let parsed;
    try {
      parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
    } catch (err) {
      throw new UsageError(errorMessage(err));
    }
    const files = parsed.positionals;
    if (files.length === 0) throw new UsageError('Name at least one test-result file.');
    const results = await evaluateAll(files, io.cwd);
    let failed = 0;
    const out: string[] = [];
    for (const r of results) {
      if ('error' in r) {
        failed++;
        io.stderr(`krd test-result evaluate: ${r.error}\n`);
      } else {
        out.push(parsed.values.json ? `${jsonLine(r.file, r.evaluation)}\n` : plainReport(r.file, r.evaluation));
      }
    }
    io.stdout(out.join(''));
    return failed > 0 ? 1 : 0;
  },
};
