/**
 * The documentation is true where a machine can tell:
 * (a) no Markdown file points outside the repository (`../shared`, `/work/`);
 * (b) every relative link (and its #anchor) of README.md, SECURITY.md, CHANGELOG.md and
 *     docs/*.md reaches a file (and a heading) that exists;
 * (c) the commands the docs show run: the README's ```sh krd-doc-test fence (each exits 0),
 *     the session of docs/cli.md (```sh krd-doc-session, exit codes as its `# exit N` comments
 *     say, in a directory of its own) and the example scenario of docs/scenarios.md with its
 *     expect file;
 * (d) the reference tables name every action input and output, comment command and krd command.
 *
 * A command of the docs that runs krd (`node dist/cli/index.js …` or `krd …`) is split into its
 * words and run in-process through the CLI's run() (test/helpers/krd-run.ts), from the
 * repository root, with this process's environment: the sources the bundle is built from
 * (the CI checks that dist/ is their build). Any other command would run as a child process
 * without a shell.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { COMMAND_NAMES } from '../src/triggers/commands';
import { COMMANDS } from '../src/cli/commands';
import { WIRING_ENV } from '../src/settings';
import { krdRun } from './helpers/krd-run';

const ROOT = resolve(__dirname, '..');
const DOC_FILES = ['README.md', 'SECURITY.md', 'CHANGELOG.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

interface Fence {
  readonly info: string;
  readonly body: string;
}

/** The fenced code blocks of a Markdown text (``` or ~~~, any length), with their info strings. */
function fences(markdown: string): Fence[] {
  const out: Fence[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const marker = open[1]!;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[j]!);
      if (close && close[1]![0] === marker[0] && close[1]!.length >= marker.length) break;
      body.push(lines[j]!);
    }
    out.push({ info: open[2]!.trim(), body: body.join('\n') });
    i = j;
  }
  return out;
}

/** The text outside fenced code blocks and inline code, where links live. */
function prose(markdown: string): string {
  const lines = markdown.split('\n');
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined && m) {
      fence = m[1]!;
      continue;
    }
    if (fence !== undefined) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
      continue;
    }
    kept.push(line.replace(/(`+)[\s\S]*?\1/g, ''));
  }
  return kept.join('\n');
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, each space a hyphen. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of prose(read(file).replace(/`/g, '')).split('\n')) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Every inline link and image target of a Markdown text (outside code). */
function links(markdown: string): string[] {
  const targets: string[] = [];
  for (const m of prose(markdown).matchAll(/!?\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]!);
  return targets;
}

// ---------------------------------------------------------------------------------------------
// Running the commands the docs show

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const CLI = 'dist/cli/index.js';

