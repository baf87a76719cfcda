/**
 * `krd demo` (`npm start`): the bundled scenario on a temporary local store, told run by run,
 * ending with the summary a release engineer reads.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStore } from '../adapters/store/local';
import { overallStatus, redReasons } from '../core/overall';
import { stateBoxPath } from '../core/version';
import type { StateBox } from '../core/model';
import { Narrator, humanTime } from './narrate';
import { reportRelease, taskTable, type Report } from './report';
import { parseScenario } from './scenario';
import { DEMO_SCENARIO } from './scenarios/demo';
import { runSimulation } from './simulate';

export interface DemoOptions {
  /** Whole lines of the story (stdout). */
  readonly write: (text: string) => void;
  /** The progress line; only given when stderr is a terminal. */
  readonly progress?: (text: string) => void;
  /** Keep the temporary store (and say where it is). */
  readonly keep?: boolean;
  /** Where the temporary store goes; default the OS temp directory. */
  readonly tmp?: string;
}

export interface DemoResult {
  readonly report: Report;
  readonly dir: string;
  readonly kept: boolean;
}

function releaseSummary(name: string, box: StateBox | undefined, report: Report): string[] {
  const release = reportRelease(box);
  const lines = [`${name}: ${release.overall}`];
  if (box) {
    const why =
      release.overall === 'Green'
        ? 'shipped: change-advisory-status passed, advisories moved to REL_PREP'
        : release.overall === 'Red'
          ? `stopped: ${redReasons(box).join('; ')}`
          : 'still in progress';
    lines[0] += ` (${why})`;
  }
  lines.push(...taskTable(release, report.triggers[name]).map((l) => `  ${l}`));
  const issues = box?.issues ?? [];
  if (issues.length > 0) {
    lines.push('  issues:');
    issues.forEach((issue, i) => {
      const state = issue.resolved ? 'resolved' : issue.blocker ? 'OPEN, blocker' : 'open, not a blocker';
      lines.push(`    #${i + 1} (${state}) ${issue.issue.replace(/\s+/g, ' ').slice(0, 150)}`);
    });
  }
  const decided = (box?.tasks ?? []).filter((t) => typeof t.decided_by === 'string');
  for (const t of decided) lines.push(`  ${t.name} decided by ${t.decided_by} (justification kept in the StateBox)`);
  const sent = report.events.filter((e) => e.release === name && e.type === 'notify' && !e.detail.startsWith('sheets:')).length;
  const failedSends = report.events.filter((e) => e.release === name && e.type === 'error' && e.detail.startsWith('notification not sent')).length;
  lines.push(`  Slack: ${sent} message${sent === 1 ? '' : 's'} sent${failedSends ? `, ${failedSends} attempt${failedSends === 1 ? '' : 's'} failed during the outage and were sent later` : ''}.`);
  return lines;
}

export async function runDemo(options: DemoOptions): Promise<DemoResult> {
  const scenario = parseScenario(DEMO_SCENARIO, 'the bundled demo scenario');
  const dir = await mkdtemp(join(options.tmp ?? tmpdir(), 'krd-demo-'));
  const out = (line: string): void => options.write(`${line}\n`);
  try {
    out(`krd demo: ${scenario.releases.length} z-stream releases (${scenario.releases.map((r) => r.release).join(', ')}) driven by the real driver`);
    out(`against a simulated world, one run every ${scenario.every / 60_000} minutes from ${humanTime(new Date(scenario.start).toISOString())}.`);
    out(`StateBoxes live in a temporary local store: ${dir}`);
    out('');
    const narrator = new Narrator(out);
    const totalRuns = Math.ceil(scenario.until / scenario.every);
    const { report, boxes } = await runSimulation(scenario, {
      store: new LocalStore(dir),
      onRun: (run) => {
        options.progress?.(`run ${run.run}/${totalRuns} · ${humanTime(run.at)}`);
        narrator.add(run);
      },
    });
    narrator.end();
    options.progress?.('');

    out('');
    out(`Where it ended after ${report.runs} runs (${humanTime(report.events.at(-1)?.at ?? new Date(scenario.start).toISOString())}):`);
    out('');
    for (const r of scenario.releases) {
      for (const line of releaseSummary(r.release, boxes.get(r.release), report)) out(line);
      out('');
    }
    const overall = scenario.releases.map((r) => `${r.release} ${boxes.get(r.release) ? overallStatus(boxes.get(r.release)!) : 'In Progress'}`).join(', ');
    out(`Overall: ${overall}.`);
    if (options.keep) {
      await writeFile(join(dir, 'demo-scenario.yaml'), DEMO_SCENARIO);
      out(`The StateBoxes are kept in ${dir} (e.g. ${join(dir, stateBoxPath(scenario.releases[0]!.release))}).`);
      out(`Step through the same world by hand: krd drive --world ${join(dir, 'demo-scenario.yaml')} --store <empty dir> --now 2025-11-03T13:00:00Z`);
    } else {
      out('Run "krd demo --keep" to keep the StateBoxes, "krd simulate FILE" for your own scenarios.');
    }
    return { report, dir, kept: Boolean(options.keep) };
  } finally {
    if (!options.keep) await rm(dir, { recursive: true, force: true });
  }
}
