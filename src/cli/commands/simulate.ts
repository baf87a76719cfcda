import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError, errorMessage } from '../../core/errors';
import { MemoryStore } from '../../sim/memory-store';
import { checkExpectations, formatSummary, parseExpectations } from '../../sim/report';
import { loadScenario } from '../../sim/scenario';
import { runSimulation } from '../../sim/simulate';
import { parseCommandArgs } from '../args';
import { type CliIO, type Command, UsageError } from '../io';
import { SIMULATE } from './specs';

/** Writes every file of the simulated repository under `dir`, laid out as the repository holds them. */
async function writeRepository(store: MemoryStore, dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const file of store.snapshot()) {
    const target = join(dir, file.path);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    } catch (err) {
      throw new InputError(`Cannot write ${target} (--out): ${errorMessage(err)}.`);
    }
    written.push(file.path);
  }
  return written;
}

/**
 * `--out DIR` must be new or empty: the simulated repository (invented advisories, StateBoxes)
 * must never land over files a person keeps there. `--force` writes over it anyway.
 */
async function checkOut(dir: string, given: string, force: boolean): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new InputError(`--out ${given} is a file, not a directory: give a new or empty directory.`);
    throw new InputError(`Cannot read --out ${given} (${dir}): ${errorMessage(err)}.`);
  }
  if (entries.length === 0 || force) return;
  const shown = entries.sort().slice(0, 3).join(', ') + (entries.length > 3 ? `, … (${entries.length} entries)` : '');
  throw new InputError(
    `--out ${given} is not empty (${shown}): krd simulate writes a whole simulated repository there. Give a new or empty directory, or add --force to write over it.`,
  );
}

export const simulateCommand: Command = {
  ...SIMULATE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseCommandArgs(SIMULATE, args, true);
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'a scenario FILE is required.' : `one scenario FILE at a time; got ${positionals.length}.`);
    if (values.force && !values.out) throw new UsageError('--force only applies with --out DIR.');
    const outDir = values.out === undefined ? undefined : resolve(io.cwd, values.out);
    // Before the simulation runs: a refusal costs nothing.
    if (outDir !== undefined) await checkOut(outDir, values.out!, Boolean(values.force));
    const file = resolve(io.cwd, positionals[0]!);
    const scenario = loadScenario(file);
    const expectFile = values.expect ? resolve(io.cwd, values.expect) : undefined;
    let expectations;
    if (expectFile) {
      let text: string;
      try {
        text = readFileSync(expectFile, 'utf8');
      } catch (err) {
        throw new InputError(`Cannot read the expect file ${expectFile}: ${errorMessage(err)}.`);
      }
      expectations = parseExpectations(text, expectFile);
    }

    const store = new MemoryStore({ describe: `simulated repository (${scenario.name})` });
    const { report } = await runSimulation(scenario, { store });
    let written: string[] = [];
    if (outDir !== undefined) written = await writeRepository(store, outDir);

    if (values.json) io.stdout(`${JSON.stringify(report)}\n`);
    else {
      io.stdout(formatSummary(report));
      if (outDir !== undefined) io.stdout(`\nWrote ${written.length} file${written.length === 1 ? '' : 's'} under ${outDir}.\n`);
    }
    if (expectations) {
      const problems = checkExpectations(report, expectations);
      if (problems.length > 0) {
        io.stderr(`krd simulate: ${scenario.name} did not end as ${expectFile} expects:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
        return 1;
      }
      if (!values.json) io.stdout(`Ended as ${expectFile} expects.\n`);
    }
    return 0;
  },
};
