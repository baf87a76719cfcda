import { Document, LineCounter, Scalar, Schema, parseDocument, visit } from 'yaml';
import type { Node as YamlNode, ScalarTag } from 'yaml';
import type { z } from 'zod';
import { InputError } from '../core/errors';
import { isRelease } from '../core/version';
import { isPlainObject } from '../core/driver-section';
import { nonPlainDataProblems } from './plain-data';
import { type StateBox, type TrackingFile, stateBoxSchema, trackingFileSchema } from '../core/model';

/** A StateBox (or tracking) file that cannot be read: names the file and the line or the field. */
export class StateBoxError extends InputError {
  readonly path: string;
  readonly line?: number;
  readonly col?: number;
  /** Dotted path of the bad field, e.g. `tasks[3].status` (schema errors only). */
  readonly field?: string;
  /** Every problem found, one sentence each (the message holds the first). */
  readonly problems: readonly string[];

  constructor(message: string, opts: { path: string; line?: number; col?: number; field?: string; problems?: string[] }) {
    super(message);
    this.path = opts.path;
    if (opts.line !== undefined) this.line = opts.line;
    if (opts.col !== undefined) this.col = opts.col;
    if (opts.field !== undefined) this.field = opts.field;
    this.problems = opts.problems ?? [message];
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

interface LoadedYaml {
  readonly data: unknown;
  readonly doc: Document.Parsed;
  readonly lines: LineCounter;
}

/** Parses YAML text (YAML 1.2 core schema, so `2026-06-25T08:30:43Z` stays a string). */
function loadYaml(text: string, path: string): LoadedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => {
      const { line, col } = lines.linePos(e.pos[0]);
      return `${path}:${line}:${col}: ${firstLine(e.message)} (not valid YAML).`;
    });
    const first = lines.linePos(doc.errors[0]!.pos[0]);
    throw new StateBoxError(problems[0]!, { path, line: first.line, col: first.col, problems });
  }
  // Refused, not rewritten: tags, non-text keys, __proto__ and << would not survive our write.
  const notPlain = nonPlainDataProblems(doc, lines, path);
  const first = notPlain[0];
  if (first) {
    const problems = notPlain.map((p) => p.message);
    throw new StateBoxError(first.message, { path, ...first.at, problems });
  }
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }), doc, lines };
  } catch (err) {
    // Unresolved aliases and alias bombs surface here, after parsing.
    const message = `${path}: ${firstLine(err instanceof Error ? err.message : String(err))} (not valid YAML).`;
    throw new StateBoxError(message, { path });
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

/** `['tasks', 3, 'status']` → `tasks[3].status`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const shown = JSON.stringify(value) ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 60)}…` : shown;
}

function issueText(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  if (value === undefined) return 'is required';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, got ${describe(value)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}`;
    case 'too_small':
      return typeof value === 'string' && issue.minimum === 1 ? 'must not be empty' : `${issue.message}, got ${describe(value)}`;
    default:
      return `${issue.message.replace(/^Invalid input: /, '')}, got ${describe(value)}`;
  }
}

/** The line of the YAML node at a data path, when the document has one. */
function lineOf(loaded: LoadedYaml, path: readonly PropertyKey[]): number | undefined {
  // Stop before the root: "line 1" for a missing top-level field would only confuse.
  for (let n = path.length; n >= 1; n--) {
    const node = loaded.doc.getIn(path.slice(0, n) as unknown[], true) as YamlNode | undefined;
    const start = node && typeof node === 'object' && 'range' in node ? node.range?.[0] : undefined;
    if (start !== undefined) return loaded.lines.linePos(start).line;
  }
  return undefined;
}

function validate<S extends z.ZodType>(schema: S, loaded: LoadedYaml, path: string, what: string): z.infer<S> {
  const { data } = loaded;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new StateBoxError(`${path}: expected a YAML mapping (${what}), got ${data === null || data === undefined ? 'an empty document' : describe(data)}.`, { path });
  }
  const result = schema.safeParse(data);
  if (result.success) {
    // Return the data as read: validated, with key order and unknown fields exactly as in the file.
    return data as z.infer<S>;
  }
  const found = result.error.issues.map((issue) => {
    const field = fieldPath(issue.path) || '(top level)';
    const line = lineOf(loaded, issue.path);
    return { field, line, text: `${path}: ${field}: ${issueText(issue, data)}${line !== undefined ? ` (line ${line})` : ''}.` };
  });
  const first = found[0]!;
  return failWith(first.text, {
    path,
    field: first.field,
    ...(first.line !== undefined ? { line: first.line } : {}),
    problems: found.map((f) => f.text),
  });
}

