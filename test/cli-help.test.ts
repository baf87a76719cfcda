/**
 * `krd help COMMAND` and `krd COMMAND --help` (issue 14): every option and every environment
 * setting of a command on its own line, from one place (src/cli/commands/specs.ts); groups list
 * their commands; an unknown command or option names the nearest one; usage errors exit 2.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '../src/cli/io';
import { COMMANDS } from '../src/cli/commands/index';
import { GROUPS, WIRING_SETTINGS } from '../src/cli/commands/specs';
import { editDistance, nearest } from '../src/cli/suggest';
import { WIRING_ENV } from '../src/wiring';
import { krdRun } from './helpers/krd-run';

const ROOT = resolve(import.meta.dirname, '..');

// Help and usage errors touch no file: the working directory is never read.
const krd = (argv: string[]) => krdRun(argv, { cwd: '/nonexistent' });

const name = (c: CommandSpec) => c.path.join(' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('krd help COMMAND and krd COMMAND --help', () => {
  it.each(COMMANDS.map((c) => [name(c), c] as const))('%s: both print the same help, every option and setting on its own line', async (_, spec) => {
    const viaHelp = await krd(['help', ...spec.path]);
    const viaFlag = await krd([...spec.path, '--help']);
    const viaShort = await krd([...spec.path, '-h']);
    expect(viaHelp.code).toBe(0);
    expect(viaFlag).toEqual(viaHelp);
    expect(viaShort).toEqual(viaHelp);
    const text = viaHelp.stdout;
    expect(text.startsWith(`Usage: krd ${spec.usage}\n\n${spec.summary}\n\nOptions:\n`)).toBe(true);
    for (const [option, o] of Object.entries(spec.options)) {
      const words = o.type === 'string' ? `--${option} ${o.value}` : `--${option}`;
      expect(text).toMatch(new RegExp(`\\n {2}${escape(words)} +${escape(o.help)}\\n`));
      // The usage line names every option too.
      expect(spec.usage).toContain(`--${option}`);
    }
    expect(text).toMatch(/\n {2}--help +show this help\n/);
    const env = Object.entries(spec.env ?? {});
    if (env.length) expect(text).toContain('\nEnvironment:\n');
    else expect(text).not.toContain('Environment:');
    for (const [setting, what] of env) expect(text).toMatch(new RegExp(`\\n {2}${setting} +${escape(what)}\\n`));
    // One line each: nothing wraps.
    const lines = text.split('\n');
    expect(lines.filter((l) => /^ {2}--/.test(l))).toHaveLength(Object.keys(spec.options).length + 1);
    expect(lines.filter((l) => /^ {2}[A-Z][A-Z0-9_]+ /.test(l))).toHaveLength(env.length);
  });

  it('krd drive --help names every setting the real wiring reads (WIRING_ENV), with the same words, and where the test results are', async () => {
    expect(WIRING_SETTINGS).toEqual(WIRING_ENV);
    const text = (await krd(['drive', '--help'])).stdout;
    for (const setting of [...Object.keys(WIRING_ENV), 'KRD_RECORD_REF', 'KRD_RECORD_DIR', 'KRD_OWNER', 'GITHUB_REPOSITORY', 'GITHUB_TOKEN', 'GITHUB_API_URL']) {
      expect(text).toMatch(new RegExp(`\\n {2}${setting} +\\S`));
    }
    expect(text).toMatch(/\n {2}--release R +drive this release \(repeatable\)/);
  });

  it('krd status --help names the Google Sheets settings; krd mcp --help those of drive and status', async () => {
    const status = (await krd(['status', '--help'])).stdout;
    for (const s of ['KRD_SHEETS_SPREADSHEET_ID', 'KRD_SHEETS_TOKEN', 'KRD_SHEETS_MAPPING', 'KRD_SHEETS_API_URL', 'GITHUB_TOKEN']) expect(status).toMatch(new RegExp(`\\n {2}${s} `));
    const mcp = (await krd(['help', 'mcp'])).stdout;
    for (const s of ['KRD_SHEETS_TOKEN', 'KRD_EXECUTOR', 'KRD_RECORD_REF', 'SLACK_CHANNEL']) expect(mcp).toMatch(new RegExp(`\\n {2}${s} `));
    expect(mcp).toContain('Tools: list_active_releases');
  });

  it('every environment variable src/cli reads is in the help of some command', () => {
    const documented = new Set(COMMANDS.flatMap((c) => Object.keys(c.env ?? {})));
    const files = readdirSync(join(ROOT, 'src/cli'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const read = new Set<string>();
    for (const file of files) {
      const text = readFileSync(join(ROOT, 'src/cli', file), 'utf8');
      for (const m of text.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]+)|\['([A-Z][A-Z0-9_]+)'\])/g)) read.add((m[1] ?? m[2])!);
    }
    read.delete('PATH'); // only passed on to git
    expect(read.size).toBeGreaterThan(5);
    expect([...read].filter((v) => !documented.has(v))).toEqual([]);
  });

  it('a group (statebox, issue, test-result) lists its commands: krd GROUP --help, krd help GROUP', async () => {
    for (const group of ['statebox', 'issue', 'test-result']) {
      const members = COMMANDS.filter((c) => c.path[0] === group && c.path.length === 2);
      expect(members.length).toBeGreaterThan(0);
      const viaFlag = await krd([group, '--help']);
      const viaHelp = await krd(['help', group]);
      expect(viaFlag.code).toBe(0);
      expect(viaHelp).toEqual(viaFlag);
      expect(viaFlag.stdout).toContain(GROUPS[group]);
      for (const m of members) expect(viaFlag.stdout).toContain(`\n  krd ${m.usage}\n      ${m.summary}\n`);
      expect(viaFlag.stdout).toContain(`krd help ${group} COMMAND`);
    }
  });

  it('a group without its command is a usage error (exit 2) that lists its commands on stderr', async () => {
    const r = await krd(['issue']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^krd issue: name one of its commands: krd issue add or krd issue resolve\.\n/);
    expect(r.stderr).toContain('  krd issue resolve RELEASE INDEX TEXT');
  });

  it('krd --help points to krd help COMMAND; krd help alone is krd --help', async () => {
    const main = await krd(['--help']);
    expect(main.code).toBe(0);
    expect(main.stdout).toContain('Run "krd help COMMAND" (or "krd COMMAND --help") for its options and the environment settings it reads.');
    expect(await krd(['help'])).toEqual(main);
    // One line per command there: options and settings stay in the command's own help.
    expect(main.stdout).not.toContain('KRD_EXECUTOR');
  });

  it('krd help with a bad name: the nearest command, exit 2', async () => {
    const r = await krd(['help', 'dirve']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'krd: unknown command "dirve". Did you mean "krd drive"?\nRun "krd --help" for the list of commands.\n' });
    const extra = await krd(['help', 'drive', 'now']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('krd help drive');
  });
});

describe('an unknown command or option names the nearest one (exit 2)', () => {
  it.each([
    [['stauts'], 'krd: unknown command "stauts". Did you mean "krd status"?\n'],
    [['drvie', '--json'], 'krd: unknown command "drvie". Did you mean "krd drive"?\n'],
    [['simualte', 'x.yaml'], 'krd: unknown command "simualte". Did you mean "krd simulate"?\n'],
    [['stat'], 'krd: unknown command "stat". Did you mean "krd statebox" or "krd status"?\n'],
    [['statebox', 'fnt', 'a.yaml'], 'krd: unknown command "statebox fnt". Did you mean "krd statebox fmt"?\n'],
    [['statbox', 'check', 'a.yaml'], 'krd: unknown command "statbox". Did you mean "krd statebox check"?\n'],
    [['issue', 'resolv'], 'krd: unknown command "issue resolv". Did you mean "krd issue resolve"?\n'],
    [['test-results', 'evaluate'], 'krd: unknown command "test-results". Did you mean "krd test-result evaluate"?\n'],
    [['accpet', '4.20.1'], 'krd: unknown command "accpet". Did you mean "krd accept"?\n'],
    [['zzzzzz'], 'krd: unknown command "zzzzzz".\n'],
  ])('krd %j', async (argv, first) => {
    const r = await krd(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${first}Run "krd --help" for the list of commands.\n`);
  });

  it.each([
    [['drive', '--relase', '4.20.1'], 'drive', 'unknown option --relase; did you mean --release?'],
    [['drive', '--stor', 'x'], 'drive', 'unknown option --stor; did you mean --store?'],
    [['drive', '--re', 'x'], 'drive', 'unknown option --re; did you mean --release or --ref?'],
    [['status', '--jsno'], 'status', 'unknown option --jsno; did you mean --json?'],
    [['status', '--now'], 'status', '--now needs a value: --now ISO.'],
    [['status', '4.20.1'], 'status', 'Unexpected argument "4.20.1": krd status takes only options.'],
    [['simulate', 'x.yaml', '--froce'], 'simulate', 'unknown option --froce; did you mean --force?'],
    [['simulate', 'x.yaml', '--json=yes'], 'simulate', '--json takes no value: give --json alone.'],
    [['test-result', 'evaluate', '--require-acepted', 'x.json'], 'test-result evaluate', 'unknown option --require-acepted; did you mean --require-accepted?'],
    [['statebox', 'check', '--yaml', 'x.yaml'], 'statebox check', 'unknown option --yaml.'],
    [['issue', 'add', '4.20.1', 'text', '--blocke'], 'issue add', 'unknown option --blocke; did you mean --blocker?'],
    [['accept', '4.20.1', 'x', 'why', '--ass', 'me'], 'accept', 'unknown option --ass; did you mean --as?'],
    [['mcp', '--stroe', '.'], 'mcp', 'unknown option --stroe; did you mean --store?'],
    [['demo', '--kep'], 'demo', 'unknown option --kep; did you mean --keep?'],
    [['drive', '--hepl'], 'drive', 'unknown option --hepl; did you mean --help?'],
  ])('krd %j', async (argv, command, message) => {
    const r = await krd(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const usage = COMMANDS.find((c) => name(c) === command)!.usage;
    expect(r.stderr).toBe(`krd ${command}: ${message}\nUsage: krd ${usage}\n`);
  });

  it('an option before the command says where options go', async () => {
    const r = await krd(['--jsno', 'status']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('krd: unknown option --jsno: options go after the command (krd COMMAND [options]).\nRun "krd --help" for the list of commands.\n');
    const near = await krd(['--verison']);
    expect(near.stderr).toContain('Did you mean --version?');
  });
});

describe('the nearest word', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('status', 'status')).toBe(0);
    expect(editDistance('stauts', 'status')).toBe(1);
    expect(editDistance('relase', 'release')).toBe(1);
    expect(editDistance('drvie', 'drive')).toBe(1);
    expect(editDistance('stor', 'store')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests every word it begins, else words within two edits, else nothing', () => {
    expect(nearest('re', ['release', 'store', 'ref'])).toEqual(['release', 'ref']);
    expect(nearest('relase', ['release', 'store', 'ref'])).toEqual(['release']);
    expect(nearest('x', ['as', 'json'])).toEqual([]);
    expect(nearest('js', ['as', 'json'])).toEqual(['json']);
    expect(nearest('bogus', ['release', 'store', 'ref', 'json'])).toEqual([]);
    expect(nearest('', ['a'])).toEqual([]);
  });
});
