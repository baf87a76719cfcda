/**
 * The Google Sheets mirror of a simulation: after each StateBox write the release's row is
 * updated (a `notify` event). A Sheets fault is a warning and never blocks the flow.
 */
import { errorMessage } from '../core/errors';
import { overallStatus } from '../core/overall';
import type { EventType } from '../driver/types';
import type { StateBox } from '../core/model';
import type { SimWorld } from './world';

export class SheetsSink {
  /** Cells last written per release: task → status, plus the overall status. */
  private readonly rows = new Map<string, Map<string, string>>();
  /** Updates that reached the sheet, for tests. */
  updates = 0;

  constructor(private readonly world: SimWorld) {}

  async mirror(box: StateBox, say: (type: EventType, detail: string) => void): Promise<void> {
    const row = this.rows.get(box.release) ?? new Map<string, string>();
    const cells = new Map<string, string>([['overall', overallStatus(box)], ...box.tasks.map((t) => [t.name, t.status] as [string, string])]);
    const changed = [...cells].filter(([k, v]) => row.get(k) !== v).map(([k, v]) => `${k} ${v}`);
    if (changed.length === 0) return;
    try {
      this.world.faults.check('sheets', `update the row of ${box.release}`);
    } catch (err) {
      say('error', `sheets mirror not updated (a warning, the flow goes on): ${errorMessage(err)}`);
      return;
    }
    this.rows.set(box.release, cells);
    this.updates += 1;
    say('notify', `sheets: row of ${box.release} updated: ${changed.join(', ')}`);
  }
}
