import { InputError } from '../../core/errors';

// Only characters that appear in our repository paths (`_releases/4.20/statebox/4.20.1.yaml`,
// record files); anything else never reaches a file system or a URL.
const SEGMENT_RE = /^[A-Za-z0-9_+@=-][A-Za-z0-9._+@=-]*$/;

function describePath(path: unknown): string {
  const text = String(path);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/**
 * Checks a repository-relative file path before a store touches it: relative, `/`-separated,
 * no `.`/`..` segments, no empty segments, no characters outside a safe set.
 */
export function checkStorePath(path: string): string {
  if (typeof path !== 'string' || path === '') throw new InputError('A store path is required, such as _releases/4.20/statebox/4.20.1.yaml.');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\\')) {
    throw new InputError(`Store path ${describePath(path)} must be relative to the store and use "/" separators.`);
  }
  for (const segment of path.split('/')) {
    if (segment === '..' || segment === '.') {
      throw new InputError(`Store path ${describePath(path)} must not contain "${segment}": it has to stay inside the store.`);
    }
    if (!SEGMENT_RE.test(segment)) {
      throw new InputError(`Store path ${describePath(path)} has an empty segment or a character outside letters, digits and "._+@=-".`);
    }
  }
  return path;
}

/** Checks a listing prefix: '' (everything) or a relative directory such as `_releases/` or `_releases/4.20`. */
export function checkStorePrefix(prefix: string): string {
  if (prefix === '') return '';
  const trimmed = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  checkStorePath(trimmed);
  return `${trimmed}/`;
}

/** True when `path` passes checkStorePath: listings only return paths the store can also read. */
export function isStorePath(path: string): boolean {
  try {
    checkStorePath(path);
    return true;
  } catch {
    return false;
  }
}
