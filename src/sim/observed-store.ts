/**
 * Wraps the StateBox store of a simulation: the "github" faults of the scenario apply to it,
 * and every StateBox written is shown to the world (which learns metadata and recorded jobs).
 */
import type { StateStore, StoredFile, WriteOptions } from '../ports/store';
import type { StateBox } from '../core/model';
import { parseStateBoxText } from '../statebox/yaml';

const STATEBOX_RE = /^_releases\/\d+\.\d+\/statebox\/[^/]+\.yaml$/;

export interface ObservedStoreOptions {
  /** Throws to simulate a GitHub outage. */
  readonly fault?: (what: string) => void;
  readonly onStateBox?: (box: StateBox) => void;
}

export class ObservedStore implements StateStore {
  readonly describe: string;

  constructor(
    readonly inner: StateStore,
    private readonly options: ObservedStoreOptions,
  ) {
    this.describe = inner.describe;
  }

  async read(path: string): Promise<StoredFile | undefined> {
    this.options.fault?.(`GET ${path}`);
    return this.inner.read(path);
  }

  async write(path: string, content: string, options: WriteOptions): Promise<{ sha: string }> {
    this.options.fault?.(`PUT ${path}`);
    const out = await this.inner.write(path, content, options);
    if (STATEBOX_RE.test(path) && this.options.onStateBox) this.options.onStateBox(parseStateBoxText(content, path));
    return out;
  }

  async list(prefix: string): Promise<string[]> {
    this.options.fault?.(`GET tree ${prefix}`);
    return this.inner.list(prefix);
  }
}
