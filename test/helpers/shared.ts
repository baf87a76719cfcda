import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * The shared design directory beside the repository (../shared, as CI lays it out), or,
 * where it is absent (a clone on its own, GitHub's CI), the copies in test/fixtures/shared.
 */
const BESIDE = fileURLToPath(new URL('../../../shared', import.meta.url));
const COPIES = fileURLToPath(new URL('../fixtures/shared', import.meta.url));
export const SHARED_DIR = existsSync(join(BESIDE, 'scenarios')) ? BESIDE : COPIES;

/** A path under the shared directory, e.g. `shared('scenarios/happy-path.yaml')`. */
export const shared = (relative: string): string => join(SHARED_DIR, relative);

/** The upstream StateBox fixtures (copied whole into test/fixtures/statebox/upstream). */
export const UPSTREAM_STATEBOX_DIR = existsSync(join(BESIDE, 'fixtures/upstream/statebox'))
  ? join(BESIDE, 'fixtures/upstream/statebox')
  : fileURLToPath(new URL('../fixtures/statebox/upstream', import.meta.url));
