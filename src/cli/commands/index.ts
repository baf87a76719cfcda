import type { Command } from '../io';
import { STATEBOX_COMMANDS } from './statebox';
import { testResultEvaluateCommand } from './test-result';

/** Every `krd` command. Each lives in its own module beside this one. */
export const COMMANDS: readonly Command[] = [...STATEBOX_COMMANDS, testResultEvaluateCommand];
