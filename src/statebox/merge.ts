import { isDeepStrictEqual } from 'node:util';
import { type TaskStatus, isAllowedTransition, statusRank } from '../core/tasks';
import { parseTimestamp } from '../core/time';
import type { JobRecord, StateBox, StateBoxIssue, StateBoxTask } from '../core/model';
import { issueTextOf } from './edit';
import { insertTaskInFlowOrder } from '../core/model';
import { earliestLiveClaim, isClaim } from '../core/claims';
import { isUnsent } from './unsent';
import { isPlainObject as isObj, type PlainObject as Obj } from '../core/driver-section';

/** A change both sides made differently; `resolution` says which value the merge kept and why. */
export interface MergeConflict {
  where: string;
  ours: unknown;
  theirs: unknown;
  resolution: string;
}

export interface MergeResult {
  merged: StateBox;
  conflicts: MergeConflict[];
}

type Side = 'ours' | 'theirs';

const same = isDeepStrictEqual;

function has(obj: Obj | undefined, key: string): boolean {
  return obj !== undefined && Object.prototype.hasOwnProperty.call(obj, key);
}

/** `obj[key]` when obj holds that key itself: a `constructor` key is data, never Object.prototype's. */
function own(obj: Obj | undefined, key: string): unknown {
  return has(obj, key) ? obj![key] : undefined;
}

class Merger {
  readonly conflicts: MergeConflict[] = [];

  conflict(where: string, ours: unknown, theirs: unknown, resolution: string): void {
    this.conflicts.push({ where, ours, theirs, resolution });
  }

  /**
   * Three-way merge of any value: a change on one side wins over no change; maps merge key by
   * key; anything else changed differently on both sides is a conflict resolved to `prefer`.
   * Returns undefined for "absent" (a key deleted on one side and untouched on the other).
   */
  value(where: string, base: unknown, ours: unknown, theirs: unknown, prefer: Side = 'ours', why = 'kept ours (the write being saved)'): unknown {
    if (same(ours, theirs)) return ours;
    if (same(base, ours)) return theirs;
    if (same(base, theirs)) return ours;
    if (isObj(ours) && isObj(theirs) && (base === undefined || isObj(base))) {
      return this.map(where, base as Obj | undefined, ours, theirs, prefer, why);
    }
    this.conflict(where, ours, theirs, why);
    return prefer === 'ours' ? ours : theirs;
  }

  /** Key-by-key merge; key order: ours' keys, then keys only theirs has. */
  map(where: string, base: Obj | undefined, ours: Obj, theirs: Obj, prefer: Side = 'ours', why?: string, skip: readonly string[] = []): Obj {
    const out: Obj = {};
    const keys = [...Object.keys(ours), ...Object.keys(theirs).filter((k) => !has(ours, k))];
    for (const key of keys) {
      if (skip.includes(key)) continue;
      const merged = this.value(join(where, key), own(base, key), own(ours, key), own(theirs, key), prefer, why);
      if (merged !== undefined) out[key] = merged;
    }
    return out;
  }
}

function join(where: string, key: string): string {
  return where === '' ? key : `${where}.${key}`;
}

// ---------------------------------------------------------------------------------------------
// Tasks

/** Fields that belong to one run of a task and so follow the side whose status won. */
const RUN_FIELDS = ['started_at', 'completed_at', 'result', 'deadline', 'decided_by'] as const;

/** A side holds a new human decision when it set `decided_by` to something base did not have. */
function humanDecision(base: StateBoxTask | undefined, side: StateBoxTask): boolean {
  return typeof side.decided_by === 'string' && side.decided_by !== '' && side.decided_by !== base?.decided_by;
}

interface StatusOutcome {
  winner: Side;
  status: TaskStatus;
}

