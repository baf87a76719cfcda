import { parseArgs } from 'node:util';
import { errorMessage } from '../../core/errors';
import { runDemo } from '../../sim/demo';
import { type CliIO, type Command, UsageError } from '../io';
import { DEMO } from './specs';

const OPTIONS = { keep: { type: 'boolean' } } as const;

export const demoCommand: Command = {
  ...DEMO,
  async run(args: string[], io: CliIO): Promise<number> {
    let keep = false;
    try {
      keep = Boolean(parseArgs({ args, options: OPTIONS, allowPositionals: false, strict: true }).values.keep);
    } catch (err) {
      throw new UsageError(errorMessage(err));
    }
    // The progress line rewrites itself, so only on a terminal.
    const progress = io.isTTY ? (text: string) => io.stderr(text ? `\r\x1b[2K${text}` : '\r\x1b[2K') : undefined;
    await runDemo({ write: io.stdout, ...(progress ? { progress } : {}), keep });
    return 0;
  },
};
