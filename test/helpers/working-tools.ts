/**
 * What a run needs to get past its preflight (src/driver/drive.ts `preflight`) when a test is
 * about something else: the variables oar cannot run without, and an oar and an analyzer that
 * exist (the fake oar answers `--help` with a usage and exit code 0). And the outside systems
 * of a krd drive step: the fake oar as a process of its own, a local Release Controller.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { OAR_REQUIRED_ENV } from '../../src/adapters/exec/child-env';

export const FAKE_OAR = join(import.meta.dirname, 'fake-oar.mjs');

/** Each variable oar needs, with a value that names it (never a real credential). */
export const OAR_ENV: Readonly<Record<string, string>> = Object.fromEntries(OAR_REQUIRED_ENV.map((v) => [v.name, `test-${v.name.toLowerCase()}`]));

/** Action inputs that point oar and the analyzer at programs that exist. */
export const FAKE_TOOL_INPUTS: Readonly<Record<string, string>> = {
  'oar-command': `${process.execPath} ${FAKE_OAR}`,
  'analyzer-command': `${process.execPath} ${FAKE_OAR} --analyze {build}`,
};

/**
 * krd's environment for the fake oar: its command, its scripted answers (`responses.json`), its
 * state and its call log in `scratch`, named in KRD_OAR_ENV (the oar child gets an allow-list of
 * the environment: the fake's own variables must be named), and what oar cannot run without.
 */
export function fakeOarEnv(scratch: string): Record<string, string> {
  return {
    KRD_OAR_COMMAND: JSON.stringify([process.execPath, FAKE_OAR]),
    FAKE_OAR_RESPONSES: join(scratch, 'responses.json'),
    FAKE_OAR_STATE: scratch,
    FAKE_OAR_LOG: join(scratch, 'calls.jsonl'),
    KRD_OAR_ENV: 'FAKE_OAR_RESPONSES FAKE_OAR_STATE FAKE_OAR_LOG',
    ...OAR_ENV,
  };
}

export interface LocalReleaseController {
  readonly url: string;
  /** `METHOD URL` of every request, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** A local Release Controller whose releases of `ready` are in phase Ready (not promoted); anything else 404. */
export async function startReleaseController(ready: readonly string[] = ['4.20.1']): Promise<LocalReleaseController> {
  const requests: string[] = [];
  const known = new Set(ready.map((r) => `/api/v1/releasestream/${r.split('.')[0]}-stable/release/${r}`));
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    if (known.has(req.url ?? '')) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ phase: 'Ready' }));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
