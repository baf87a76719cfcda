/**
 * Who may command the driver: collaborators with write permission or more, asked of the
 * collaborator permission API. Fails closed: any error or unknown answer counts as `none`.
 */
import { githubMessage } from '../adapters/github/errors';
import type { Logger } from '../driver/types';

export const PERMISSION_LADDER = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Permission = (typeof PERMISSION_LADDER)[number];
export const REQUIRED_PERMISSION: Permission = 'write';

/** The slice of Octokit this module calls (keeps it testable and client-agnostic). */
export interface CollaboratorApi {
  readonly rest: {
    readonly repos: {
      getCollaboratorPermissionLevel(params: { owner: string; repo: string; username: string }): Promise<{
        data: { permission?: string | null; role_name?: string | null };
      }>;
    };
  };
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSION_LADDER as readonly string[]).includes(value);
}

export function permissionRank(p: Permission): number {
  return PERMISSION_LADDER.indexOf(p);
}

export function hasPermission(actual: Permission, required: Permission = REQUIRED_PERMISSION): boolean {
  return permissionRank(actual) >= permissionRank(required);
}

/**
 * The actor's level on the ladder. `role_name` distinguishes triage and maintain (the legacy
 * `permission` field folds them into read and write); a custom role falls back to `permission`.
 */
export async function getActorPermission(
  api: CollaboratorApi,
  repo: { owner: string; repo: string },
  actor: string,
  log?: Pick<Logger, 'warning'>,
): Promise<Permission> {
  try {
    const { data } = await api.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: actor });
    const role = data.role_name?.toLowerCase();
    if (isPermission(role)) return role;
    const legacy = data.permission?.toLowerCase();
    if (isPermission(legacy)) return legacy;
    log?.warning(`The collaborator permission API gave ${actor} an unknown permission ${JSON.stringify(data.permission)}: treated as none.`);
    return 'none';
  } catch (err) {
    log?.warning(`Could not read ${actor}'s permission on ${repo.owner}/${repo.repo} (${githubMessage(err)}): treated as none.`);
    return 'none';
  }
}
