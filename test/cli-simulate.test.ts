import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stateBoxPath } from '../src/core/version';
import { parseStateBoxText, serializeStateBox } from '../src/statebox/yaml';
import { loadScenario } from '../src/sim/scenario';
import { DEMO_SCENARIO } from '../src/sim/scenarios/demo';
import { simulate } from '../src/sim/simulate';
import { krdRun, withProcessEnv } from './helpers/krd-run';
import { shared } from './helpers/shared';

const ROOT = resolve(__dirname, '..');
const HAPPY = shared('scenarios/happy-path.yaml');
const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'krd-cli-sim-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('krd simulate', () => {
  it('prints the report as JSON, the same as simulate() gives', async () => {
    const t = await krdRun(['simulate', HAPPY, '--json']);
    expect(t.code).toBe(0);
    expect(JSON.parse(t.stdout)).toEqual(await simulate(loadScenario(HAPPY)));
    expect(t.stdout.trim().split('\n')).toHaveLength(1);
    expect(t.stderr).toBe('');
  });

  it('prints a readable summary without --json', async () => {
    const t = await krdRun(['simulate', HAPPY]);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/^Scenario happy-path-4\.20\.1: 297 runs, \d+ events\./);
    expect(t.stdout).toMatch(/4\.20\.1: Green/);
    expect(t.stdout).toMatch(/stage-testing\s+Pass\s+2025-11-01 06:00Z\s+2025-11-01 09:00Z\s+1/);
  });

  it('writes the StateBoxes under --out DIR as a repository holds them', async () => {
    const dir = tempDir();
    const t = await krdRun(['simulate', HAPPY, '--out', dir]);
    expect(t.code).toBe(0);
    const file = join(dir, stateBoxPath('4.20.1'));
    const text = readFileSync(file, 'utf8');
    const box = parseStateBoxText(text, file);
    expect(serializeStateBox(box)).toBe(text);
    expect(box.tasks.find((t2) => t2.name === 'change-advisory-status')!.status).toBe('Pass');
    expect(readdirSync(join(dir, '_releases/4.20')).sort()).toEqual(['4.20.z.yaml', 'statebox']);
    expect(t.stdout).toContain(`Wrote 2 files under ${dir}.`);
  });

  it('checks an expect file with --expect: exit 0 when met, 1 with the differences when not', async () => {
    const ok = await krdRun(['simulate', HAPPY, '--expect', HAPPY.replace('.yaml', '.expect.yaml')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Ended as');
    const bad = await krdRun(['simulate', HAPPY, '--expect', shared('scenarios/promoted-reject.expect.yaml')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('4.18.30: not in the report');
  });

  it('refuses a bad scenario with one sentence naming the key (exit 1), and bad usage (exit 2)', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'name: x\nstart: 2025-11-01T00:00:00Z\nevery: 15m\nuntil: 6d\nreleases:\n  - release: 4.20.1\n    world: {promoted_at: 6x}\n');
    const t = await krdRun(['simulate', file]);
    expect(t.code).toBe(1);
    expect(t.stderr).toBe(`krd simulate: ${file}: releases[0].world.promoted_at: "6x" is not a duration such as 15m or 2d.\n`);
    const missing = await krdRun(['simulate', join(dir, 'nope.yaml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
    for (const args of [['simulate'], ['simulate', 'a.yaml', 'b.yaml'], ['simulate', HAPPY, '--bogus']]) {
      const u = await krdRun(args);
      expect(u.code).toBe(2);
      expect(u.stderr).toContain('Usage: krd simulate FILE');
    }
  });

  it('runs deterministically: two fresh runs from the repository, nothing kept in memory between them, print the same report', async () => {
    const a = await krdRun(['simulate', 'scenarios/crash-after-trigger.yaml', '--json']);
    const b = await krdRun(['simulate', 'scenarios/crash-after-trigger.yaml', '--json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout) as { triggers: Record<string, Record<string, number>> };
    expect(report.triggers['4.20.5']!['push-to-cdn-staging']).toBe(1);
  });
});

describe('krd demo (npm start)', () => {
  it('bundles the same scenario text as src/sim/scenarios/demo.yaml', () => {
    expect(DEMO_SCENARIO).toBe(readFileSync(join(ROOT, 'src/sim/scenarios/demo.yaml'), 'utf8'));
  });

  it('tells the story run by run and ends with the summary, leaving no temporary files', async () => {
    const tmp = tempDir();
    // krd demo makes its directory under os.tmpdir(), which reads TMPDIR from the process.
    const r = await withProcessEnv({ TMPDIR: tmp }, () => krdRun(['demo']));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^krd demo: 2 z-stream releases \(4\.20\.1, 4\.19\.22\)/);
    expect(r.stdout).toMatch(/Run 1 · Mon 2025-11-03 08:00 UTC/);
    expect(r.stdout).toMatch(/… \d+ quiet runs \(.*waiting on build not promoted yet/);
    expect(r.stdout).toMatch(/▶ started push-to-cdn-staging \(job \d+\)/);
    expect(r.stdout).toMatch(/analyze-promoted-build ✘ FAILED \(analyzer REJECT\)/);
    expect(r.stdout).toMatch(/ignored "\/release:accept 4\.19\.22 analyze-promoted-build ship it" from mallory/);
    expect(r.stdout).toMatch(/4\.20\.1: Green \(shipped/);
    expect(r.stdout).toMatch(/analyze-promoted-build decided by alice/);
    expect(r.stdout.trimEnd().split('\n').at(-2)).toBe('Overall: 4.20.1 Green, 4.19.22 Green.');
    // Not a terminal: no progress line.
    expect(r.stderr).toBe('');
    expect(readdirSync(tmp).filter((f) => f.startsWith('krd-demo-'))).toEqual([]);
  });

  it('shows a progress line on stderr when on a terminal', async () => {
    const t = await krdRun(['demo'], { isTTY: true });
    expect(t.code).toBe(0);
    expect(t.stderr).toContain('\r\x1b[2Krun 1/480 · Mon 2025-11-03 08:00 UTC');
    expect(t.stderr.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('keeps the StateBoxes with --keep and says how to step through the world by hand', async () => {
    const tmp = tempDir();
    const r = await withProcessEnv({ TMPDIR: tmp }, () => krdRun(['demo', '--keep']));
    expect(r.code).toBe(0);
    const [kept] = readdirSync(tmp).filter((f) => f.startsWith('krd-demo-'));
    expect(kept).toMatch(/^krd-demo-/);
    const dir = join(tmp, kept!);
    expect(existsSync(join(dir, 'demo-scenario.yaml'))).toBe(true);
    const box = parseStateBoxText(readFileSync(join(dir, stateBoxPath('4.19.22')), 'utf8'), 'x');
    expect(box.tasks.find((t) => t.name === 'analyze-promoted-build')!.decided_by).toBe('alice');
    expect(r.stdout).toContain(`krd drive --world ${join(dir, 'demo-scenario.yaml')}`);
    expect((await krdRun(['demo', 'extra'])).code).toBe(2);
  });
});

describe('krd drive --world (one real run at --now)', () => {
  it('steps a scenario by hand across fresh runs, nothing kept in memory between them, the jobs surviving in the StateBox', async () => {
    const store = tempDir();
    mkdirSync(store, { recursive: true });
    // Each step is a run() of its own that builds its world from the scenario and the store.
    const step = (now: string) => krdRun(['drive', '--world', HAPPY, '--now', now, '--store', store, '--json']);
    const first = await step('2025-11-01T00:00:00Z');
    expect(first.code).toBe(0);
    const box = (): ReturnType<typeof parseStateBoxText> => parseStateBoxText(readFileSync(join(store, stateBoxPath('4.20.1')), 'utf8'), 'x');
    expect(box().tasks.find((t) => t.name === 'create-test-report')!.status).toBe('Pass');
    // Jump to when push-to-cdn-staging may start, then past its 45 minutes.
    for (const now of ['2025-11-01T00:15:00Z', '2025-11-01T00:30:00Z', '2025-11-01T00:45:00Z', '2025-11-01T01:00:00Z']) expect((await step(now)).code).toBe(0);
    const push = box().tasks.find((t) => t.name === 'push-to-cdn-staging')!;
    expect(push.status).toBe('In Progress');
    expect(push.job?.triggered_at).toBe('2025-11-01T01:00:00Z');
    expect((await step('2025-11-01T01:30:00Z')).code).toBe(0);
    expect(box().tasks.find((t) => t.name === 'push-to-cdn-staging')!.status).toBe('In Progress');
    expect((await step('2025-11-01T01:45:00Z')).code).toBe(0);
    expect(box().tasks.find((t) => t.name === 'push-to-cdn-staging')!.status).toBe('Pass');
  });
});