function resolveStatus(m: Merger, where: string, base: StateBoxTask | undefined, ours: StateBoxTask, theirs: StateBoxTask): StatusOutcome {
  const b = base?.status;
  const o = ours.status;
  const t = theirs.status;
  if (o === t) return { winner: 'ours', status: o };
  if (o === b) return { winner: 'theirs', status: t };
  if (t === b) return { winner: 'ours', status: o };

  const at = `${where}.status`;
  const humanOurs = humanDecision(base, ours);
  const humanTheirs = humanDecision(base, theirs);
  if (humanOurs !== humanTheirs) {
    const winner: Side = humanOurs ? 'ours' : 'theirs';
    const task = winner === 'ours' ? ours : theirs;
    m.conflict(at, o, t, `kept ${task.status} from ${winner}: a human decision (by ${task.decided_by}) wins`);
    return { winner, status: task.status };
  }
  if (humanOurs && humanTheirs) {
    m.conflict(at, o, t, `kept ${o} from ours: both sides hold a human decision; check which one stands`);
    return { winner: 'ours', status: o };
  }
  // A reset to Not Started is a deliberate restart; another status set meanwhile is a real clash.
  if (b !== undefined && b !== 'Not Started' && (o === 'Not Started' || t === 'Not Started')) {
    const winner: Side = o === 'Not Started' ? 'theirs' : 'ours';
    const status = winner === 'ours' ? o : t;
    m.conflict(at, o, t, `kept ${status} from ${winner} over a reset to Not Started: the task moved on meanwhile; retry again if the reset must stand`);
    return { winner, status };
  }
  const ro = statusRank(o);
  const rt = statusRank(t);
  if (ro !== rt) {
    // A later status along the allowed transitions wins (In Progress vs Pass → Pass).
    const [low, high, winner] = ro < rt ? [o, t, 'theirs' as Side] : [t, o, 'ours' as Side];
    if (isAllowedTransition(low, high)) return { winner, status: high };
  }
  // Pass vs Fail: two different outcomes for the same task. Keep Fail: it stops the release and
  // asks a human to look, which a wrong Pass would not.
  const winner: Side = o === 'Fail' ? 'ours' : t === 'Fail' ? 'theirs' : 'ours';
  const status = winner === 'ours' ? o : t;
  m.conflict(at, o, t, `kept ${status} from ${winner}: both sides finished the task differently; check the job and decide`);
  return { winner, status };
}

function jobLabel(job: unknown): string {
  return isObj(job) && typeof job.id === 'string' ? job.id : JSON.stringify(job);
}

/** A job record once set is never replaced by a different one without a report. */
function mergeJob(m: Merger, where: string, base: StateBoxTask | undefined, ours: StateBoxTask, theirs: StateBoxTask, winner: Side): JobRecord | undefined {
  const b = base?.job;
  const o = ours.job;
  const t = theirs.job;
  const at = `${where}.job`;
  if (same(o, t)) return o;
  const oneSided: Side | undefined = same(b, o) ? 'theirs' : same(b, t) ? 'ours' : undefined;
  if (oneSided) {
    const changed = oneSided === 'ours' ? o : t;
    // The side whose status lost may not swap the job of the run that won under it.
    if (oneSided !== winner && ours.status !== theirs.status && b !== undefined && changed !== undefined && changed.id !== b.id) {
      m.conflict(at, o, t, `kept job ${b.id} that goes with the status that won; job ${changed.id} from ${oneSided} is not tracked`);
      return b;
    }
    return changed;
  }
  if (o !== undefined && t !== undefined && o.id === t.id) {
    // Same job, details added on each side (url, triggered_at): merge them.
    return m.value(at, b, o, t, winner, `kept ${winner}' details of job ${o.id}`) as JobRecord;
  }
  if (o === undefined || t === undefined) {
    // One side dropped the job (a reset) while the other recorded one: keep the record.
    const kept = (o ?? t)!;
    m.conflict(at, o, t, `kept job ${kept.id}: a job record is never dropped by a merge`);
    return kept;
  }
  // Two different jobs: keep the one triggered first (the other is a duplicate run), else the winner's.
  const to = parseTimestamp(o.triggered_at);
  const tt = parseTimestamp(t.triggered_at);
  const keep: Side = to !== undefined && tt !== undefined && to !== tt ? (to < tt ? 'ours' : 'theirs') : winner;
  const kept = keep === 'ours' ? o : t;
  const other = keep === 'ours' ? t : o;
  m.conflict(at, o, t, `kept job ${jobLabel(kept)} from ${keep}; job ${jobLabel(other)} was started too and is not tracked`);
  return kept;
}

function mergeTask(m: Merger, base: StateBoxTask | undefined, ours: StateBoxTask, theirs: StateBoxTask): StateBoxTask {
  const where = `tasks[${ours.name}]`;
  const { winner, status } = resolveStatus(m, where, base, ours, theirs);
  const statusesDiffer = ours.status !== theirs.status;
  const why = statusesDiffer ? `kept ${winner}' value: it goes with the status that won (${status})` : undefined;
  const b = base as Obj | undefined;
  const o = ours as Obj;
  const t = theirs as Obj;

  const merged: Obj = { name: ours.name, status };
  for (const key of RUN_FIELDS) {
    // When the statuses differ, the whole run of the winning status comes with it (a Pass keeps
    // its own started_at/result, never a mix with the losing run); otherwise merge field by field.
    const v = statusesDiffer ? (winner === 'ours' ? o : t)[key] : m.value(`${where}.${key}`, b?.[key], o[key], t[key], winner, why);
    if (v !== undefined) merged[key] = v;
  }
  const job = mergeJob(m, where, base, ours, theirs, winner);
  if (job !== undefined) merged.job = job;
  const rest = m.map(where, b, o, t, winner, why, ['name', 'status', 'job', ...RUN_FIELDS]);
  return { ...merged, ...rest } as StateBoxTask;
}

