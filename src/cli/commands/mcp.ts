/**
 * `krd mcp [--store DIR|github] [--ref REF] [--as NAME]`: the driver as an MCP server on stdio
 * (newline-delimited JSON-RPC), for AI agents. Every tool goes through the code the CLI runs:
 * `release_status` and `list_active_releases` are `krd status --json`, `drive_release` is `krd
 * drive --release R --json`, the write tools are the comment commands of decision.ts (the comment
 * parser, `applyCommand`, `updateStateBox`, the permission ladder with --store github).
 *
 * Write tools need `--as NAME` (who decides, as recorded); without it they are refused. A refusal
 * is a tool result with `isError: true` and the sentence a comment reply would carry; a read or a
 * refusal writes nothing. stdout carries the protocol only: what the commands print is captured,
 * their logs go to stderr.
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { InputError, errorMessage } from '../../core/errors';
import { FLOW_TASKS, ASYNC_TASKS } from '../../core/tasks';
import { parseRelease, stateBoxPath } from '../../core/version';
import { readTestResult, type TestResultObservation } from '../../driver/test-results';
import { findActiveReleases } from '../../driver/active';
import { loadStateBox, updateStateBox } from '../../statebox/repository';
import { addIssue } from '../../statebox/edit';
import type { StateBoxIssue } from '../../core/model';
import type { CliIO, Command } from '../io';
import { parseCommandArgs } from '../args';
import type { ReleaseJson } from '../release-json';
import { type StoreValues, openGitHub, openRecordStore, openStore, stderrLogger } from '../store-option';
import { type DecisionName, afterSave, applyDecision, checkActor, openDecisionStore, parseDecision } from './decision';
import { driveCommand } from './drive';
import { statusCommand } from './status';
import { MCP } from './specs';

export const SERVER_NAME = 'krd';
const SERVER_VERSION = '0.1.0';

export interface McpOptions {
  /** `--store`: a directory (resolved against io.cwd) or `github`. */
  readonly store: string;
  readonly ref?: string | undefined;
  /** `--as`: who decides through the write tools. */
  readonly as?: string | undefined;
}