function failWith(message: string, opts: ConstructorParameters<typeof StateBoxError>[1]): never {
  throw new StateBoxError(message, opts);
}

// `_releases/{y}/statebox/{release}.yaml`, alone or after a store's name (`dir /x: _releases/…`).
const STATEBOX_PATH_RE = /(?:^|[\\/\s])_releases[\\/][^\\/]+[\\/]statebox[\\/]([^\\/]+)\.yaml$/;

/** The release a standard StateBox path names (its file name), or undefined for any other path. */
export function releaseNamedByPath(path: string): string | undefined {
  const stem = STATEBOX_PATH_RE.exec(path)?.[1];
  return stem !== undefined && isRelease(stem) ? stem : undefined;
}

function validateStateBox(loaded: LoadedYaml, path: string, release: string | undefined): StateBox {
  const box = validate(stateBoxSchema, loaded, path, 'a StateBox');
  // A file copied forward from another release would drive the wrong advisories: refuse it.
  if (release !== undefined && box.release !== release) {
    const line = lineOf(loaded, ['release']);
    return failWith(`${path}: release: the file says ${box.release}, but it is the StateBox of ${release}; a file copied from another release is not read${line !== undefined ? ` (line ${line})` : ''}.`, {
      path,
      field: 'release',
      ...(line !== undefined ? { line } : {}),
    });
  }
  return box;
}

/**
 * Parses and validates a StateBox; throws StateBoxError naming the path and the line or field.
 * `release` (by default the one a standard path names) must be the file's own `release:`.
 */
export function parseStateBoxText(text: string, path: string, release: string | undefined = releaseNamedByPath(path)): StateBox {
  // A run (and the simulator, every tick) reads the same text again and again: parse it once.
  const key = `${release ?? ''}\0${text}`;
  const known = PARSED.get(key);
  if (known) return structuredClone(known);
  const box = validateStateBox(loadYaml(text, path), path, release);
  if (PARSED.size >= PARSED_MAX) PARSED.delete(PARSED.keys().next().value!);
  PARSED.set(key, box);
  return structuredClone(box);
}

/** StateBoxes parsed lately, by release and text (a valid text only: a refusal names its path, so it is made again). */
const PARSED = new Map<string, StateBox>();
const PARSED_MAX = 200;

export type ReleaseFile = { kind: 'statebox'; box: StateBox } | { kind: 'tracking'; data: TrackingFile };

/** True for a y-stream tracking file (`releases:` map, no StateBox fields). */
function looksLikeTracking(data: unknown): boolean {
  return (
    data !== null &&
    typeof data === 'object' &&
    !Array.isArray(data) &&
    'releases' in data &&
    !('schema_version' in data) &&
    !('tasks' in data)
  );
}

/** Reads either a StateBox or a y-stream tracking file (they live side by side). */
export function parseReleaseFileText(text: string, path: string): ReleaseFile {
  const loaded = loadYaml(text, path);
  if (looksLikeTracking(loaded.data)) {
    return { kind: 'tracking', data: validate(trackingFileSchema, loaded, path, 'a y-stream tracking file') };
  }
  return { kind: 'statebox', box: validateStateBox(loaded, path, releaseNamedByPath(path)) };
}

// ---------------------------------------------------------------------------------------------
// Writing