function byName(tasks: readonly StateBoxTask[] | undefined): Map<string, StateBoxTask> {
  return new Map((tasks ?? []).map((t) => [t.name, t]));
}

function mergeTasks(m: Merger, base: readonly StateBoxTask[] | undefined, ours: readonly StateBoxTask[], theirs: readonly StateBoxTask[]): StateBoxTask[] {
  const b = byName(base);
  const o = byName(ours);
  const t = byName(theirs);
  let out: StateBoxTask[] = [];
  for (const task of ours) {
    const other = t.get(task.name);
    const before = b.get(task.name);
    if (other) out.push(mergeTask(m, before, task, other));
    else if (!before) out.push(task); // added by ours
    else if (!same(before, task)) {
      m.conflict(`tasks[${task.name}]`, task, undefined, 'kept ours: theirs removed the task, ours changed it');
      out.push(task);
    } // else: theirs removed it, ours left it alone → removed
  }
  for (const task of theirs) {
    if (o.has(task.name)) continue;
    const before = b.get(task.name);
    if (!before) out = insertTaskInFlowOrder(out, task);
    else if (!same(before, task)) {
      m.conflict(`tasks[${task.name}]`, undefined, task, 'kept theirs: ours removed the task, theirs changed it');
      out = insertTaskInFlowOrder(out, task);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Issues

function issueKey(issue: StateBoxIssue): string {
  return `${issue.reported_at}\u0000${issue.issue}`;
}

function issueWhere(issue: StateBoxIssue): string {
  const text = issue.issue.split('\n')[0] ?? '';
  return `issues[${JSON.stringify(text.length > 50 ? `${text.slice(0, 50)}…` : text)} @ ${issue.reported_at}]`;
}

const RESOLUTION_FIELDS = ['resolved', 'resolution', 'resolved_at'] as const;

/** A list used as a set: one-sided changes as usual, both-sided changes as a union. */
function mergeSet(base: unknown, ours: unknown, theirs: unknown, m: Merger, where: string): unknown {
  if (same(ours, theirs)) return ours;
  if (same(base, ours)) return theirs;
  if (same(base, theirs)) return ours;
  if (Array.isArray(ours) && Array.isArray(theirs)) return [...new Set([...ours, ...theirs])];
  return m.value(where, base, ours, theirs);
}

function mergeIssue(m: Merger, base: StateBoxIssue | undefined, ours: StateBoxIssue, theirs: StateBoxIssue): StateBoxIssue {
  const where = issueWhere(ours);
  const b = base as Obj | undefined;
  const o = ours as Obj;
  const t = theirs as Obj;
  // Resolved wins over unresolved, and its resolution text and time come with it.
  const resolvedSide: Side | undefined = ours.resolved === theirs.resolved ? undefined : ours.resolved ? 'ours' : 'theirs';
  const merged: Obj = {};
  for (const key of [...Object.keys(o), ...Object.keys(t)]) {
    if (has(merged, key)) continue;
    let v: unknown;
    if (resolvedSide && (RESOLUTION_FIELDS as readonly string[]).includes(key)) v = own(resolvedSide === 'ours' ? o : t, key);
    else if (key === 'related_tasks') v = mergeSet(own(b, key), own(o, key), own(t, key), m, `${where}.${key}`);
    else v = m.value(`${where}.${key}`, own(b, key), own(o, key), own(t, key));
    if (v !== undefined) merged[key] = v;
  }
  return merged as StateBoxIssue;
}

/**
 * Issues both sides added with the same text (and blocker flag) at different times: two runs
 * that met the same problem (a broken credential) each reported it. They are one issue: ours'
 * key → theirs' key, one to one. Theirs' reported_at stands: theirs is what the store holds.
 */
function sameIssuesAdded(b: Map<string, StateBoxIssue>, o: Map<string, StateBoxIssue>, t: Map<string, StateBoxIssue>): Map<string, string> {
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  for (const [ok, oi] of o) {
    if (b.has(ok) || t.has(ok)) continue;
    for (const [tk, ti] of t) {
      if (b.has(tk) || o.has(tk) || taken.has(tk)) continue;
      if (issueTextOf(ti.issue) === issueTextOf(oi.issue) && ti.blocker === oi.blocker) {
        pairs.set(ok, tk);
        taken.add(tk);
        break;
      }
    }
  }
  return pairs;
}

function mergeIssues(m: Merger, base: readonly StateBoxIssue[] | undefined, ours: readonly StateBoxIssue[], theirs: readonly StateBoxIssue[]): StateBoxIssue[] {
  const index = (list: readonly StateBoxIssue[] | undefined) => new Map((list ?? []).map((i) => [issueKey(i), i]));
  const b = index(base);
  const o = index(ours);
  const t = index(theirs);
  const pairs = sameIssuesAdded(b, o, t);
  const paired = new Map([...pairs].map(([ok, tk]) => [tk, o.get(ok)!]));
  const out: StateBoxIssue[] = [];
  const take = (key: string) => {
    if (pairs.has(key)) return; // ours' copy of an issue theirs added too: merged where theirs has it
    const bi = b.get(key);
    const oi = o.get(key);
    const ti = t.get(key);
    const twin = paired.get(key);
    if (twin && ti) {
      m.conflict(issueWhere(ti), twin.reported_at, ti.reported_at, `kept one issue reported at ${ti.reported_at}: both sides added it`);
      out.push(mergeIssue(m, undefined, { ...twin, issue: ti.issue, reported_at: ti.reported_at }, ti));
    } else if (oi && ti) out.push(mergeIssue(m, bi, oi, ti));
    else if (oi ?? ti) {
      const only = (oi ?? ti)!;
      if (!bi) out.push(only); // new on one side
      else if (!same(bi, only)) {
        m.conflict(issueWhere(only), oi, ti, `kept the issue: one side removed it while the other changed it`);
        out.push(only);
      } // else removed on one side, untouched on the other → removed
    }
  };
  // Order: base order, then ours' new issues, then theirs' new issues.
  const seen = new Set<string>();
  for (const key of [...b.keys(), ...o.keys(), ...t.keys()]) {
    if (seen.has(key)) continue;
    seen.add(key);
    take(key);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The whole box

function laterTimestamp(a: string, b: string): string {
  const ta = parseTimestamp(a);
  const tb = parseTimestamp(b);
  if (ta === undefined) return b;
  if (tb === undefined) return a;
  return tb > ta ? b : a;
}

function mergeDriver(m: Merger, base: Obj | undefined, ours: Obj | undefined, theirs: Obj | undefined): Obj | undefined {
  if (ours === undefined && theirs === undefined) return undefined;
  const o = ours ?? {};
  const t = theirs ?? {};
  const out = m.map('driver', base, o, t, 'ours', undefined, ['notified', 'unsent', 'claims']);
  if (Array.isArray(o.notified) || Array.isArray(t.notified)) {
    // Notification keys only ever grow: the union never sends a message twice.
    const all = [o.notified, t.notified].filter(Array.isArray).flat() as unknown[];
    out.notified = [...new Set(all)];
  }
  const unsent = mergeUnsent(m, base?.unsent, o.unsent, t.unsent, new Set(Array.isArray(out.notified) ? out.notified : []));
  if (unsent !== undefined) out.unsent = unsent;
  const claims = mergeClaims(m, base?.claims, o.claims, t.claims);
  if (claims !== undefined) out.claims = claims;
  // A side that dropped the whole driver section (its last claim released) leaves no empty one behind.
  return Object.keys(out).length === 0 && (ours === undefined || theirs === undefined) ? undefined : out;
}

/**
 * Claims merge task by task: a claim one side made or released stands; a new claim beats the
 * release of an older one (its run has yet to record the start); of two different claims the
 * earliest live one wins, as it did the compare-and-swap write (src/core/claims.ts).
 */
function mergeClaims(m: Merger, base: unknown, ours: unknown, theirs: unknown): unknown {
  if (ours === undefined && theirs === undefined) return undefined;
  if (!(ours === undefined || isObj(ours)) || !(theirs === undefined || isObj(theirs)) || !(base === undefined || isObj(base))) {
    return m.value('driver.claims', base, ours, theirs);
  }
  const b = base ?? {};
  const o = ours ?? {};
  const t = theirs ?? {};
  const out: Obj = {};
  for (const task of [...Object.keys(o), ...Object.keys(t).filter((k) => !has(o, k))]) {
    const where = `driver.claims.${task}`;
    const [bc, oc, tc] = [own(b, task), own(o, task), own(t, task)];
    let kept: unknown;
    if (same(oc, tc) || same(bc, tc)) kept = oc;
    else if (same(bc, oc)) kept = tc;
    else if (oc === undefined || tc === undefined) {
      kept = oc ?? tc;
      m.conflict(where, oc, tc, `kept the claim of run ${isClaim(kept) ? kept.run : '?'}: a new claim outlives the release of an older one`);
    } else if (isClaim(oc) && isClaim(tc)) {
      kept = earliestLiveClaim(oc, tc);
      m.conflict(where, oc, tc, `kept the claim of run ${(kept as { run: string }).run}: the earliest live claim wins`);
    } else kept = m.value(where, bc, oc, tc);
    if (kept !== undefined) out[task] = kept;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * The outbox (driver.unsent, src/statebox/unsent.ts) merges key by key. A key in the merged
 * `notified` is done (sent, or given up) and goes. Two different changes to one entry (two
 * runs claimed it to send it) keep theirs: theirs is what the store holds, the commit that
 * landed first, whose run owns the send; ours must not send it too.
 */
function mergeUnsent(m: Merger, base: unknown, ours: unknown, theirs: unknown, notified: ReadonlySet<unknown>): unknown {
  if (ours === undefined && theirs === undefined) return undefined;
  const list = (v: unknown): unknown[] | undefined => (v === undefined ? [] : Array.isArray(v) ? v : undefined);
  const [b, o, t] = [list(base), list(ours), list(theirs)];
  if (!b || !o || !t) return m.value('driver.unsent', base, ours, theirs);
  const byKey = (entries: unknown[]) => new Map(entries.filter(isUnsent).map((e) => [e.key, e]));
  const [bk, ok, tk] = [byKey(b), byKey(o), byKey(t)];
  const out: unknown[] = [];
  for (const key of [...ok.keys(), ...[...tk.keys()].filter((k) => !ok.has(k))]) {
    if (notified.has(key)) continue;
    const [be, oe, te] = [bk.get(key), ok.get(key), tk.get(key)];
    let kept: unknown;
    if (same(oe, te) || same(be, te)) kept = oe;
    else if (same(be, oe)) kept = te;
    else if (oe === undefined || te === undefined) kept = oe ?? te;
    else {
      kept = te;
      m.conflict(`driver.unsent[${key}]`, oe, te, `kept theirs: the run whose commit landed first sends ${key}, once`);
    }
    if (kept !== undefined) out.push(kept);
  }
  return out.length ? out : undefined;
}

function mergeCreatedAt(m: Merger, base: string | undefined, ours: string, theirs: string): string {
  if (ours === theirs || base === theirs) return ours;
  if (base === ours) return theirs;
  // Both sides created the file: the earlier creation is the real one.
  const kept = laterTimestamp(ours, theirs) === ours ? theirs : ours;
  m.conflict('created_at', ours, theirs, `kept the earlier ${kept}: both sides created the file`);
  return kept;
}

/**
 * Three-way merge of StateBoxes (base = what both sides read; undefined when neither had a file).
 * Tasks merge by name, issues by (text, reported_at) (the same text added on both sides is one
 * issue, whenever each side reported it), maps key by key. Status clashes follow the
 * allowed transitions; everything else changed differently on both sides lands in `conflicts`.
 */
export function mergeStateBoxes(base: StateBox | undefined, ours: StateBox, theirs: StateBox): MergeResult {
  const m = new Merger();
  const b = base as Obj | undefined;
  const o = ours as Obj;
  const t = theirs as Obj;
  const special = ['created_at', 'updated_at', 'metadata', 'tasks', 'issues', 'driver'];
  const rest = m.map('', b, o, t, 'ours', undefined, special);

  const merged: Obj = {
    ...rest,
    created_at: mergeCreatedAt(m, base?.created_at, ours.created_at, theirs.created_at),
    updated_at: laterTimestamp(ours.updated_at, theirs.updated_at),
    metadata: m.map('metadata', base?.metadata as Obj | undefined, ours.metadata as Obj, theirs.metadata as Obj),
    tasks: mergeTasks(m, base?.tasks, ours.tasks, theirs.tasks),
    issues: mergeIssues(m, base?.issues, ours.issues, theirs.issues),
  };
  const driver = mergeDriver(m, b?.driver as Obj | undefined, o.driver as Obj | undefined, t.driver as Obj | undefined);
  if (driver !== undefined) merged.driver = driver;
  // Keep ours' top-level key order (serialization puts known keys in upstream's order anyway).
  const orderedOut: Obj = {};
  for (const key of [...Object.keys(o), ...Object.keys(t)]) if (has(merged, key) && !has(orderedOut, key)) orderedOut[key] = merged[key];
  for (const key of Object.keys(merged)) if (!has(orderedOut, key)) orderedOut[key] = merged[key];
  return { merged: orderedOut as StateBox, conflicts: m.conflicts };
}
