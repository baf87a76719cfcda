import { describe, expect, it } from 'vitest';
import { createOctokit } from '../src/adapters/github/octokit';
import { PERMISSION_LADDER, getActorPermission, hasPermission, isPermission, permissionRank, type CollaboratorApi } from '../src/triggers/permission';
import { RecordingLogger } from './helpers/fake-world';
import { startGitHubServer } from './helpers/github-server';

describe('the permission ladder', () => {
  it('orders none < read < triage < write < maintain < admin and needs write by default', () => {
    expect(PERMISSION_LADDER.map(permissionRank)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(PERMISSION_LADDER.filter((p) => hasPermission(p))).toEqual(['write', 'maintain', 'admin']);
    expect(hasPermission('triage', 'triage')).toBe(true);
    expect(isPermission('WRITE')).toBe(false);
    expect(isPermission('owner')).toBe(false);
  });
});

describe('getActorPermission against the collaborator permission API', () => {
  it('reads the real role (triage and maintain are folded into read and write in the legacy field)', async () => {
    await using gh = await startGitHubServer({ token: 't', permissions: { tri: 'triage', main: 'maintain', adm: 'admin' } });
    const octokit = createOctokit({ token: 't', baseUrl: gh.url, retryAfterBaseMs: 1, spaceWrites: false });
    const repo = { owner: gh.owner, repo: gh.repo };
    expect(await getActorPermission(octokit, repo, 'tri')).toBe('triage');
    expect(await getActorPermission(octokit, repo, 'main')).toBe('maintain');
    expect(await getActorPermission(octokit, repo, 'adm')).toBe('admin');
    expect(await getActorPermission(octokit, repo, 'stranger')).toBe('none');
    expect(gh.requests.map((r) => r.path)).toContain(`/repos/${gh.owner}/${gh.repo}/collaborators/tri/permission`);
  });

  it('fails closed: a 404, a 401 or a network failure counts as none, with a warning naming the user', async () => {
    await using gh = await startGitHubServer({ token: 't' });
    const octokit = createOctokit({ token: 't', baseUrl: gh.url, retryAfterBaseMs: 1, spaceWrites: false, retries: 0 });
    const repo = { owner: gh.owner, repo: gh.repo };
    const log = new RecordingLogger();
    gh.inject({ status: 404 });
    expect(await getActorPermission(octokit, repo, 'alice', log)).toBe('none');
    gh.inject({ status: 'reset' });
    expect(await getActorPermission(octokit, repo, 'alice', log)).toBe('none');
    const wrongToken = createOctokit({ token: 'wrong', baseUrl: gh.url, retries: 0 });
    expect(await getActorPermission(wrongToken, repo, 'alice', log)).toBe('none');
    expect(log.of('warning')).toHaveLength(3);
    for (const w of log.of('warning')) expect(w).toMatch(/^Could not read alice's permission on octo\/releases \(.+\): treated as none\.$/);
  });

  it('uses the legacy field for a custom role and refuses an unknown answer', async () => {
    const answer = (data: { permission?: string; role_name?: string }): CollaboratorApi => ({
      rest: { repos: { getCollaboratorPermissionLevel: async () => ({ data }) } },
    });
    const repo = { owner: 'o', repo: 'r' };
    const log = new RecordingLogger();
    expect(await getActorPermission(answer({ permission: 'write', role_name: 'release-managers' }), repo, 'bob', log)).toBe('write');
    expect(await getActorPermission(answer({ permission: 'superuser' }), repo, 'bob', log)).toBe('none');
    expect(log.of('warning')).toEqual(['The collaborator permission API gave bob an unknown permission "superuser": treated as none.']);
  });
});
