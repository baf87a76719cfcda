/** Thrown when a run has spent its operations budget; the run stops cleanly between releases. */
export class BudgetExhaustedError extends Error {
  override readonly name = 'BudgetExhaustedError';
}

/**
 * A budget of GitHub operations per run (as actions/stale counts them): every API call,
 * reads included, consumes one. The driver checks `remaining` between releases, never
 * in the middle of one.
 */
export class OperationsBudget {
  private used = 0;
  constructor(readonly limit: number = Number.POSITIVE_INFINITY) {}
  consume(count = 1): void {
    this.used += count;
  }
  get spent(): number {
    return this.used;
  }
  get remaining(): number {
    return Math.max(0, this.limit - this.used);
  }
  get exhausted(): boolean {
    return this.used >= this.limit;
  }
}
