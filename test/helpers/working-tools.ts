/**
 * What a run needs to get past its preflight (src/driver/drive.ts `preflight`) when a test is
 * about something else: the variables oar cannot run without, and an oar and an analyzer that
 * exist (the fake oar answers `--help` with a usage and exit code 0).
 */
import { join } from 'node:path';
import { OAR_REQUIRED_ENV } from '../../src/adapters/exec/child-env';

export const FAKE_OAR = join(import.meta.dirname, 'fake-oar.mjs');

/** Each variable oar needs, with a value that names it (never a real credential). */
export const OAR_ENV: Readonly<Record<string, string>> = Object.fromEntries(OAR_REQUIRED_ENV.map((v) => [v.name, `test-${v.name.toLowerCase()}`]));

/** Action inputs that point oar and the analyzer at programs that exist. */
export const FAKE_TOOL_INPUTS: Readonly<Record<string, string>> = {
  'oar-command': `${process.execPath} ${FAKE_OAR}`,
  'analyzer-command': `${process.execPath} ${FAKE_OAR} --analyze {build}`,
};
