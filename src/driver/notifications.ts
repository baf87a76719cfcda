import { createHash } from 'node:crypto';
import { FLOW_TASKS, TASK_INFO, isFlowTask, type FlowTask } from '../core/tasks';
import { overallStatus, redReasons } from '../core/overall';
import { minuteTime } from '../core/waits';
import { parseTimestamp } from '../core/time';
import type { Decision } from '../core/decide';
import type { Notification } from '../ports/notifier';
import type { SecurityAlert } from '../ports/world';
import type { StateBox, StateBoxIssue, StateBoxTask } from '../core/model';
import { resetAtOf } from '../core/claims';
import { unsentOf } from '../statebox/unsent';

/** Blocking RHCOS security alerts found by this run's check-rhcos-security-alerts. */
export interface AlertFinding {
  readonly advisory: number;
  readonly alerts: readonly SecurityAlert[];
}

export interface NotificationInput {
  /** The StateBox as this run read it. */
  readonly before: StateBox | undefined;
  /** The StateBox as this run will write it. */
  readonly after: StateBox;
  /** The run's final decision (stuck tasks, long stage-release wait, near deadline). */
  readonly decision: Decision;
  readonly alerts: readonly AlertFinding[];
  readonly owner: string | undefined;
}

function task(box: StateBox | undefined, name: string): StateBoxTask | undefined {
  return box?.tasks.find((t) => t.name === name);
}

