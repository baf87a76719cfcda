/**
 * What finding the active releases costs on GitHub when y-streams list several releases with a
 * StateBox (the real repository: 12 y-streams, up to 26 StateBoxes each): only the newest
 * CANDIDATES_PER_Y_STREAM of each are read, in the one batch of StateBoxes (GraphQL), or one
 * REST read each.
 */
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../src/cli/io';
import { run } from '../src/cli/main';
import { stateBoxPath } from '../src/core/version';
import { CANDIDATES_PER_Y_STREAM } from '../src/driver/active';
import { serializeStateBox } from '../src/statebox/yaml';
import type { StateBox } from '../src/core/model';
import { ALL_BEFORE_ADVISORY, makeBox } from './helpers/fake-world';
import { startGitHubServer, type RecordedRequest } from './helpers/github-server';

const TOKEN = 't0k';
const NOW = '2025-11-08T00:00:00Z';

/** Five releases with a StateBox per y-stream; the newest three are active, each for another reason. */
function yStream(y: string): Record<string, string> {
  const boxes: StateBox[] = [
    // Not among the newest three: never read, though a job of ours runs (named, it would be driven).
    makeBox({ release: `${y}.1`, tasks: { 'stage-testing': { status: 'In Progress', job: { id: '1' } } }, metadata: { release_date: '2025-Oct-14' } }),
    makeBox({ release: `${y}.2`, tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': 'Pass' }, metadata: { release_date: '2025-Oct-21' } }),
    // Red since its advisory deadline timed out on 2025-11-06: listed until 2025-11-13.
    makeBox({
      release: `${y}.3`,
      tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': { status: 'Fail', completed_at: '2025-11-06T00:00:00Z', deadline: '2025-10-29T00:00:00Z' } },
      metadata: { release_date: '2025-Oct-28' },
    }),
    // Past its window, its advisory deadline still to be checked.
    makeBox({ release: `${y}.4`, tasks: { ...ALL_BEFORE_ADVISORY, 'change-advisory-status': { status: 'In Progress', deadline: '2025-11-05T00:00:00Z' } } }),
    makeBox({ release: `${y}.5`, tasks: {}, metadata: { release_date: '2025-Nov-11' } }),
  ];
  const files: Record<string, string> = Object.fromEntries(boxes.map((b) => [stateBoxPath(b.release), serializeStateBox(b)]));
  files[`_releases/${y}/${y}.z.yaml`] = `releases:\n${[1, 2, 3, 4, 5, 6].map((z) => `  ${y}.${z}:\n    release_jira: ART-${z}\n`).join('')}`;
  return files;
}

const what = (r: RecordedRequest) => (r.path === '/graphql' ? `graphql ${r.status}` : r.path.includes('/git/trees/') ? 'listing' : `${r.method} ${r.path.split('/contents/')[1]}`);

async function status(ys: readonly string[], graphql: boolean) {
  const gh = await startGitHubServer({ token: TOKEN, graphql, branches: { 'z-stream': Object.assign({}, ...ys.map(yStream)) as Record<string, string> } });
  let stdout = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: () => {},
    env: { GITHUB_REPOSITORY: `${gh.owner}/${gh.repo}`, GITHUB_TOKEN: TOKEN, GITHUB_API_URL: gh.url },
    cwd: process.cwd(),
    isTTY: false,
  };
  const code = await run(['status', '--store', 'github', '--ref', 'z-stream', '--now', NOW, '--json'], io);
  await gh.close();
  const out = JSON.parse(stdout) as { releases: { release: string; listed: { reason: string } }[] };
  return { code, gh, listed: out.releases.map((r) => `${r.release} ${r.listed.reason}`) };
}

const TWELVE = Array.from({ length: 12 }, (_, i) => `4.${11 + i}`);

describe('finding the active releases on GitHub, several releases per y-stream', () => {
  it(`12 y-streams of 5 StateBoxes: ${CANDIDATES_PER_Y_STREAM} read per y-stream, 3 requests (listing, tracking files, StateBoxes)`, async () => {
    const { code, gh, listed } = await status(TWELVE, true);
    expect(code).toBe(1); // Red releases are shown
    expect(listed).toEqual(TWELVE.flatMap((y) => [`${y}.3 red-visible`, `${y}.4 driver-work`, `${y}.5 in-window`]));
    expect(gh.requests.map(what)).toEqual(['listing', 'graphql 200', 'graphql 200']);
    const files = gh.requests.slice(1).map((r) => Object.keys((r.body as { variables: Record<string, string> }).variables).length - 2);
    expect(files).toEqual([12, 12 * CANDIDATES_PER_Y_STREAM]);
  });

  it('over REST: one listing plus one read per tracking file and per candidate, each once', async () => {
    const { gh, listed } = await status(TWELVE, false);
    expect(listed).toHaveLength(36);
    const kinds = gh.requests.map(what);
    expect(kinds.filter((k) => k.startsWith('graphql'))).toEqual(['graphql 404']);
    expect(kinds.filter((k) => k.includes('.z.yaml'))).toHaveLength(12);
    const boxes = kinds.filter((k) => k.includes('/statebox/'));
    expect(boxes).toHaveLength(12 * CANDIDATES_PER_Y_STREAM);
    expect(boxes.some((k) => /\.(1|2)\.yaml$/.test(k))).toBe(false);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(gh.requests).toHaveLength(1 + 1 + 12 + 36);
  });
});
