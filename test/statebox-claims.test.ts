import { describe, expect, it } from 'vitest';
import { CLAIM_TTL_MS, claimState, claimsOf, earliestLiveClaim, withClaims, withoutClaims } from '../src/core/claims';
import { mergeStateBoxes } from '../src/statebox/merge';
import type { StateBox } from '../src/core/model';
import { parseStateBoxText, serializeStateBox } from '../src/statebox/yaml';
import { CHAIN_PASS, MINUTE, T0, makeBox, type BoxSpec } from './helpers/fake-world';

const claim = (run: string, at: string) => ({ run, at });
const at = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE).toISOString().replace(/\.\d{3}Z$/, 'Z');
const withDriver = (driver: Record<string, unknown> | undefined, tasks: BoxSpec['tasks'] = CHAIN_PASS): StateBox =>
  makeBox({ tasks, ...(driver ? { driver } : {}) });

describe('claims in a StateBox', () => {
  it('are added and removed per task; an emptied claims map and driver section go away', () => {
    const plain = withDriver(undefined);
    const one = withClaims(plain, ['push-to-cdn-staging'], claim('a', at(0)));
    const two = withClaims(one, ['stage-testing'], claim('b', at(1)));
    expect(claimsOf(two)).toEqual({ 'push-to-cdn-staging': claim('a', at(0)), 'stage-testing': claim('b', at(1)) });
    expect(claimsOf(withoutClaims(two, ['stage-testing']))).toEqual({ 'push-to-cdn-staging': claim('a', at(0)) });
    expect(withoutClaims(two, ['push-to-cdn-staging', 'stage-testing'])).toEqual(plain);
    const kept = withoutClaims(withClaims(withDriver({ notified: ['k'] }), ['stage-testing'], claim('a', at(0))), ['stage-testing']);
    expect(kept.driver).toEqual({ notified: ['k'] });
    expect(withoutClaims(plain, ['stage-testing'])).toBe(plain);
    expect(withClaims(plain, [], claim('a', at(0)))).toBe(plain);
  });

  it('survive a YAML round trip, and malformed entries are ignored, never fatal', () => {
    const box = withClaims(withDriver(undefined), ['push-to-cdn-staging'], claim('a', at(0)));
    expect(claimsOf(parseStateBoxText(serializeStateBox(box), 'x.yaml'))).toEqual({ 'push-to-cdn-staging': claim('a', at(0)) });
    expect(claimsOf(withDriver({ claims: { 'push-to-cdn-staging': 'yes', 'stage-testing': { run: 'b', at: at(0) } } }))).toEqual({ 'stage-testing': claim('b', at(0)) });
    expect(claimsOf(withDriver({ claims: ['x'] }))).toEqual({});
  });

  it('mean none, ours, live, expired (after 15 minutes) or void (a retry after the claim)', () => {
    const box = withClaims(withDriver(undefined), ['push-to-cdn-staging'], claim('a', at(0)));
    const state = (b: StateBox, minutes: number, run = 'me') => claimState(b, 'push-to-cdn-staging', new Date(T0.getTime() + minutes * MINUTE), run).state;
    expect(claimState(box, 'stage-testing', T0, 'me').state).toBe('none');
    expect(state(box, 0, 'a')).toBe('ours');
    expect(state(box, 14)).toBe('live');
    expect(state(box, CLAIM_TTL_MS / MINUTE)).toBe('expired');
    const retried = withClaims(withDriver(undefined, { ...CHAIN_PASS, 'push-to-cdn-staging': { status: 'Not Started', reset_at: at(2) } }), ['push-to-cdn-staging'], claim('a', at(1)));
    expect(state(retried, 3)).toBe('void');
    const claimedAfterRetry = withClaims(withDriver(undefined, { ...CHAIN_PASS, 'push-to-cdn-staging': { status: 'Not Started', reset_at: at(2) } }), ['push-to-cdn-staging'], claim('a', at(3)));
    expect(state(claimedAfterRetry, 4)).toBe('live');
    expect(state(withDriver({ claims: { 'push-to-cdn-staging': { run: 'a', at: 'yesterday' } } }), 0)).toBe('expired');
  });

  it('of two claims the earliest live one stands; one that had expired when the other was made gives way', () => {
    expect(earliestLiveClaim(claim('a', at(0)), claim('b', at(5)))).toEqual(claim('a', at(0)));
    expect(earliestLiveClaim(claim('b', at(5)), claim('a', at(0)))).toEqual(claim('a', at(0)));
    expect(earliestLiveClaim(claim('a', at(0)), claim('b', at(20)))).toEqual(claim('b', at(20)));
    expect(earliestLiveClaim(claim('a', 'garbage'), claim('b', at(20)))).toEqual(claim('b', at(20)));
  });
});

