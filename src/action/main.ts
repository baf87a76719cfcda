import * as core from '@actions/core';

/** The action's entry: the only caller of core.setFailed. Filled in by the action issue. */
export async function run(): Promise<void> {
  try {
    core.info('konflux-release-driver: no releases configured yet.');
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err));
  }
}
