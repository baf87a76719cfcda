import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FLOW_TASKS } from '../src/core/tasks';
import {
  MAX_ARGS,
  MAX_ARG_CHARS,
  MAX_LINE_CHARS,
  commandLine,
  isCommandError,
  parseCommand,
  tokenize,
  withActor,
} from '../src/triggers/commands';

function error(body: string): string {
  const r = parseCommand(body);
  if (!isCommandError(r)) throw new Error(`expected an error for ${JSON.stringify(body)}, got ${JSON.stringify(r)}`);
  return r.error;
}

describe('tokenize', () => {
  it('splits on any whitespace and keeps quoted words together', () => {
    expect(tokenize(`a  b\t"c d" 'e f' g"h i"j`)).toEqual(['a', 'b', 'c d', 'e f', 'gh ij']);
  });
  it('keeps empty quoted arguments and backslash escapes inside double quotes', () => {
    expect(tokenize(`x "" "say \\"hi\\"" 'no \\escape'`)).toEqual(['x', '', 'say "hi"', 'no \\escape']);
  });
  it('refuses an unclosed quote', () => {
    expect(() => tokenize('a "b c')).toThrow('A double quote is not closed.');
    expect(() => tokenize("a 'b")).toThrow('A single quote is not closed.');
  });
  it('caps the argument count, the argument length and the line length', () => {
    expect(tokenize(Array.from({ length: MAX_ARGS }, () => 'w').join(' '))).toHaveLength(MAX_ARGS);
    expect(() => tokenize(Array.from({ length: MAX_ARGS + 1 }, () => 'w').join(' '))).toThrow(`more than ${MAX_ARGS} arguments`);
    expect(() => tokenize('x'.repeat(MAX_ARG_CHARS + 1))).toThrow(`longer than ${MAX_ARG_CHARS} characters`);
    expect(() => tokenize('x '.repeat(MAX_LINE_CHARS))).toThrow(`longer than ${MAX_LINE_CHARS} characters`);
  });
});

describe('commandLine', () => {
  it('reads the first line only and needs the /release: prefix at its start', () => {
    expect(commandLine('  /release:status  \nrm -rf /')).toBe('/release:status');
    expect(commandLine('please run\n/release:status')).toBeUndefined();
    expect(commandLine('release:status')).toBeUndefined();
    expect(commandLine('/ci:analyze-build-test-results 4.20.1')).toBeUndefined();
    expect(commandLine('')).toBeUndefined();
  });
});

