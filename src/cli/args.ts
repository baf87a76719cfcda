/**
 * The one option parser of every command: node:util parseArgs over the options its spec lists
 * (commands/specs.ts), with usage errors in one sentence that name the nearest option.
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { type CommandSpec, type OptionSpecs, UsageError } from './io';
import { either, nearest } from './suggest';

/** Options every command takes (main.ts handles them before the command runs). */
export const GLOBAL_OPTIONS = ['help', 'debug'] as const;

type Parsed<O extends OptionSpecs, P extends boolean> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: P; strict: true }>
>;

/** `--name VALUE` as help and errors show it. */
export function optionWords(name: string, spec: OptionSpecs[string]): string {
  return spec.type === 'string' ? `--${name} ${spec.value ?? 'VALUE'}` : `--${name}`;
}

/** The parseArgs options of a spec: its types, nothing else. */
function parseArgsOptions(options: OptionSpecs): NonNullable<ParseArgsConfig['options']> {
  const config: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, o] of Object.entries(options)) config[name] = o.multiple ? { type: o.type, multiple: true } : { type: o.type };
  return config;
}

/** `unknown option --relase; did you mean --release?`, or without a near option just `unknown option --x.` */
export function unknownOption(option: string, known: readonly string[]): string {
  const word = option.replace(/^-+/, '').split('=', 1)[0] ?? '';
  const near = nearest(word, [...known, ...GLOBAL_OPTIONS]);
  return near.length ? `unknown option ${option}; did you mean ${either(near, (n) => `--${n}`)}?` : `unknown option ${option}.`;
}

/** The sentence of a parseArgs error: the nearest option for an unknown one. */
function usageMessage(err: unknown, spec: Pick<CommandSpec, 'path' | 'options'>): string {
  const e = err as NodeJS.ErrnoException;
  const message = e instanceof Error ? e.message : String(err);
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /Unknown option '([^']+)'/.exec(message)?.[1] ?? '';
    return unknownOption(option, Object.keys(spec.options));
  }
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const arg = /Unexpected argument '([^']*)'/.exec(message)?.[1] ?? '';
    return `Unexpected argument ${JSON.stringify(arg)}: krd ${spec.path.join(' ')} takes only options.`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const missing = /Option '(?:-\w, )?--([\w-]+) <value>' argument missing/.exec(message);
    const option = missing?.[1] === undefined ? undefined : spec.options[missing[1]];
    if (missing && option) return `--${missing[1]} needs a value: ${optionWords(missing[1]!, option)}.`;
    const flag = /Option '(?:-\w, )?--([\w-]+)' does not take an argument/.exec(message);
    if (flag) return `--${flag[1]} takes no value: give --${flag[1]} alone.`;
  }
  return message;
}

/**
 * Parses `args` with exactly the options `spec` lists (strict: anything else is a usage error
 * naming the nearest option). `positionals`: whether the command takes arguments besides options.
 */
export function parseCommandArgs<O extends OptionSpecs, P extends boolean>(
  spec: { readonly path: readonly string[]; readonly options: O },
  args: string[],
  positionals: P,
): Parsed<O, P> {
  try {
    return parseArgs({ args, options: parseArgsOptions(spec.options), allowPositionals: positionals, strict: true }) as unknown as Parsed<O, P>;
  } catch (err) {
    throw new UsageError(usageMessage(err, spec), { cause: err });
  }
}
