import type { Command } from '../io';

/** Every `krd` command. Each lives in its own module beside this one. */
export const COMMANDS: readonly Command[] = [];