describe('parseCommand', () => {
  it('is undefined for comments that are not release commands', () => {
    expect(parseCommand('LGTM')).toBeUndefined();
    expect(parseCommand('/retest')).toBeUndefined();
    expect(parseCommand('text first\n/release:drive 4.20.1')).toBeUndefined();
  });

  it('parses every command', () => {
    expect(parseCommand('/release:drive 4.20.1')).toEqual({ kind: 'drive', release: '4.20.1' });
    expect(parseCommand('/release:drive 4.20.1 qe@example.com')).toEqual({ kind: 'drive', release: '4.20.1', owner: 'qe@example.com' });
    expect(parseCommand('/release:status')).toEqual({ kind: 'status' });
    expect(parseCommand('/release:status 5.0.0-ec.3')).toEqual({ kind: 'status', release: '5.0.0-ec.3' });
    expect(parseCommand('/release:accept 4.20.1 analyze-promoted-build known flake, see OCPBUGS-1')).toEqual({
      kind: 'accept',
      release: '4.20.1',
      task: 'analyze-promoted-build',
      justification: 'known flake, see OCPBUGS-1',
    });
    expect(parseCommand('/release:reject 4.20.1 analyze-candidate-build "real regression"')).toEqual({
      kind: 'reject',
      release: '4.20.1',
      task: 'analyze-candidate-build',
      reason: 'real regression',
    });
    expect(parseCommand('/release:retry 4.20.1 change-advisory-status')).toEqual({ kind: 'retry', release: '4.20.1', task: 'change-advisory-status' });
    expect(parseCommand('/release:resolve 4.20.1 #2 fixed upstream')).toEqual({ kind: 'resolve', release: '4.20.1', issue: 2, text: 'fixed upstream' });
    expect(parseCommand('/release:resolve 4.20.1 3 done\nmore text ignored')).toEqual({ kind: 'resolve', release: '4.20.1', issue: 3, text: 'done' });
  });

  it('accepts every flow task and nothing else', () => {
    for (const task of FLOW_TASKS) expect(parseCommand(`/release:retry 4.20.1 ${task}`)).toEqual({ kind: 'retry', release: '4.20.1', task });
    expect(error('/release:retry 4.20.1 update-bug-list')).toMatch(/^"update-bug-list" is not a task of the release flow: expected one of create-test-report, /);
    expect(error('/release:retry 4.20.1 ../../etc/passwd')).toMatch(/is not a task of the release flow/);
  });

  it('validates releases with parseRelease, so nothing odd reaches a path', () => {
    expect(error('/release:drive 4.20')).toBe('"4.20" is not a release: expected MAJOR.MINOR.PATCH such as 4.20.1 or 5.0.0-ec.3.');
    expect(error('/release:drive ../4.20.1')).toMatch(/is not a release/);
    expect(error('/release:drive "4.20.1; rm -rf /"')).toMatch(/is not a release/);
    expect(error('/release:drive')).toBe('/release:drive RELEASE [OWNER_EMAIL] needs a release such as 4.20.1.');
  });

  it('checks the owner is an email address', () => {
    expect(error('/release:drive 4.20.1 alice')).toBe('The owner of /release:drive must be an email address such as qe@example.com; "alice" is not one.');
    expect(error('/release:drive 4.20.1 a@b.co extra')).toMatch(/takes no more arguments/);
  });

  it('needs the free text of accept, reject and resolve', () => {
    expect(error('/release:accept 4.20.1 stage-testing')).toBe('/release:accept RELEASE TASK JUSTIFICATION needs a justification: it is recorded in the StateBox.');
    expect(error('/release:reject 4.20.1 stage-testing ""')).toMatch(/needs a reason/);
    expect(error('/release:resolve 4.20.1 2')).toMatch(/needs a resolution text/);
  });

  it('refuses bad issue numbers, extra arguments, unknown commands and control characters', () => {
    expect(error('/release:resolve 4.20.1 two fixed')).toMatch(/needs the issue number as shown in the status \(1, 2, …\); "two" is not one\./);
    expect(error('/release:resolve 4.20.1 0 fixed')).toMatch(/needs the issue number/);
    expect(error('/release:retry 4.20.1 stage-testing now')).toMatch(/takes no more arguments/);
    expect(error('/release:status 4.20.1 4.20.2')).toMatch(/takes no more arguments/);
    expect(error('/release:ship 4.20.1')).toBe('"/release:ship" is not a release command: use one of /release:drive, /release:status, /release:accept, /release:reject, /release:retry, /release:record-job, /release:resolve.');
    expect(error('/release:drive 4.20.1\u0007')).toBe('The command contains control characters.');
    expect(error('/release:accept 4.20.1 stage-testing "unclosed')).toBe('A double quote is not closed.');
  });

  it('attaches the commenter', () => {
    const parsed = parseCommand('/release:retry 4.20.1 stage-testing');
    if (!parsed || isCommandError(parsed)) throw new Error('expected a command');
    expect(withActor(parsed, 'alice')).toEqual({ kind: 'retry', release: '4.20.1', task: 'stage-testing', by: 'alice' });
  });

  it('never throws, whatever the body', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.boolean(), (s, prefixed) => {
        const body = prefixed ? `/release:${s}` : s;
        const r = parseCommand(body);
        if (r === undefined) expect(body.trimStart().startsWith('/release:')).toBe(false);
        else if (isCommandError(r)) expect(r.error.length).toBeGreaterThan(0);
        else expect(['drive', 'status', 'accept', 'reject', 'retry', 'resolve']).toContain(r.kind);
      }),
      { numRuns: 500 },
    );
  });
});