describe('mergeStateBoxes: driver.claims', () => {
  const merge = (base: StateBox | undefined, ours: StateBox, theirs: StateBox) => mergeStateBoxes(base, ours, theirs);
  const claims = (b: StateBox) => (b.driver as { claims?: unknown } | undefined)?.claims;

  it('are a union by task', () => {
    const base = withDriver(undefined);
    const ours = withClaims(base, ['push-to-cdn-staging'], claim('a', at(0)));
    const theirs = withClaims(base, ['stage-testing'], claim('b', at(1)));
    const { merged, conflicts } = merge(base, ours, theirs);
    expect(claims(merged)).toEqual({ 'push-to-cdn-staging': claim('a', at(0)), 'stage-testing': claim('b', at(1)) });
    expect(conflicts).toEqual([]);
  });

  it('two runs claiming one task: the earliest live claim wins, whichever side holds it, and it is reported', () => {
    const base = withDriver(undefined);
    const early = withClaims(base, ['push-to-cdn-staging'], claim('a', at(0)));
    const late = withClaims(base, ['push-to-cdn-staging'], claim('b', at(3)));
    for (const [ours, theirs] of [
      [early, late],
      [late, early],
    ] as const) {
      const { merged, conflicts } = merge(base, ours, theirs);
      expect(claims(merged)).toEqual({ 'push-to-cdn-staging': claim('a', at(0)) });
      expect(conflicts).toEqual([expect.objectContaining({ where: 'driver.claims.push-to-cdn-staging', resolution: 'kept the claim of run a: the earliest live claim wins' })]);
    }
    // A claim made after the other expired takes over.
    const expiredTakeover = withClaims(base, ['push-to-cdn-staging'], claim('c', at(30)));
    expect(claims(merge(base, early, expiredTakeover).merged)).toEqual({ 'push-to-cdn-staging': claim('c', at(30)) });
  });

  it('a release (the job recorded) on one side and no change on the other removes the claim, and leaves no empty driver', () => {
    const base = withClaims(withDriver(undefined), ['push-to-cdn-staging'], claim('a', at(0)));
    const released = withoutClaims(base, ['push-to-cdn-staging']);
    const untouched = { ...base, issues: [] };
    const { merged } = merge(base, released, untouched);
    expect(merged.driver).toBeUndefined();
    expect(merge(base, untouched, released).merged.driver).toBeUndefined();
  });

  it('a new claim beats the release of an older one on the same task', () => {
    const base = withClaims(withDriver(undefined), ['push-to-cdn-staging'], claim('a', at(0)));
    const released = withoutClaims(base, ['push-to-cdn-staging']);
    const reclaimed = withClaims(base, ['push-to-cdn-staging'], claim('b', at(20)));
    for (const [ours, theirs] of [
      [released, reclaimed],
      [reclaimed, released],
    ] as const) {
      const { merged, conflicts } = merge(base, ours, theirs);
      expect(claims(merged)).toEqual({ 'push-to-cdn-staging': claim('b', at(20)) });
      expect(conflicts.map((c) => c.resolution)).toEqual(['kept the claim of run b: a new claim outlives the release of an older one']);
    }
  });

  it('keeps other driver keys merging as before next to claims', () => {
    const base = withDriver({ notified: ['x'] });
    const ours = withClaims(withDriver({ notified: ['x', 'y'] }), ['stage-testing'], claim('a', at(0)));
    const theirs = withDriver({ notified: ['x', 'z'], slack_thread: '1.2' });
    expect(merge(base, ours, theirs).merged.driver).toEqual({ notified: ['x', 'y', 'z'], claims: { 'stage-testing': claim('a', at(0)) }, slack_thread: '1.2' });
  });
});
