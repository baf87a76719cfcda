import type { Command } from '../io';
import { STATEBOX_COMMANDS } from './statebox';

/** Every `krd` command. Each lives in its own module beside this one. */
export const COMMANDS: readonly Command[] = [...STATEBOX_COMMANDS];
