import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, errorMessage } from '../../core/errors';
import { MemoryStore } from '../../sim/memory-store';
import { checkExpectations, formatSummary, parseExpectations } from '../../sim/report';
import { loadScenario } from '../../sim/scenario';
import { runSimulation } from '../../sim/simulate';
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

const OPTIONS = { out: { type: 'string' }, json: { type: 'boolean' }, expect: { type: 'string' } } as const;

function parseOptions(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(errorMessage(err));
  }
}

export const simulateCommand: Command = {
  ...SIMULATE,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseOptions(args);
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'a scenario FILE is required.' : `one scenario FILE at a time; got ${positionals.length}.`);
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
    if (values.out) written = await writeRepository(store, resolve(io.cwd, values.out));

    if (values.json) io.stdout(`${JSON.stringify(report)}\n`);
    else {
      io.stdout(formatSummary(report));
      if (values.out) io.stdout(`\nWrote ${written.length} file${written.length === 1 ? '' : 's'} under ${resolve(io.cwd, values.out)}.\n`);
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
