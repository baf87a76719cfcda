/**
 * PR comments of a scenario, put through the same parsing and permission rules as production
 * (src/triggers): not a command → silence; malformed → said so; a commenter below write
 * permission → ignored, and the events say so; the rest reach the driver as HumanCommands.
 */
import type { HumanCommand } from '../driver/types';
import { isCommandError, parseCommand, withActor } from '../triggers/commands';
import { type CollaboratorApi, REQUIRED_PERMISSION, getActorPermission, hasPermission } from '../triggers/permission';
import type { ScenarioComment } from './scenario';

export interface CommentNote {
  readonly release: string;
  readonly type: 'decision' | 'error';
  readonly detail: string;
}

export interface RoutedComments {
  readonly commands: HumanCommand[];
  readonly notes: CommentNote[];
}

const SIM_REPO = { owner: 'openshift', repo: 'release-tests' };

/** The collaborator permission API as the scenario's comments describe each user; `fault` simulates GitHub down. */
export function simulatedCollaborators(permissions: ReadonlyMap<string, string>, fault: (what: string) => void): CollaboratorApi {
  return {
    rest: {
      repos: {
        getCollaboratorPermissionLevel: async ({ username }) => {
          fault(`GET collaborator permission of ${username}`);
          const permission = permissions.get(username);
          if (permission === undefined) throw new Error(`HTTP 404: ${username} is not a collaborator`);
          return { data: { permission, role_name: permission } };
        },
      },
    },
  };
}

const firstLine = (body: string): string => (body.split(/\r?\n/, 1)[0] ?? '').trim().slice(0, 120);

/** Turns the comments of `release` posted in this run's window into commands and notes. */
export async function routeComments(release: string, comments: readonly ScenarioComment[], api: CollaboratorApi): Promise<RoutedComments> {
  const commands: HumanCommand[] = [];
  const notes: CommentNote[] = [];
  for (const c of comments) {
    const parsed = parseCommand(c.body);
    if (parsed === undefined) {
      notes.push({ release, type: 'decision', detail: `comment by ${c.user} is not a /release: command; ignored` });
      continue;
    }
    const permission = await getActorPermission(api, SIM_REPO, c.user);
    if (!hasPermission(permission)) {
      notes.push({
        release,
        type: 'decision',
        detail: `ignored "${firstLine(c.body)}" from ${c.user}: ${c.user} has ${permission === 'none' ? 'no' : permission} permission; ${REQUIRED_PERMISSION} or more is needed`,
      });
      continue;
    }
    if (isCommandError(parsed)) {
      notes.push({ release, type: 'error', detail: `comment by ${c.user} not understood: ${parsed.error}` });
      continue;
    }
    commands.push(withActor(parsed, c.user));
  }
  return { commands, notes };
}