/** Splits a command line of the docs into words: spaces separate, a trailing `# …` is a comment. */
function words(line: string): { argv: string[]; comment: string } {
  const hash = line.search(/\s#/);
  const command = hash === -1 ? line : line.slice(0, hash);
  const comment = hash === -1 ? '' : line.slice(hash).trim();
  return { argv: command.trim().split(/\s+/).filter(Boolean), comment };
}

function commandLines(body: string): string[] {
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** The krd arguments of a docs command that runs krd, or undefined for any other command. */
function krdArgs(argv: readonly string[]): string[] | undefined {
  if (argv[0] === 'krd') return argv.slice(1);
  if (argv[0] === 'node' && argv[1] === CLI) return argv.slice(2);
  return undefined;
}

async function runCommand(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const runEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...env };
  const args = krdArgs(argv);
  if (args) return krdRun(args, { env: runEnv, cwd: ROOT });
  if (argv[0] !== 'node') throw new Error(`The docs' commands start with node or krd: ${argv.join(' ')}`);
  return new Promise((done) => {
    execFile(process.execPath, argv.slice(1), { cwd: ROOT, env: runEnv, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as NodeJS.ErrnoException & { code?: unknown }).code === 'number' ? ((err as unknown as { code: number }).code) : 1) : 0;
      done({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

const show = (argv: readonly string[], r: Run): string => `${argv.join(' ')} exited ${r.code}\n${r.stderr}${r.stdout.slice(-2000)}`;

const tempDirs: string[] = [];
function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `krd-docs-${name}-`));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

describe('the docs stay inside the repository', () => {
  it('finds the Markdown files', () => {
    expect(DOC_FILES).toEqual(expect.arrayContaining(['README.md', 'SECURITY.md', 'CHANGELOG.md', 'docs/action.md', 'docs/scenarios.md', 'docs/architecture.md', 'docs/cli.md']));
  });

  it.each(DOC_FILES)('%s neither links nor points to ../shared or /work/', (file) => {
    const text = read(file);
    expect(text).not.toMatch(/\.\.\/shared\b/);
    expect(text).not.toContain('/work/');
  });

  it.each(DOC_FILES)('every relative link of %s reaches a file (and a heading) that exists', (file) => {
    const problems: string[] = [];
    for (const target of links(read(file))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      const [path, anchor] = target.split('#', 2) as [string, string | undefined];
      const resolved = path === '' ? join(ROOT, file) : resolve(dirname(join(ROOT, file)), decodeURIComponent(path));
      if (!resolved.startsWith(ROOT)) {
        problems.push(`${target}: leaves the repository`);
        continue;
      }
      if (!existsSync(resolved)) {
        problems.push(`${target}: no such file (${relative(ROOT, resolved)})`);
        continue;
      }
      if (anchor && resolved.endsWith('.md') && statSync(resolved).isFile() && !anchorsOf(relative(ROOT, resolved)).has(anchor)) {
        problems.push(`${target}: no heading #${anchor} in ${relative(ROOT, resolved)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the commands the docs show run', () => {
  const readmeCommands = fences(read('README.md'))
    .filter((f) => f.info === 'sh krd-doc-test')
    .flatMap((f) => commandLines(f.body));

  it('the README shows the offline commands, marked for this test', () => {
    const joined = readmeCommands.join('\n');
    expect(joined).toContain(`node ${CLI} --help`);
    expect(joined).toContain(`node ${CLI} --version`);
    expect(joined).toMatch(new RegExp(`node ${CLI} statebox check \\S+`));
    expect(joined).toMatch(new RegExp(`node ${CLI} simulate scenarios/(\\S+)\\.yaml --expect scenarios/\\1\\.expect\\.yaml`));
    // The set-up commands are there too (not run here: npm ci needs the network).
    expect(read('README.md')).toContain('npm ci && npm start');
    expect(read('README.md')).toContain('npm ci && npm test');
  });

  it('the committed bundle is what runs them: the README\'s simulate command as a real process of dist/cli/index.js prints what the sources print', async () => {
    const line = readmeCommands.find((l) => l.includes(' simulate '))!;
    const { argv } = words(line);
    const inProcess = await runCommand(argv);
    const bundle = await new Promise<Run>((done) => {
      execFile(process.execPath, argv.slice(1), { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
        done({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, stdout: String(stdout), stderr: String(stderr) });
      });
    });
    expect(bundle.code, show(argv, bundle)).toBe(0);
    expect(bundle.stdout).toBe(inProcess.stdout);
  }, 120_000);

  it.each(readmeCommands)('README: %s exits 0', async (line) => {
    const { argv } = words(line);
    const r = await runCommand(argv);
    expect(r.code, show(argv, r)).toBe(0);
    if (argv.includes('--version')) expect(r.stdout.trim()).toBe(JSON.parse(read('package.json')).version);
  }, 120_000);

  it('docs/cli.md: the session on a directory exits as its comments say', async () => {
    const session = fences(read('docs/cli.md')).filter((f) => f.info === 'sh krd-doc-session');
    expect(session).toHaveLength(1);
    const dir = tempDir('session');
    const lines = commandLines(session[0]!.body);
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const line of lines) {
      const { argv, comment } = words(line.replaceAll('/tmp/krd-walk', dir));
      const expected = Number(/exit (\d+)/.exec(comment)?.[1] ?? 0);
      const r = await runCommand(argv, { GITHUB_ACTOR: '', KRD_RECORD_DIR: '' });
      expect(r.code, show(argv, r)).toBe(expected);
    }
  }, 120_000);

  it('docs/scenarios.md: the complete example ends as its expect file says', async () => {
    const blocks = fences(read('docs/scenarios.md'));
    const scenario = blocks.find((f) => f.info === 'yaml krd-doc-scenario');
    const expectFile = blocks.find((f) => f.info === 'yaml krd-doc-expect');
    expect(scenario && expectFile).toBeTruthy();
    const dir = tempDir('scenario');
    writeFileSync(join(dir, 'example.yaml'), scenario!.body);
    writeFileSync(join(dir, 'example.expect.yaml'), expectFile!.body);
    const argv = ['node', CLI, 'simulate', join(dir, 'example.yaml'), '--expect', join(dir, 'example.expect.yaml')];
    const r = await runCommand(argv);
    expect(r.code, show(argv, r)).toBe(0);
  }, 120_000);
});

describe('the reference tables are complete', () => {
  const actionYml = parseYaml(read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
  const actionDoc = read('docs/action.md');
  const readme = read('README.md');

  it.each(Object.keys(actionYml.inputs))('input %s: a row of the docs/action.md table, named in the README', (input) => {
    expect(actionDoc).toContain(`| \`${input}\` |`);
    expect(readme).toContain(`\`${input}\``);
  });

  it.each(Object.keys(actionYml.outputs))('output %s: a row of the docs/action.md table', (output) => {
    expect(actionDoc).toContain(`| \`${output}\` |`);
  });

  it.each([...COMMAND_NAMES])('comment command /release:%s: a row of the README table', (name) => {
    expect(readme).toMatch(new RegExp(`^\\| \`/release:${name}[ \`]`, 'm'));
  });

  it.each(COMMANDS.map((c) => c.path.join(' ')))('krd %s: a row of the README table', (command) => {
    expect(readme).toMatch(new RegExp(`^\\| \`krd ${command}[ \`]`, 'm'));
  });

  it.each(Object.keys(WIRING_ENV))('krd drive reads %s: named in docs/cli.md', (name) => {
    expect(read('docs/cli.md')).toContain(`\`${name}\``);
  });
});
