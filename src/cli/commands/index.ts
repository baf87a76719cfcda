import type { Command } from '../io';
import { demoCommand } from './demo';
import { driveCommand } from './drive';
import { ISSUE_COMMANDS } from './issue';
import { simulateCommand } from './simulate';
import { statusCommand } from './status';
import { STATEBOX_COMMANDS } from './statebox';
import { testResultEvaluateCommand } from './test-result';

/** Every `krd` command. Each lives in its own module beside this one. */
export const COMMANDS: readonly Command[] = [...STATEBOX_COMMANDS, testResultEvaluateCommand, ...ISSUE_COMMANDS, driveCommand, statusCommand, simulateCommand, demoCommand];
