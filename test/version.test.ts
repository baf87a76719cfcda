import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/core/errors';
import { compareReleases, isRelease, isYStream, parseRelease, stateBoxPath, trackingFilePath, yStream } from '../src/core/version';

describe('parseRelease', () => {
  it('reads a GA z-stream', () => {
    expect(parseRelease('4.20.1')).toEqual({ text: '4.20.1', major: 4, minor: 20, patch: 1 });
  });

  it('reads a pre-release', () => {
    expect(parseRelease('5.0.0-ec.3')).toEqual({ text: '5.0.0-ec.3', major: 5, minor: 0, patch: 0, pre: 'ec.3' });
    expect(parseRelease('4.21.0-rc.1').pre).toBe('rc.1');
  });

  it.each([
    ['../../x', '"../../x" is not a release: expected MAJOR.MINOR.PATCH such as 4.20.1 or 5.0.0-ec.3.'],
    ['4.20.1;rm -rf /', '"4.20.1;rm -rf /" is not a release: expected MAJOR.MINOR.PATCH such as 4.20.1 or 5.0.0-ec.3.'],
    ['4.20', '"4.20" is not a release: expected MAJOR.MINOR.PATCH such as 4.20.1 or 5.0.0-ec.3.'],
    ['', 'A release is required, such as 4.20.1 or 5.0.0-ec.3.'],
  ])('rejects %j with one clear sentence', (input, message) => {
    expect(() => parseRelease(input)).toThrow(InputError);
    expect(() => parseRelease(input)).toThrow(message);
    expect(isRelease(input)).toBe(false);
  });

  it.each(['4.20.1 ', ' 4.20.1', '4.20.1\n', '04.20.1', '4.020.1', '4.20.1-beta.1', '4.20.1-ec', '4.20.1-ec.3.1', 'v4.20.1', '4.20.x', '4..1', '4.20.1/..', '4.20.1%00'])(
    'rejects %j',
    (input) => {
      expect(() => parseRelease(input)).toThrow(InputError);
    },
  );

  it('rejects non-strings and shortens long input in the message', () => {
    expect(() => parseRelease(undefined)).toThrow('A release is required');
    expect(() => parseRelease(420)).toThrow('A release is required');
    expect(() => parseRelease('x'.repeat(100))).toThrow(`"${'x'.repeat(40)}…" is not a release`);
  });

  it('nothing it accepts can escape a path or a command line (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (s) => {
        if (isRelease(s)) expect(s).toMatch(/^[0-9.a-z-]+$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('y-streams and paths', () => {
  it('yStream', () => {
    expect(yStream('4.20.1')).toBe('4.20');
    expect(yStream('5.0.0-ec.3')).toBe('5.0');
    expect(yStream(parseRelease('4.9.10'))).toBe('4.9');
    expect(() => yStream('4.20')).toThrow(InputError);
  });

  it('isYStream', () => {
    expect(isYStream('4.20')).toBe(true);
    expect(isYStream('4.20.1')).toBe(false);
    expect(isYStream('../4')).toBe(false);
  });

  it('stateBoxPath and trackingFilePath', () => {
    expect(stateBoxPath('4.16.65')).toBe('_releases/4.16/statebox/4.16.65.yaml');
    expect(stateBoxPath('5.0.0-ec.3')).toBe('_releases/5.0/statebox/5.0.0-ec.3.yaml');
    expect(() => stateBoxPath('../../x')).toThrow(InputError);
    expect(trackingFilePath('4.16')).toBe('_releases/4.16/4.16.z.yaml');
    expect(() => trackingFilePath('4.16/../..')).toThrow('"4.16/../.." is not a y-stream such as 4.20.');
  });
});

describe('compareReleases', () => {
  it('orders numerically, not as text', () => {
    const sorted = ['4.10.0', '4.9.1', '4.10.10', '4.10.2', '5.0.0', '5.0.0-ec.3', '5.0.0-ec.10', '5.0.0-rc.1', '4.16.65'].sort(compareReleases);
    expect(sorted).toEqual(['4.9.1', '4.10.0', '4.10.2', '4.10.10', '4.16.65', '5.0.0-ec.3', '5.0.0-ec.10', '5.0.0-rc.1', '5.0.0']);
  });

  it('is a total order consistent with equality (property)', () => {
    const release = fc
      .tuple(fc.nat(9), fc.nat(30), fc.nat(99), fc.option(fc.tuple(fc.constantFrom('ec', 'fc', 'rc'), fc.nat(20)), { nil: undefined }))
      .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre[0]}.${pre[1]}` : ''}`);
    fc.assert(
      fc.property(release, release, release, (a, b, c) => {
        expect(Math.sign(compareReleases(a, b))).toBe(-Math.sign(compareReleases(b, a)));
        expect(compareReleases(a, b) === 0).toBe(a === b);
        if (compareReleases(a, b) <= 0 && compareReleases(b, c) <= 0) expect(compareReleases(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('rejects bad input', () => {
    expect(() => compareReleases('4.20.1', '4.20')).toThrow(InputError);
  });
});
