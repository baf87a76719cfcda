/**
 * Runs before each test file. The files of a worker share its modules (`isolate: false` in
 * vitest.config.ts: each file re-importing every package cost a third of the suite's time), so
 * what a module keeps for the life of a process starts afresh for each file, as it did when
 * each file had a process of its own:
 * - the secret values registered with the mask (src/core/mask.ts) and its listener;
 * - @actions/core's job summary, which reads GITHUB_STEP_SUMMARY's path once and keeps it (on
 *   a runner one step has one file; here each file sets its own).
 */
import * as core from '@actions/core';
import { forgetSecretsForTests } from '../../src/core/mask';

forgetSecretsForTests();
(core.summary as unknown as { _filePath?: string })._filePath = undefined;
core.summary.emptyBuffer();
