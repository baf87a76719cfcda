import { describe, expect, it } from 'vitest';
import { releaseView } from '../src/adapters/notify/release-view';
import { renderReleaseTerminal, renderTerminal, useColor } from '../src/adapters/notify/terminal';
import { CHAIN_PASS, makeBox } from './helpers/fake-world';

const NOW = new Date('2025-11-01T06:00:00Z');
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

const box = () =>
  makeBox({
    tasks: {
      ...CHAIN_PASS,
      'push-to-cdn-staging': { status: 'In Progress', started_at: '2025-11-01T05:40:00Z', job: { id: '7', url: 'https://jenkins.example/job/7/' } },
      'analyze-candidate-build': { status: 'Fail', started_at: '2025-11-01T01:00:00Z', completed_at: '2025-11-01T01:30:00Z' },
      'check-greenwave-cvp-tests': 'Pass',
    },
    issues: [{ issue: 'RHCOS alert', blocker: false }, { issue: 'old one', blocker: true, resolved: true, resolved_at: '2025-11-01T02:00:00Z' }],
  });

describe('useColor', () => {
  it('colours a terminal unless NO_COLOR is set (non-empty) or TERM is dumb; never when piped', () => {
    expect(useColor({ isTTY: true, env: {} })).toBe(true);
    expect(useColor({ isTTY: true, env: { NO_COLOR: '' } })).toBe(true);
    expect(useColor({ isTTY: true, env: { NO_COLOR: '1' } })).toBe(false);
    expect(useColor({ isTTY: true, env: { TERM: 'dumb' } })).toBe(false);
    expect(useColor({ isTTY: false, env: {} })).toBe(false);
  });
});

describe('renderReleaseTerminal', () => {
  it('plain text: overall, status line, facts, waits, issues, task table, notes', () => {
    const text = renderReleaseTerminal(releaseView(box(), { now: NOW }), false);
    expect(text).not.toMatch(ANSI);
    expect(text).toBe(
      [
        '4.20.1  Red',
        '  4.20.1 is Red: analyze-candidate-build failed (4 of 11 tasks done); a human accept, retry or resolve clears it.',
        '  Jira ART-14188 · shipment MR https://gitlab.example/ocp-shipment-data/-/merge_requests/297 · release date 2025-Nov-04',
        '',
        '  Waits on:',
        '    - stopped (Red): analyze-candidate-build failed; a human accept, retry or resolve clears it',
        '    - push-to-cdn-staging running for 20m (job https://jenkins.example/job/7/)',
        '',
        '  Other open issues:',
        '    #1 RHCOS alert (reported 2025-11-01 00:00Z)',
        '',
        '  Task                                              Status       Started            Ended              Duration         Job',
        '  create-test-report                                Pass         2025-11-01 00:00Z  2025-11-01 00:00Z  0m',
        '  take-ownership                                    Pass         2025-11-01 00:00Z  2025-11-01 00:00Z  0m',
        '  check-cve-tracker-bug                             Pass         2025-11-01 00:00Z  2025-11-01 00:00Z  0m',
        '  check-rhcos-security-alerts                       Pass         2025-11-01 00:00Z  2025-11-01 00:00Z  0m',
        '  push-to-cdn-staging                               In Progress  2025-11-01 05:40Z                     running for 20m  https://jenkins.example/job/7/',
        '  analyze-candidate-build                           Fail         2025-11-01 01:00Z  2025-11-01 01:30Z  30m',
        '  image-consistency-check                           Not Started',
        '  stage-testing                                     Not Started',
        '  analyze-promoted-build                            Not Started',
        '  image-signed-check                                Not Started',
        '  change-advisory-status                            Not Started',
        '  check-greenwave-cvp-tests (not run by this flow)  Pass         2025-11-01 00:00Z  2025-11-01 00:00Z  0m',
        '',
      ].join('\n'),
    );
  });

  it('coloured: the same text once escape codes are removed; statuses and overall in their colours', () => {
    const view = releaseView(box(), { now: NOW });
    const coloured = renderReleaseTerminal(view, true);
    expect(coloured.replace(ANSI, '')).toBe(renderReleaseTerminal(view, false));
    expect(coloured).toContain('\u001b[1;31mRed\u001b[0m');
    expect(coloured).toContain('\u001b[32mPass       \u001b[0m');
    expect(coloured).toContain('\u001b[31mFail       \u001b[0m');
    expect(coloured).toContain('\u001b[36mIn Progress\u001b[0m');
  });

  it('blockers name the command that resolves them; unrecorded tasks and notes are said', () => {
    const upstream = makeBox({ tasks: { 'take-ownership': 'Pass', 'check-cve-tracker-bug': 'Pass', 'push-to-cdn-staging': 'In Progress' }, issues: [{ issue: 'stage pipeline broken', blocker: true, related_tasks: ['stage-testing'] }] });
    const text = renderTerminal([releaseView(upstream, { now: NOW })], false);
    expect(text).toContain('  Open blocker issues:\n    #1 stage pipeline broken (reported 2025-11-01 00:00Z; tasks: stage-testing)\n       resolve with: /release:resolve 4.20.1 1 <text>');
    expect(text).toMatch(/ {2}create-test-report +Done \(unrecorded\)/);
    expect(text).toContain('  Notes:\n    - create-test-report not recorded; counted as done because take-ownership has started');
  });

  it('a task far beyond its usual time is reported as stuck, once, with its job and the way out', () => {
    const stuck = makeBox({ tasks: { ...CHAIN_PASS, 'push-to-cdn-staging': { status: 'In Progress', started_at: '2025-11-01T01:40:00Z', job: { id: '7', url: 'https://jenkins.example/job/7/' } } } });
    const view = releaseView(stuck, { now: NOW });
    expect(view.waits.filter((w) => w.startsWith('push-to-cdn-staging'))).toEqual([
      'push-to-cdn-staging: looks stuck: in progress for 4h 20m, usually done within 1h; check job https://jenkins.example/job/7/; /release:retry restarts it',
    ]);
  });

  it('several releases are separated by a blank line', () => {
    const text = renderTerminal([releaseView(box(), { now: NOW }), releaseView(makeBox({ release: '4.19.9', tasks: {} }), { now: NOW })], false);
    expect(text).toContain('\n\n4.19.9  In Progress\n');
  });
});
