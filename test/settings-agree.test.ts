/** The action's inputs and the CLI's KRD_* settings read a command line the same way. */
import { describe, expect, it } from 'vitest';
import { parseCommandSetting } from '../src/wiring';
import { tokenize } from '../src/triggers/commands';

describe('one way to read a command setting', () => {
  it.each([
    ["claude -p '/ci:analyze-build-test-results {build}'", ['claude', '-p', '/ci:analyze-build-test-results {build}']],
    ['oar', ['oar']],
    ['python3 -m "oar cli"', ['python3', '-m', 'oar cli']],
  ])('%s: KRD_ANALYZER_COMMAND splits like the analyzer-command input', (text, words) => {
    expect(parseCommandSetting('KRD_ANALYZER_COMMAND', text)).toEqual(words);
    expect(tokenize(text)).toEqual(words);
  });

  it('a JSON array stays the exact argument list', () => {
    expect(parseCommandSetting('KRD_OAR_COMMAND', '["/usr/bin/node", "fake oar.mjs"]')).toEqual(['/usr/bin/node', 'fake oar.mjs']);
  });

  it('an unbalanced quote is one sentence naming the setting', () => {
    expect(() => parseCommandSetting('KRD_ANALYZER_COMMAND', "claude -p 'oops")).toThrow(/^KRD_ANALYZER_COMMAND cannot be split into arguments/);
  });
});