function cut(line: string, max = 300): string {
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/**
 * The line of a result that says why: a person's decision leads its result (the evidence it
 * overrode follows); a Fail is told by its last line containing `ERROR` (oar's `ERROR:` or
 * `- ERROR -` lines), otherwise by the last line of the log. oar's bookkeeping line
 * (`task [Stage Testing] status is changed to [Fail]`) only repeats the status: never quoted.
 */
export function whyLine(record: StateBoxTask): string {
  const lines = (record.result ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (record.decided_by !== undefined) return cut(lines[0] ?? '');
  const told = lines.filter((l) => !/status is changed to/i.test(l));
  const error = record.status === 'Fail' ? told.findLast((l) => l.includes('ERROR')) : undefined;
  return cut(error ?? told.at(-1) ?? '');
}

/**
 * Which attempt of a task a result belongs to, the same for every run that reads the same
 * StateBox, so that two runs racing to record the same result derive the same key: the retry
 * that opened the attempt (reset_at) and, when the attempt started in an earlier run, its
 * started_at. A start stamped by this very run is left out: racing runs stamp different times.
 */
function attemptOf(was: StateBoxTask | undefined, now: StateBoxTask): string {
  const resetAt = resetAtOf(now);
  const reset = resetAt ? `reset=${resetAt}` : '';
  const startedEarlier = was !== undefined && was.status !== 'Not Started' && typeof was.started_at === 'string' && was.started_at === now.started_at;
  return [reset, startedEarlier ? `started=${was.started_at}` : ''].filter(Boolean).join(',');
}

/**
 * Which occurrence of an issue a Red message is about, the same for every run that reads the
 * same StateBox: an issue the run read keeps its reported_at; one it adds is named by its text
 * and how often that text was reported before (racing runs stamp different times, and the merge
 * keeps one of the two: src/statebox/merge.ts).
 */
function issueOccasion(box: StateBox, issue: StateBoxIssue): string {
  const earlier = box.issues.slice(0, box.issues.indexOf(issue)).filter((i) => i.issue === issue.issue).length;
  return `issue#${createHash('sha256').update(issue.issue).digest('hex').slice(0, 12)}.${earlier}`;
}

/**
 * What makes a release Red, named the same by every run that reads the same StateBox, however
 * the Red came (a Fail, a blocker added by `krd issue add --blocker`, a StateBox that starts Red):
 * the failed attempts (retry and start of each) and the blocker issues that stop it.
 */
function redOccasion(box: StateBox): string {
  return [
    ...box.tasks.filter((t) => isFlowTask(t.name) && t.status === 'Fail').map((t) => `${t.name}@${[resetAtOf(t) ?? '', t.started_at ?? ''].join('/')}`),
    ...box.issues.filter((i) => i.blocker && !i.resolved && !(i.related_tasks ?? []).some(isFlowTask)).map((i) => issueOccasion(box, i)),
  ].join(',');
}

/** Notifications already sent (or given up) for this release (their keys live in the StateBox). */
export function notifiedKeys(box: StateBox): readonly string[] {
  return Array.isArray(box.driver?.notified) ? box.driver.notified : [];
}

/**
 * What this run should tell people, each with a key that is stable across reruns: task
 * results and overall Red/Green come from status changes between what the run read and what
 * it writes; stuck tasks, long waits and a near deadline from the decision. Keys already in
 * the StateBox (sent, or waiting in the outbox: src/driver/outbox.ts) are dropped, so nothing
 * is ever posted twice.
 */
export function notificationsFor(input: NotificationInput): Notification[] {
  const { before, after, decision, owner } = input;
  const release = after.release;
  const out: Notification[] = [];
  const add = (n: Omit<Notification, 'release' | 'owner'>): void => {
    out.push({ ...n, release, ...(owner ? { owner } : {}) });
  };

  for (const name of FLOW_TASKS as readonly FlowTask[]) {
    const was = task(before, name);
    const now = task(after, name);
    if (!now || (now.status !== 'Pass' && now.status !== 'Fail') || was?.status === now.status) continue;
    const key = `${release}:task:${name}:${now.status}:${attemptOf(was, now)}`;
    const detail = whyLine(now);
    const display = TASK_INFO[name].display;
    if (name === 'analyze-promoted-build') {
      add({
        key,
        kind: 'gate',
        text:
          now.status === 'Pass'
            ? `${release}: gate passed, promoted build tests are acceptable. ${detail}`
            : `${release}: gate FAILED, promoted build has blocking test failures; the release stops.${detail ? ` ${detail}` : ''}`,
        mentionOwner: now.status === 'Fail',
      });
    } else if (now.status === 'Pass') {
      const text =
        name === 'change-advisory-status'
          ? `${release}: ${display} passed: prod advisory metadata accessible, advisories QE → REL_PREP.`
          : `${release}: ${display} passed.`;
      add({ key, kind: 'task-pass', text });
    } else {
      add({ key, kind: 'task-fail', text: `${release}: ${display} FAILED.${detail ? ` ${detail}` : ''}`, mentionOwner: true });
    }
  }

  const wasOverall = before ? overallStatus(before) : 'In Progress';
  const overall = overallStatus(after);
  // One Red message for each set of reasons, whoever made it Red; its key tells whether it went out.
  if (overall === 'Red') {
    const reasons = redReasons(after);
    add({
      key: `${release}:red:${redOccasion(after)}`,
      kind: 'red',
      text: `${release} is Red and stopped: ${reasons.join('; ')}. Manual intervention required (/release:accept, /release:retry or /release:resolve).`,
      mentionOwner: true,
      broadcast: true,
    });
  }
  if (overall === 'Green' && wasOverall !== 'Green') {
    add({
      key: `${release}:green:${task(after, 'change-advisory-status')?.started_at ?? ''}`,
      kind: 'green',
      text: `${release} is Green: the release completed successfully.`,
      broadcast: true,
    });
  }

  for (const finding of input.alerts) {
    const names = finding.alerts.map((a) => a.name);
    add({
      key: `${release}:alert:rhcos:${finding.advisory}:${names.join(',')}`,
      kind: 'alert',
      text:
        `${release}: blocking security alert(s) on RHCOS advisory ${finding.advisory}: ${names.join(', ')}. ` +
        'Email secalert@redhat.com with the advisory and the alert details; the pipeline continues.',
      mentionOwner: true,
    });
  }
  for (const held of decision.signals.unrecordedStarts ?? []) {
    add({
      key: `${release}:unrecorded-start:${held.task}:${held.run}@${held.at}`,
      kind: 'waiting',
      text: `${release}: ${held.task} ${held.text}.`,
      mentionOwner: true,
    });
  }
  for (const stuck of decision.signals.stuck) {
    add({ key: `${release}:stuck:${stuck.task}:${stuck.since}`, kind: 'stuck', text: `${release}: ${stuck.task} ${stuck.text}.`, mentionOwner: true });
  }
  const stage = decision.signals.stageReleaseWait;
  if (stage?.overdue) {
    const since = parseTimestamp(stage.since);
    add({
      key: `${release}:stage-release-wait:${stage.since}`,
      kind: 'waiting',
      text: `${release}: still waiting for the stage-release pipeline of ${stage.mr}${since !== undefined ? ` since ${minuteTime(since)}` : ''}; check it with ART.`,
      mentionOwner: true,
    });
  }
  const deadline = decision.signals.deadlineSoon;
  if (deadline) {
    add({
      key: `${release}:deadline:${deadline.deadline}`,
      kind: 'deadline',
      text: `${release}: change-advisory-status times out at ${deadline.deadline}: prod advisory metadata is still not accessible; check ART's prod-release pipeline.`,
      mentionOwner: true,
    });
  }

  const known = new Set([...notifiedKeys(after), ...unsentOf(after).map((u) => u.key)]);
  return out.filter((n) => !known.has(n.key));
}
