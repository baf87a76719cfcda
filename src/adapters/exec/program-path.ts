/**
 * Where a program would be found, the way execFile finds it: a name with a path separator as
 * given (relative to `cwd`), any other name in the PATH of the environment the child gets.
 * For preflight checks: "is oar installed?" before a run touches anything.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, resolve } from 'node:path';

function executableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The path of `program` as a child with environment `env` would run it, or undefined when there is none. */
export function findProgram(program: string, env: NodeJS.ProcessEnv, cwd: string = process.cwd()): string | undefined {
  if (!program) return undefined;
  const windows = process.platform === 'win32';
  const extensions = windows ? ['', ...(env['PATHEXT'] ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : [''];
  const candidates = (base: string): string[] => extensions.map((ext) => base + ext);
  if (isAbsolute(program) || program.includes('/') || (windows && program.includes('\\'))) {
    return candidates(resolve(cwd, program)).find(executableFile);
  }
  const path = env['PATH'] ?? (windows ? env['Path'] : undefined) ?? '';
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const found = candidates(join(resolve(cwd, dir), program)).find(executableFile);
    if (found) return found;
  }
  return undefined;
}
