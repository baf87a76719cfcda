import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, errorMessage } from '../../core/errors';
import { StateBoxError, parseReleaseFileText, serializeReleaseFile, type ReleaseFile } from '../../statebox/yaml';
import { parseCommandArgs } from '../args';
import { type CliIO, type Command, UsageError } from '../io';
import { STATEBOX_CHECK, STATEBOX_FMT } from './specs';

async function readText(file: string, io: CliIO): Promise<string> {
  try {
    return await readFile(resolve(io.cwd, file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : errorMessage(err);
    throw new InputError(`Cannot read ${file}: ${why}.`);
  }
}

async function readReleaseFile(file: string, io: CliIO): Promise<ReleaseFile> {
  return parseReleaseFileText(await readText(file, io), file);
}

export const stateboxFmtCommand: Command = {
  ...STATEBOX_FMT,
  async run(args, io) {
    const { positionals } = parseCommandArgs(STATEBOX_FMT, args, true);
    if (positionals.length !== 1) throw new UsageError(`expected exactly one FILE, got ${positionals.length}.`);
    const file = await readReleaseFile(positionals[0]!, io);
    io.stdout(serializeReleaseFile(file));
    return 0;
  },
};

interface FileReport {
  file: string;
  valid: boolean;
  errors: string[];
  kind?: ReleaseFile['kind'];
}

async function checkOne(file: string, io: CliIO): Promise<FileReport> {
  try {
    const parsed = await readReleaseFile(file, io);
    return { file, valid: true, errors: [], kind: parsed.kind };
  } catch (err) {
    if (err instanceof StateBoxError) return { file, valid: false, errors: [...err.problems] };
    if (err instanceof InputError) return { file, valid: false, errors: [err.message] };
    throw err;
  }
}

export const stateboxCheckCommand: Command = {
  ...STATEBOX_CHECK,
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(STATEBOX_CHECK, args, true);
    if (positionals.length === 0) throw new UsageError('expected at least one FILE.');
    const files: FileReport[] = [];
    for (const file of positionals) files.push(await checkOne(file, io));
    if (values.json) {
      io.stdout(`${JSON.stringify({ files })}\n`);
    } else {
      for (const r of files) {
        if (r.valid) io.stdout(`${r.file}: valid${r.kind === 'tracking' ? ' (y-stream tracking file)' : ''}\n`);
        else io.stdout(`${r.file}: invalid\n${r.errors.map((e) => `  ${e}\n`).join('')}`);
      }
    }
    return files.every((r) => r.valid) ? 0 : 1;
  },
};

export const STATEBOX_COMMANDS: readonly Command[] = [stateboxFmtCommand, stateboxCheckCommand];
