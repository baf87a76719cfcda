/**
 * Every scenario under ../shared/scenarios (or its copies in test/fixtures/shared) and ./scenarios ends as its `*.expect.yaml` says
 * (keys: overall, tasks, not_pass, never_started), run through the production driver.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExpectations, parseExpectations } from '../src/sim/report';
import { loadScenario } from '../src/sim/scenario';
import { simulate } from '../src/sim/simulate';
import { SHARED_DIR, shared } from './helpers/shared';

const DIRS = [shared('scenarios'), resolve(__dirname, '../scenarios')];

function scenarioFiles(): string[] {
  return DIRS.filter((d) => existsSync(d)).flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.yaml') && !f.endsWith('.expect.yaml'))
      .sort()
      .map((f) => join(d, f)),
  );
}

describe('scenarios end as their expect files say', () => {
  const files = scenarioFiles();

  it('finds the shared scenarios and ours, each with an expect file', () => {
    expect(files.filter((f) => f.startsWith(SHARED_DIR)).length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => !f.startsWith(SHARED_DIR)).length).toBeGreaterThanOrEqual(11);
    for (const f of files) expect(existsSync(f.replace(/\.yaml$/, '.expect.yaml')), `${f} has no expect file`).toBe(true);
  });

  it.each(files)('%s', async (file) => {
    const scenario = loadScenario(file);
    const expectFile = file.replace(/\.yaml$/, '.expect.yaml');
    const expectations = parseExpectations(readFileSync(expectFile, 'utf8'), expectFile);
    const report = await simulate(scenario);
    const problems = checkExpectations(report, expectations);
    expect(problems, `${file}:\n${problems.join('\n')}`).toEqual([]);
    // Same input, same report.
    expect(await simulate(scenario)).toEqual(report);
  });
});