// Key order upstream (PyYAML with sort_keys=False) writes; unknown keys follow in their own order.
const TOP_ORDER = ['schema_version', 'release', 'created_at', 'updated_at', 'metadata', 'tasks', 'issues', 'driver'];
const METADATA_ORDER = ['jira_ticket', 'advisory_ids', 'release_date', 'candidate_builds', 'shipment_mr', 'qe_owner'];
const TASK_ORDER = ['name', 'status', 'started_at', 'completed_at', 'result', 'job', 'deadline', 'decided_by'];
const ISSUE_ORDER = ['issue', 'reported_at', 'resolved', 'resolution', 'blocker', 'related_tasks', 'resolved_at'];

function ordered<T extends object>(obj: T, order: readonly string[]): T {
  const out: Record<string, unknown> = {};
  // Own keys only: `constructor` or `toString` in a file are data, not Object.prototype's.
  for (const key of order) if (Object.hasOwn(obj, key)) out[key] = (obj as Record<string, unknown>)[key];
  for (const [key, value] of Object.entries(obj)) if (!Object.hasOwn(out, key)) out[key] = value;
  return out as T;
}

function canonicalStateBox(box: StateBox): StateBox {
  const top = ordered(box, TOP_ORDER) as Record<string, unknown>;
  if (isPlainObject(top.metadata)) top.metadata = ordered(top.metadata, METADATA_ORDER);
  if (Array.isArray(top.tasks)) top.tasks = top.tasks.map((t) => (isPlainObject(t) ? ordered(t, TASK_ORDER) : t));
  if (Array.isArray(top.issues)) top.issues = top.issues.map((i) => (isPlainObject(i) ? ordered(i, ISSUE_ORDER) : i));
  return top as StateBox;
}

// A string that some YAML loader would read as something else must be quoted. Upstream's
// readers use YAML 1.1 (PyYAML: timestamps, yes/no, 0777, 1_000, 1:20); ours use 1.2 core
// (0o17). Quote for both so every loader gets the same string back.
const PLAIN_TESTS: readonly RegExp[] = [new Schema({ schema: 'core' }), new Schema({ schema: 'yaml-1.1' })].flatMap((schema) =>
  schema.tags.flatMap((tag) => {
    const scalar = tag as ScalarTag;
    return scalar.default && scalar.tag !== 'tag:yaml.org,2002:str' && scalar.test ? [scalar.test] : [];
  }),
);
const YAML11_SPECIAL = new Set(['=', '<<']);

function readsAsNonString(text: string): boolean {
  return YAML11_SPECIAL.has(text) || PLAIN_TESTS.some((re) => re.test(text));
}

/**
 * Serializes plain data the way upstream's PyYAML dump looks: 2-space indent, list items level
 * with their key, `null`, single quotes, multi-line text as `|-` block scalars, folded at 80.
 * Lossless: the text loads (YAML 1.1 or 1.2) to data deep-equal to the input.
 */
export function serializeYaml(data: unknown): string {
  const doc = new Document(data, { schema: 'core', aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value === 'string' && !node.value.includes('\n') && readsAsNonString(node.value)) {
        node.type = Scalar.QUOTE_SINGLE;
      }
    },
  });
  return doc.toString({
    indent: 2,
    indentSeq: false,
    lineWidth: 80,
    minContentWidth: 20,
    singleQuote: true,
    blockQuote: 'literal',
    nullStr: 'null',
    trueStr: 'true',
    falseStr: 'false',
    flowCollectionPadding: false,
  });
}

/** Our serialization of a StateBox: known keys in upstream's order, everything else kept. */
export function serializeStateBox(box: StateBox): string {
  return serializeYaml(canonicalStateBox(box));
}

/** Serializes whichever kind of release file was read. */
export function serializeReleaseFile(file: ReleaseFile): string {
  return file.kind === 'statebox' ? serializeStateBox(file.box) : serializeYaml(file.data);
}
