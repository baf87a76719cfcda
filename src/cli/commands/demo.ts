import { runDemo } from '../../sim/demo';
import { parseCommandArgs } from '../args';
import type { CliIO, Command } from '../io';
import { DEMO } from './specs';

export const demoCommand: Command = {
  ...DEMO,
  async run(args: string[], io: CliIO): Promise<number> {
    const keep = Boolean(parseCommandArgs(DEMO, args, false).values.keep);
    // The progress line rewrites itself, so only on a terminal.
    const progress = io.isTTY ? (text: string) => io.stderr(text ? `\r\x1b[2K${text}` : '\r\x1b[2K') : undefined;
    await runDemo({ write: io.stdout, ...(progress ? { progress } : {}), keep });
    return 0;
  },
};