interface ToolResult {
  [key: string]: unknown;
  content: { type: 'text'; text: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

const ok = (text: string, structured: Record<string, unknown>): ToolResult => ({ content: [{ type: 'text', text }], structuredContent: structured });
const refused = (text: string): ToolResult => ({ content: [{ type: 'text', text }], isError: true });

/** Runs a tool body; any error is the tool's refusal, in its own sentence. */
function guarded(body: () => Promise<ToolResult>): Promise<ToolResult> {
  return body().catch((err: unknown) => refused(errorMessage(err)));
}

// ---------------------------------------------------------------------------------------------
// The CLI's own commands, run in-process with captured output

interface Captured {
  readonly code: number;
  readonly stdout: string;
  /** Warnings and errors the command logged (also passed on to our stderr). */
  readonly problems: string[];
}

async function capture(command: Command, args: string[], io: CliIO): Promise<Captured> {
  let stdout = '';
  const problems: string[] = [];
  const sub: CliIO = {
    ...io,
    isTTY: false,
    stdout: (t) => void (stdout += t),
    stderr: (t) => {
      io.stderr(t);
      for (const line of t.split('\n')) if (/^(warning|error): /.test(line)) problems.push(line);
    },
  };
  const code = await command.run(args, sub);
  return { code, stdout, problems };
}

// `krd status --json`, one release: the shape of every release in krd's JSON, with where it was read and why it is listed.
type StatusJson = ReleaseJson & { readonly source: string; readonly listed: { readonly reason: string; readonly why: string } };

// `krd drive --json`: the same shape, with what the run did.
interface DriveJson {
  readonly releases: (ReleaseJson & { readonly wrote: boolean })[];
  readonly events: { at: string; release: string; type: string; task?: string; status?: string; detail: string }[];
  readonly replies: unknown[];
  readonly skipped?: string[];
}

function statusText(r: StatusJson): string {
  const lines = [`${r.release}: ${r.overall}${r.source === 'statebox' ? '' : ` (source: ${r.source})`}`, `  listed: ${r.listed.why}`];
  if (r.error) lines.push(`  error: ${r.error}`);
  const tasks = Object.entries(r.tasks);
  if (tasks.length) {
    lines.push('  tasks:');
    for (const [name, t] of tasks) {
      const times = [t.started_at ? `started ${t.started_at}` : '', t.completed_at ? `completed ${t.completed_at}` : ''].filter(Boolean).join(', ');
      lines.push(`    ${name}: ${t.status}${times ? ` (${times})` : ''}`);
    }
  }
  if (r.waits.length) lines.push('  waits on:', ...r.waits.map((w) => `    - ${w}`));
  if (r.blockers.length) {
    lines.push('  open blockers (resolve_issue closes one by its number):');
    for (const b of r.blockers) lines.push(`    #${b.index} ${b.issue}${b.related_tasks.length ? ` (holds ${b.related_tasks.join(', ')})` : ''}`);
  }
  if (r.notes.length) lines.push('  notes:', ...r.notes.map((n) => `    - ${n}`));
  return lines.join('\n');
}

function driveText(out: DriveJson, release: string): string {
  const lines: string[] = [];
  for (const r of out.releases.filter((x) => x.release === release)) {
    lines.push(`${r.release}: ${r.overall}${r.error ? ' (error)' : ''}${r.wrote ? ', StateBox written' : ', nothing to write'}`);
    if (r.error) lines.push(`  error: ${r.error}`);
    for (const e of out.events.filter((x) => x.release === r.release)) {
      if (e.type === 'trigger' || e.type === 'status' || e.type === 'decision' || e.type === 'notify' || e.type === 'error') {
        const what = e.type === 'status' ? `${e.task} → ${e.status}: ${e.detail}` : `${e.task ? `${e.task}: ` : ''}${e.detail}`;
        lines.push(`  ${e.type === 'error' ? 'problem' : e.type === 'notify' ? 'told' : 'did'}: ${what}`);
      }
    }
    for (const w of r.waits) lines.push(`  waits: ${w}`);
    for (const n of r.notes) lines.push(`  note: ${n}`);
    const tasks = Object.entries(r.tasks);
    if (tasks.length) lines.push(`  tasks: ${tasks.map(([t, s]) => `${t} ${s.status}`).join(', ')}`);
  }
  if (out.skipped?.includes(release)) lines.push(`${release} was left for the next run: the operations budget was spent.`);
  return lines.join('\n') || `${release} was not driven.`;
}

function testResultText(o: TestResultObservation, build: string, where: string): string {
  let head: string;
  switch (o.state) {
    case 'missing':
      head = `No test-result file for ${build} in ${where} (${o.path}): not created yet; the test-result gate waits for it.`;
      break;
    case 'no-aggregated-field':
      head = `${o.path} in ${where} has no "aggregated" field yet: aggregation has not started; the gate waits.`;
      break;
    case 'not-aggregated':
      head = `${o.path} in ${where} is still aggregating; the gate waits.`;
      break;
    case 'aggregated':
      head = o.manuallyPromoted
        ? `${o.path} in ${where}: aggregated, Accepted (Manually Promoted): the gate passes.`
        : o.accepted
          ? `${o.path} in ${where}: aggregated and ACCEPTED: the gate passes.`
          : `${o.path} in ${where}: aggregated and NOT ACCEPTED: the analyzer decides, or a person with accept_task or reject_task.`;
      break;
  }
  const lines = [head];
  const e = 'evaluation' in o ? o.evaluation : undefined;
  if (e?.jobs.length) {
    const count = (v: string) => e.jobs.filter((j) => j.verdict === v).length;
    const total = `${e.jobs.length} job${e.jobs.length === 1 ? '' : 's'}`;
    const verdict = !e.aggregated ? `not decided (${count('pending')} of ${total} pending)` : e.accepted ? `accepted (all ${total} pass)` : `not accepted (${count('fail')} of ${total} failed)`;
    lines.push(`  BO3 from the job data: ${verdict}`);
    for (const j of e.jobs) lines.push(`    ${j.verdict.padEnd(7)} ${j.successes}/${j.runs} runs passed  ${j.name}`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The server

const release = z.string().describe('A z-stream release such as 4.20.1 (or 5.0.0-ec.3).');
const flowTask = z.enum(FLOW_TASKS).describe('A task of the release flow, as the status names it.');
const asyncTask = z.enum(ASYNC_TASKS).describe('A task that starts a job: push-to-cdn-staging, image-consistency-check or stage-testing.');

const READ = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;
const WRITE = { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/**
 * The MCP server over the given store. `io` gives the environment (the same variables as `krd
 * drive` and `krd status`), the working directory and stderr for logs; its stdout is never used.
 */
export function createKrdMcpServer(options: McpOptions, io: CliIO): McpServer {
  const as = options.as === undefined ? undefined : checkActor(options.as, '--as');
  const github = options.store === 'github';
  let ref: Promise<string> | undefined = options.ref === undefined ? undefined : Promise.resolve(options.ref);

  /** --store and --ref as the commands take them; the default branch is looked up once. */
  const storeValues = async (): Promise<StoreValues> => {
    if (!github) return { store: options.store };
    if (!ref) {
      const lookup = openGitHub(undefined, io, { log: stderrLogger(io) }).then((t) => t.ref);
      ref = lookup;
      lookup.catch(() => {
        if (ref === lookup) ref = undefined; // try again on the next call
      });
    }
    return { store: 'github', ref: await ref };
  };
  const storeArgs = async (): Promise<string[]> => {
    const v = await storeValues();
    return ['--store', v.store!, ...(v.ref ? ['--ref', v.ref] : [])];
  };
  const statusOf = async (named: string | undefined): Promise<StatusJson[]> => {
    const out = await capture(statusCommand, [...(await storeArgs()), '--json', ...(named ? ['--release', named] : [])], io);
    return (JSON.parse(out.stdout) as { releases: StatusJson[] }).releases;
  };
  const needActor = (): string => {
    if (as === undefined) {
      throw new InputError('krd mcp was started without --as NAME, so nobody can be recorded as the one who decides: write tools are refused and nothing was changed. Restart it with --as YOUR_NAME.');
    }
    return as;
  };

  const server = new McpServer(
    { name: SERVER_NAME, version: SERVER_VERSION },
    {
      instructions:
        'Drives OpenShift z-stream releases (the Konflux release flow) by reading and writing their StateBox files. ' +
        'Start with list_active_releases or release_status; drive_release advances one release one step, as the cron does. ' +
        'The write tools are the /release: comment commands and follow the same rules: accept_task and reject_task apply only to a task that is Fail or waits for a person. ' +
        'A refused call (isError) changed nothing; its text says why and what to do instead.',
    },
  );

  server.registerTool(
    'list_active_releases',
    {
      title: 'List active releases',
      description:
        'List the releases the driver currently works on (in their release window, with driver work in flight, or Red for less than 7 days), each with its overall status (Green, Red, In Progress), why it is listed and what it waits on. ' +
        'Use it first, to know which releases exist before asking about one. Reads only.',
      inputSchema: {},
      annotations: READ,
    },
    async () =>
      guarded(async () => {
        const releases = await statusOf(undefined);
        const text = releases.length
          ? releases.map((r) => `${r.release}: ${r.overall}${r.waits.length ? `; waits on: ${r.waits.join('; ')}` : ''} (listed: ${r.listed.why})`).join('\n')
          : 'No active release.';
        return ok(text, { releases: releases.map((r) => ({ release: r.release, overall: r.overall, listed: r.listed, waits: r.waits, open_blockers: r.blockers.length, ...(r.error ? { error: r.error } : {}) })) });
      }),
  );

  server.registerTool(
    'release_status',
    {
      title: 'Status of a release',
      description:
        'The status of one release from its StateBox: overall status, every task with its status and times, what the release waits on, open blockers (with the numbers resolve_issue takes) and notes. ' +
        'Use it before deciding anything about a release, and after a change to see its effect. Reads only: probes nothing, writes nothing.',
      inputSchema: { release },
      annotations: READ,
    },
    async (args) =>
      guarded(async () => {
        const named = parseRelease(args.release.trim()).text;
        const [entry] = await statusOf(named);
        if (!entry) throw new InputError(`No status for ${named}.`);
        const result = ok(statusText(entry), { ...entry });
        return entry.error ? { ...result, isError: true } : result;
      }),
  );

  server.registerTool(
    'evaluate_test_results',
    {
      title: 'Evaluate test results of a build',
      description:
        'Read the test-result file of a build (_releases/ocp-test-result-{build}-amd64.json, on the record branch or record directory the driver reads) and evaluate it: ' +
        'whether it exists, is aggregated and accepted (as the test-result gates analyze-candidate-build and analyze-promoted-build see it), and the best-of-3 verdict of every job from the job data. ' +
        'Use it to judge a gate that waits for a decision before accepting or rejecting it. Reads only.',
      inputSchema: { build: z.string().describe('A release such as 4.20.1 (the promoted build) or a nightly such as 4.20.0-0.nightly-2025-10-28-123456 (the candidate build).') },
      annotations: READ,
    },
    async (args) =>
      guarded(async () => {
        const build = args.build.trim();
        const record = await openRecordStore(await storeValues(), io, { log: stderrLogger(io) });
        const o = await readTestResult(record, build);
        const e = 'evaluation' in o ? o.evaluation : undefined;
        return ok(testResultText(o, build, record.describe), {
          build,
          store: record.describe,
          path: o.path,
          state: o.state,
          ...(o.state === 'aggregated' ? { accepted: o.accepted, manual_promotion: o.manuallyPromoted === true } : {}),
          ...(e ? { bo3: { aggregated: e.aggregated, accepted: e.accepted, jobs: e.jobs.map((j) => ({ name: j.name, verdict: j.verdict, runs: j.runs, successes: j.successes })) } } : {}),
        });
      }),
  );

  server.registerTool(
    'drive_release',
    {
      title: 'Drive a release one step',
      description:
        'Advance one release one step along its task graph, exactly as one scheduled run of the driver (krd drive --release R) does: run or poll what is due (oar, the MCP executor, the probes), commit the StateBox, and answer what happened and what the release waits on now. ' +
        'It starts real jobs when they are due and never runs a task twice. Use it when a release should move now instead of at the next scheduled run, for example right after accept_task or retry_task.',
      inputSchema: { release },
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    },
    async (args) =>
      guarded(async () => {
        const named = parseRelease(args.release.trim()).text;
        const run = await capture(driveCommand, [...(await storeArgs()), '--release', named, '--json'], io);
        const out = JSON.parse(run.stdout) as DriveJson;
        const mine = out.releases.find((r) => r.release === named);
        const structured = {
          ...(mine ?? { release: named, overall: 'unknown', wrote: false, tasks: {}, waits: [], blockers: [], notes: [] }),
          events: out.events.filter((e) => e.release === named),
          ...(out.skipped?.includes(named) ? { skipped: true } : {}),
          ...(run.problems.length ? { log: run.problems } : {}),
        };
        const text = [driveText(out, named), ...run.problems].join('\n');
        return mine?.error ? { ...ok(text, structured), isError: true } : ok(text, structured);
      }),
  );

  // The comment commands: parsed as a comment, applied by applyCommand, written SHA-checked.
  const decide = (tool: string, name: DecisionName, words: () => string[]) =>
    guarded(async () => {
      const by = needActor();
      const cmd = parseDecision(name, words(), by);
      const { store, authorized } = await openDecisionStore(await storeValues(), io);
      const done = await applyDecision(store, cmd, `krd mcp ${tool}`);
      const task = 'task' in cmd ? done.box.tasks.find((t) => t.name === cmd.task) : undefined;
      return ok(`${done.reply} ${afterSave(done.save, store.describe)}`, {
        release: cmd.release,
        command: name,
        by,
        reply: done.reply,
        written: done.save.written,
        attempts: done.save.attempts,
        merge_conflicts: done.save.conflicts.length,
        store: store.describe,
        ...(task ? { task: { name: task.name, status: task.status } } : {}),
        ...(authorized ? { authorized_as: authorized.login, permission: authorized.permission } : {}),
      });
    });

  const whoNote = 'Needs krd mcp --as NAME (recorded as who decided); with --store github the token\'s user needs write permission on the repository.';

  server.registerTool(
    'accept_task',
    {
      title: 'Accept a task (set it to Pass)',
      description:
        'Set a task to Pass with a justification, as the PR comment /release:accept RELEASE TASK JUSTIFICATION does: for a task that failed or waits for a person, typically a test-result gate (analyze-candidate-build, analyze-promoted-build) the analyzer rejected or left to a person after evaluate_test_results. ' +
        `Refused (nothing changed) for a task that is In Progress, Not Started or already Pass: a decision never skips the graph. ${whoNote}`,
      inputSchema: { release, task: flowTask, justification: z.string().describe('Why it may pass; recorded in the StateBox with your name.') },
      annotations: WRITE,
    },
    async (args) => decide('accept_task', 'accept', () => [args.release, args.task, args.justification]),
  );

  server.registerTool(
    'reject_task',
    {
      title: 'Reject a task (set it to Fail)',
      description:
        'Set a task to Fail with a reason, as /release:reject RELEASE TASK REASON does: for a task that waits for a person\'s decision (a test-result gate whose results are not acceptable) or already failed. The release turns Red. ' +
        `Refused (nothing changed) for a task that is In Progress, Not Started or Pass. ${whoNote}`,
      inputSchema: { release, task: flowTask, justification: z.string().describe('Why it fails; recorded in the StateBox with your name.') },
      annotations: WRITE,
    },
    async (args) => decide('reject_task', 'reject', () => [args.release, args.task, args.justification]),
  );

  server.registerTool(
    'retry_task',
    {
      title: 'Retry a task',
      description:
        'Reset a task to Not Started so the next step (drive_release or the next scheduled run) starts it again, as /release:retry RELEASE TASK does: after a failure that was fixed outside, or to release a job task held for a person after a run died before recording its job. ' +
        `change-advisory-status gets a fresh 2-day deadline. ${whoNote}`,
      inputSchema: { release, task: flowTask },
      annotations: { ...WRITE, idempotentHint: false },
    },
    async (args) => decide('retry_task', 'retry', () => [args.release, args.task]),
  );

  server.registerTool(
    'resolve_issue',
    {
      title: 'Resolve a StateBox issue',
      description:
        'Resolve an open issue (a blocker or a note) of a release, by its number as release_status shows it, as /release:resolve RELEASE ISSUE TEXT does. A resolved blocker no longer holds its tasks. ' +
        whoNote,
      inputSchema: { release, issue: z.number().int().min(1).describe('The issue number, 1-based, as release_status lists it.'), text: z.string().describe('How it was resolved.') },
      annotations: WRITE,
    },
    async (args) => decide('resolve_issue', 'resolve', () => [args.release, String(args.issue), args.text]),
  );

  server.registerTool(
    'record_job',
    {
      title: 'Record the job of an async task',
      description:
        'Record the job you found in Jenkins, Prow or the Errata Tool as the job of an async task, as /release:record-job RELEASE TASK JOB does, typically one a run started and died before recording (the status says the task waits for a person). ' +
        'The task becomes In Progress with that job and the next step polls it instead of starting another. Refused when the task is Pass or Fail (use retry_task) or already records another job. ' +
        whoNote,
      inputSchema: {
        release,
        task: asyncTask,
        job: z.string().describe('The Jenkins build number or https URL, the Prow job id (UUID) or its prowjob.yaml URL, or the Errata push job id or URL.'),
      },
      annotations: WRITE,
    },
    async (args) => decide('record_job', 'record-job', () => [args.release, args.task, args.job]),
  );

  server.registerTool(
    'add_issue',
    {
      title: 'Add an issue to a release',
      description:
        'Record an issue in a release\'s StateBox (shown in the status and summaries, as krd issue add does). A blocker with tasks holds those tasks and what follows them until it is resolved with resolve_issue; a blocker without tasks turns the release Red. ' +
        `The text is recorded with "(reported by NAME)". ${whoNote}`,
      inputSchema: {
        release,
        text: z.string().describe('What is wrong, in one sentence.'),
        blocker: z.boolean().optional().describe('True when it must stop the release (or the tasks named) until resolved; default false.'),
        tasks: z.array(flowTask).optional().describe('The tasks it holds (with blocker).'),
      },
      annotations: { ...WRITE, idempotentHint: false },
    },
    async (args) =>
      guarded(async () => {
        const by = needActor();
        const named = parseRelease(args.release.trim()).text;
        if (args.text.trim() === '') throw new InputError('The issue text is empty: it is recorded in the StateBox.');
        const blocker = args.blocker ?? false;
        const tasks = [...new Set(args.tasks ?? [])];
        const { store, authorized } = await openDecisionStore(await storeValues(), io);
        let added: StateBoxIssue | undefined;
        const save = await updateStateBox(
          store,
          named,
          (box) => {
            const next = addIssue(box, { text: `${args.text.trim()} (reported by ${by})`, blocker, tasks, now: new Date() });
            added = next.issues[next.issues.length - 1];
            return next;
          },
          `StateBox ${named}: add ${blocker ? 'blocker ' : ''}issue by ${by} (krd mcp add_issue)`,
        );
        const index = save.box.issues.findIndex((i) => i.issue === added?.issue && i.reported_at === added?.reported_at) + 1;
        const reply = `Added ${blocker ? 'blocker ' : ''}issue ${index > 0 ? `#${index} ` : ''}to ${named}.`;
        return ok(`${reply} ${afterSave(save, store.describe)}`, {
          release: named,
          command: 'add_issue',
          by,
          reply,
          ...(index > 0 ? { issue: index } : {}),
          written: save.written,
          attempts: save.attempts,
          store: store.describe,
          ...(authorized ? { authorized_as: authorized.login, permission: authorized.permission } : {}),
        });
      }),
  );

  // Each active release's StateBox as it is stored, for clients that read resources.
  const readStateBox = async (uri: URL, variables: Record<string, string | string[]>) => {
    const raw = variables['release'];
    const named = parseRelease(String(Array.isArray(raw) ? raw[0] : raw)).text;
    const store = await openStore(await storeValues(), io, { log: stderrLogger(io) });
    const loaded = await loadStateBox(store, named);
    if (!loaded) throw new InputError(`${named} has no StateBox (${stateBoxPath(named)}) in ${store.describe}.`);
    return { contents: [{ uri: uri.href, mimeType: 'application/yaml', text: loaded.text }] };
  };
  const listStateBoxes = async () => {
    const store = await openStore(await storeValues(), io, { log: stderrLogger(io) });
    const active = await findActiveReleases(store, new Date(), [], { log: stderrLogger(io) });
    return { resources: active.map((a) => ({ uri: `krd://statebox/${a.release}`, name: `StateBox ${a.release}`, description: a.why, mimeType: 'application/yaml' })) };
  };
  server.registerResource(
    'statebox',
    new ResourceTemplate('krd://statebox/{release}', { list: listStateBoxes }),
    { title: 'StateBox of a release', description: 'The StateBox YAML of a release, as the repository stores it.', mimeType: 'application/yaml' },
    readStateBox,
  );

  return server;
}

export const mcpCommand: Command = {
  ...MCP,
  async run(args: string[], io: CliIO): Promise<number> {
    const { values } = parseCommandArgs(MCP, args, false);
    // Checked before serving: a bad directory or environment is one sentence and exit 1, not a broken server.
    const store = values.store ?? '.';
    if (store === 'github') {
      if (values.ref !== undefined) await openStore({ store, ref: values.ref }, io);
      else if (!io.env.GITHUB_REPOSITORY || !io.env.GITHUB_TOKEN) await openGitHub(undefined, io); // names what is missing
    } else {
      await openStore({ store, ref: values.ref }, io);
    }
    const server = createKrdMcpServer({ store, ref: values.ref, as: values.as }, io);
    const transport = new StdioServerTransport();
    const closed = new Promise<void>((resolve) => {
      server.server.onclose = resolve;
    });
    await server.connect(transport);
    // The client closes our stdin to end the session: first answer every request received (a
    // drive step asked last is never cut off), then close.
    const unanswered = new Set<string | number>();
    let drained: (() => void) | undefined;
    const receive = transport.onmessage;
    transport.onmessage = (message) => {
      if ('method' in message && 'id' in message) unanswered.add(message.id);
      receive?.(message);
    };
    const send = transport.send.bind(transport);
    transport.send = async (message) => {
      await send(message);
      const id = 'method' in message ? undefined : (message as { id?: string | number }).id;
      if (id !== undefined && unanswered.delete(id) && unanswered.size === 0) drained?.();
    };
    process.stdin.once('end', () => {
      void (async () => {
        if (unanswered.size > 0) await new Promise<void>((resolve) => (drained = resolve));
        await server.close();
      })();
    });
    await closed;
    return 0;
  },
};
