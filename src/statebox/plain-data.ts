/**
 * YAML a StateBox may not hold because a rewrite would not give it back as written: explicit
 * tags beyond the JSON-like core ones (`!!binary` loads as a Buffer, `!!set` as a Set, a local
 * `!tag` is dropped), keys that are not text (`1:` and `4.20:` come back as '1' and '4.2'), a
 * `__proto__` key (not a safe JavaScript property name) and the YAML 1.1 merge key `<<`, which
 * upstream's PyYAML merges and our YAML 1.2 reader keeps as a key. Such a file is refused with a
 * sentence naming the line, never changed silently. Keys such as `constructor` are plain data
 * and are kept (the code handling maps reads own properties only).
 */
import { type Document, type LineCounter, isScalar, visit } from 'yaml';
import type { Node as YamlNode } from 'yaml';

const CORE = 'tag:yaml.org,2002:';
/** Tags that only say what the value already is: the data loads and writes back the same. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => CORE + t));

function shownTag(tag: string): string {
  return tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag;
}

function shownKey(value: unknown): string {
  if (value === null) return 'null';
  const text = typeof value === 'string' ? value : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export interface PlainDataProblem {
  /** One sentence: `path:line:col: what and why`. */
  readonly message: string;
  readonly at?: { readonly line: number; readonly col: number };
}

/** Every construct that would not survive a rewrite, in document order. */
export function nonPlainDataProblems(doc: Document.Parsed, lines: LineCounter, path: string): PlainDataProblem[] {
  const problems: PlainDataProblem[] = [];
  const report = (node: unknown, what: string): void => {
    const start = (node as YamlNode | null)?.range?.[0];
    if (start === undefined) {
      problems.push({ message: `${path}: ${what}` });
      return;
    }
    const { line, col } = lines.linePos(start);
    problems.push({ message: `${path}:${line}:${col}: ${what}`, at: { line, col } });
  };
  visit(doc, {
    Node(_key, node) {
      const tag = 'tag' in node ? node.tag : undefined;
      if (typeof tag === 'string' && !PLAIN_TAGS.has(tag)) {
        report(node, `the YAML tag ${shownTag(tag)} is not allowed in a StateBox: it holds plain data only (text, numbers, true/false, null, lists and mappings), and a rewrite would not keep the tag.`);
      }
    },
    Pair(_key, pair) {
      const key = pair.key;
      if (!isScalar(key)) {
        report(key, 'a key must be text, not a list, a mapping or an alias.');
      } else if (typeof key.value !== 'string') {
        const kind = key.value === null ? 'null' : `a ${typeof key.value}`;
        report(key, `the key ${shownKey(key.source ?? key.value)} is read as ${kind}, not text; quote it so every reader sees the same key.`);
      } else if (key.value === '__proto__') {
        report(key, 'a key named __proto__ is not allowed in a StateBox (JavaScript cannot hold it as plain data).');
      } else if (key.value === '<<' && key.type === 'PLAIN') {
        report(key, "<< is a YAML 1.1 merge key, which upstream's reader merges and ours does not; write the merged keys out.");
      }
    },
  });
  return problems;
}
