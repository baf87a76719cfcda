import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RETRY_WAIT_MS, RUN_RETRY_BACKOFF_MS, RetriedError, RetryLaterError, alreadyRetried, withRetry } from '../src/core/retry';
import { PermanentError, TransientError } from '../src/core/errors';
import { FakeClock } from '../src/ports/clock';

const BACKOFF = [1_000, 2_000, 4_000];

function failing(errors: Error[], value = 'ok') {
  let calls = 0;
  const fn = async () => {
    calls++;
    const err = errors.shift();
    if (err) throw err;
    return value;
  };
  return { fn, calls: () => calls };
}

describe('withRetry', () => {
  it('returns at once when the call succeeds, without sleeping', async () => {
    const clock = new FakeClock('2025-11-01T00:00:00Z');
    const f = failing([]);
    await expect(withRetry(f.fn, { clock, backoffMs: BACKOFF })).resolves.toBe('ok');
    expect(clock.sleeps).toEqual([]);
  });

  it('retries transient errors 3 times with exponential backoff (1, 2, 4 seconds) on the clock', async () => {
    const clock = new FakeClock('2025-11-01T00:00:00Z');
    const f = failing([new TransientError('503'), new TransientError('503'), new TransientError('503')]);
    const retries: number[] = [];
    await expect(withRetry(f.fn, { clock, backoffMs: BACKOFF, onRetry: (_e, attempt) => retries.push(attempt) })).resolves.toBe('ok');
    expect(f.calls()).toBe(4);
    expect(clock.sleeps).toEqual(BACKOFF);
    expect(retries).toEqual([1, 2, 3]);
    expect(clock.now().toISOString()).toBe('2025-11-01T00:00:07.000Z');
  });

  it('gives up after the last retry and throws the transient error', async () => {
    const clock = new FakeClock(0);
    const f = failing([1, 2, 3, 4].map((n) => new TransientError(`503 #${n}`)));
    await expect(withRetry(f.fn, { clock, backoffMs: BACKOFF })).rejects.toThrow('503 #4');
    expect(f.calls()).toBe(4);
  });

  it('honours a retry-after longer than the backoff, never a shorter one', async () => {
    const clock = new FakeClock(0);
    const f = failing([new TransientError('429', 8_000), new TransientError('429', 1_000)]);
    await withRetry(f.fn, { clock, backoffMs: BACKOFF });
    expect(clock.sleeps).toEqual([8_000, 2_000]);
  });

  it('does not retry permanent or unknown errors', async () => {
    const clock = new FakeClock(0);
    const p = failing([new PermanentError('401 bad token')]);
    await expect(withRetry(p.fn, { clock, backoffMs: BACKOFF })).rejects.toBeInstanceOf(PermanentError);
    expect(p.calls()).toBe(1);
    const u = failing([new TypeError('bug')]);
    await expect(withRetry(u.fn, { clock, backoffMs: BACKOFF })).rejects.toBeInstanceOf(TypeError);
    expect(u.calls()).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('an empty backoff means no retries', async () => {
    const clock = new FakeClock(0);
    const f = failing([new TransientError('503')]);
    await expect(withRetry(f.fn, { clock, backoffMs: [] })).rejects.toThrow('503');
    expect(f.calls()).toBe(1);
  });

  it.each([
    ['beyond the default 10 seconds', 60_000, undefined],
    ['far beyond it (a rate limit resetting in 10 minutes)', 600_000, undefined],
    ['beyond a configured cap', 5_000, 4_000],
  ])('does not sit out a retry-after %s: throws a RetryLaterError at once, keeping the message', async (_n, retryAfter, maxWaitMs) => {
    const clock = new FakeClock(0);
    const f = failing([new TransientError('GitHub rate limit reached; retry in 600 s.', retryAfter)]);
    const err = await withRetry(f.fn, { clock, backoffMs: BACKOFF, ...(maxWaitMs ? { maxWaitMs } : {}) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetryLaterError);
    expect(err).toBeInstanceOf(TransientError);
    expect((err as RetryLaterError).message).toBe('GitHub rate limit reached; retry in 600 s.');
    expect((err as RetryLaterError).retryAfterMs).toBe(retryAfter);
    expect(f.calls()).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('waits out a retry-after exactly at the cap', async () => {
    const clock = new FakeClock(0);
    const f = failing([new TransientError('429', DEFAULT_MAX_RETRY_WAIT_MS)]);
    await expect(withRetry(f.fn, { clock, backoffMs: BACKOFF })).resolves.toBe('ok');
    expect(clock.sleeps).toEqual([DEFAULT_MAX_RETRY_WAIT_MS]);
  });

  it('shortens a configured backoff of minutes to the cap: a run retries in seconds, the next run is the long retry', async () => {
    const clock = new FakeClock(0);
    const f = failing([1, 2, 3, 4].map((n) => new TransientError(`503 #${n}`)));
    await expect(withRetry(f.fn, { clock, backoffMs: [60_000, 120_000, 240_000] })).rejects.toThrow('503 #4');
    expect(clock.sleeps).toEqual([DEFAULT_MAX_RETRY_WAIT_MS, DEFAULT_MAX_RETRY_WAIT_MS, DEFAULT_MAX_RETRY_WAIT_MS]);
  });

  it('the run backoff is seconds: one call that keeps failing costs under 10 seconds of waiting', async () => {
    const clock = new FakeClock(0);
    const f = failing([1, 2, 3].map((n) => new TransientError(`503 #${n}`)));
    await expect(withRetry(f.fn, { clock, backoffMs: RUN_RETRY_BACKOFF_MS })).rejects.toThrow('503 #3');
    expect(f.calls()).toBe(RUN_RETRY_BACKOFF_MS.length + 1);
    expect(clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThan(10_000);
  });

  it('never retries an error its client already retried (a store) nor a RetryLaterError (a system down for this run)', async () => {
    const clock = new FakeClock(0);
    for (const err of [new RetriedError('GitHub failed: 502'), new RetryLaterError('the executor is down for this run')]) {
      const f = failing([err]);
      await expect(withRetry(f.fn, { clock, backoffMs: BACKOFF })).rejects.toBe(err);
      expect(f.calls()).toBe(1);
    }
    expect(clock.sleeps).toEqual([]);
  });
});

describe('alreadyRetried: a store error is final for the run', () => {
  it('a transient error becomes a RetriedError, one asking for a long wait a RetryLaterError; others pass unchanged', () => {
    const cause = new TransientError('GitHub failed while trying to read x: 502.');
    const retried = alreadyRetried(cause);
    expect(retried).toBeInstanceOf(RetriedError);
    expect(retried).toBeInstanceOf(TransientError);
    expect((retried as Error).message).toBe(cause.message);
    expect((retried as Error).cause).toBe(cause);
    const far = alreadyRetried(new TransientError('GitHub rate limit reached; retry in 600 s.', 600_000));
    expect(far).toBeInstanceOf(RetryLaterError);
    expect((far as RetryLaterError).retryAfterMs).toBe(600_000);
    const permanent = new PermanentError('404');
    expect(alreadyRetried(permanent)).toBe(permanent);
    const later = new RetryLaterError('x');
    expect(alreadyRetried(later)).toBe(later);
  });
});
