/**
 * The line a task message quotes (src/driver/notifications.ts whyLine): a Fail is told by its
 * ERROR line, never by oar's `status is changed to` bookkeeping; a person's decision leads.
 */
import { describe, expect, it } from 'vitest';
import { whyLine } from '../src/driver/notifications';
import type { StateBoxTask } from '../src/core/model';

const task = (status: StateBoxTask['status'], result: string, extra: Partial<StateBoxTask> = {}): StateBoxTask => ({
  name: 'stage-testing',
  status,
  started_at: '2025-11-01T00:00:00Z',
  completed_at: '2025-11-01T01:00:00Z',
  result,
  ...extra,
});

describe('whyLine', () => {
  it('a Fail quotes its last ERROR line, not the status line after it', () => {
    const result = [
      '2026-04-27T09:20:00Z: INFO: waiting for stage release',
      '2026-04-27T09:25:51Z: ERROR: Stage release failed with status canceled',
      '2026-04-27T09:25:51Z: ERROR: Job details: pipeline 51007435',
      '2026-04-27T09:25:52Z: INFO: sheet updated',
      '2026-04-27T09:25:52Z: INFO: task [Stage Testing] status is changed to [Fail]',
    ].join('\n');
    expect(whyLine(task('Fail', result))).toBe('2026-04-27T09:25:51Z: ERROR: Job details: pipeline 51007435');
  });

  it("reads upstream's `- ERROR -` logging format too", () => {
    const result = '2026-05-13 12:07:27,273 - ERROR - Background metadata checker failed: change advisory status failed\n2026-05-13 12:07:28,000 - INFO - task [Change Advisory Status] status is changed to [Fail]';
    expect(whyLine(task('Fail', result))).toBe('2026-05-13 12:07:27,273 - ERROR - Background metadata checker failed: change advisory status failed');
  });

  it('a Fail without an ERROR line quotes its last other line; a status line alone says nothing', () => {
    expect(whyLine(task('Fail', 'line 1\n240 images, 3 unhealthy\ntask [Image Consistency Check] status is changed to [Fail]'))).toBe('240 images, 3 unhealthy');
    expect(whyLine(task('Fail', 'task [Stage Testing] status is changed to [Fail]'))).toBe('');
    expect(whyLine(task('Fail', ''))).toBe('');
  });

  it('a Pass quotes its last line that is not a status line, even when an ERROR was logged earlier', () => {
    expect(whyLine(task('Pass', 'ERROR: first try timed out\nall blocking jobs passed BO3\ntask [Stage Testing] status is changed to [Pass]'))).toBe('all blocking jobs passed BO3');
  });

  it("a person's decision leads its result", () => {
    const result = 'Accepted by alice: known CDN flake\nERROR: push job failed\ntask [Stage Testing] status is changed to [Fail]';
    expect(whyLine(task('Pass', result, { decided_by: 'alice' }))).toBe('Accepted by alice: known CDN flake');
  });

  it('a long line is cut', () => {
    expect(whyLine(task('Fail', `ERROR: ${'x'.repeat(400)}`))).toHaveLength(301);
  });
});
