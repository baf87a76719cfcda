import { describe, expect, it } from 'vitest';
import { InputError } from '../src/core/errors';
import { routeEvent, type RouteOptions } from '../src/triggers/route';
import { commentEvent } from './helpers/action-env';

const strict: RouteOptions = { allowEditedComments: false, allowBots: false };

describe('routeEvent', () => {
  it('drives every active release on schedule', () => {
    expect(routeEvent({ name: 'schedule', payload: { schedule: '*/15 * * * *' }, actor: 'octocat' }, strict)).toEqual({
      kind: 'drive',
      trigger: 'schedule',
      commands: [],
    });
  });

  it('turns a dispatch naming a release into a drive command by the actor', () => {
    const route = routeEvent({ name: 'workflow_dispatch', payload: { inputs: { release: ' 4.20.1 ', owner: 'qe@example.com' } }, actor: 'alice' }, strict);
    expect(route).toEqual({
      kind: 'drive',
      trigger: 'workflow_dispatch',
      commands: [{ kind: 'drive', release: '4.20.1', owner: 'qe@example.com', by: 'alice' }],
    });
  });

  it('drives every active release on a dispatch without inputs; an owner alone becomes the default owner', () => {
    expect(routeEvent({ name: 'workflow_dispatch', payload: { inputs: { release: '', owner: '' } }, actor: 'alice' }, strict)).toEqual({
      kind: 'drive',
      trigger: 'workflow_dispatch',
      commands: [],
    });
    expect(routeEvent({ name: 'workflow_dispatch', payload: { inputs: { owner: 'qe@example.com' } }, actor: 'alice' }, strict)).toEqual({
      kind: 'drive',
      trigger: 'workflow_dispatch',
      commands: [],
      owner: 'qe@example.com',
    });
  });

  it('refuses bad dispatch inputs with one sentence naming the input', () => {
    expect(() => routeEvent({ name: 'workflow_dispatch', payload: { inputs: { release: 'latest' } }, actor: 'a' }, strict)).toThrow(
      new InputError('The workflow_dispatch input release is "latest"; accepted values: a release such as 4.20.1 or 5.0.0-ec.3, or empty for every active release.'),
    );
    expect(() => routeEvent({ name: 'workflow_dispatch', payload: { inputs: { release: '4.20.1', owner: 'bob' } }, actor: 'a' }, strict)).toThrow(
      'The workflow_dispatch input owner is "bob"; accepted values: an email address such as qe@example.com, or empty.',
    );
  });

  it('routes a created command comment with its id, issue and author', () => {
    const route = routeEvent({ name: 'issue_comment', payload: commentEvent({ body: '/release:retry 4.20.1 stage-testing', user: 'alice', id: 7, issue: 12 }), actor: 'alice' }, strict);
    expect(route).toEqual({
      kind: 'comment',
      comment: { id: 7, issueNumber: 12, user: 'alice' },
      parsed: { kind: 'retry', release: '4.20.1', task: 'stage-testing' },
    });
  });

  it('routes a malformed command so the commenter hears why', () => {
    const route = routeEvent({ name: 'issue_comment', payload: commentEvent({ body: '/release:retry 4.20.1' }), actor: 'a' }, strict);
    expect(route.kind === 'comment' && route.parsed).toEqual({ error: '/release:retry RELEASE TASK needs a task, one of create-test-report, take-ownership, check-cve-tracker-bug, check-rhcos-security-alerts, push-to-cdn-staging, analyze-candidate-build, image-consistency-check, stage-testing, analyze-promoted-build, image-signed-check, change-advisory-status.' });
  });

  it.each([
    ['an ordinary comment', commentEvent({ body: 'LGTM' }), 'Ignoring the comment: its first line is not a /release: command.'],
    ['a deleted comment', commentEvent({ body: '/release:status', action: 'deleted' }), 'Ignoring the issue_comment event: the comment was deleted, only created comments are handled.'],
    [
      'an edited comment',
      commentEvent({ body: '/release:status', action: 'edited' }),
      'Ignoring the issue_comment event: the comment was edited, only created comments are handled (set allow-edited-comments: true to act on edits).',
    ],
    ['a bot by type', commentEvent({ body: '/release:status', user: 'renovate', userType: 'Bot' }), 'Ignoring the comment of bot renovate (set allow-bots: true to accept commands from bots).'],
    ['a bot by login', commentEvent({ body: '/release:status', user: 'github-actions[bot]' }), 'Ignoring the comment of bot github-actions[bot] (set allow-bots: true to accept commands from bots).'],
    ['a payload without a comment', { action: 'created', issue: { number: 1 } }, 'Ignoring the issue_comment event: its payload has no comment body, id, author or issue number.'],
  ])('ignores %s with one sentence', (_what, payload, reason) => {
    expect(routeEvent({ name: 'issue_comment', payload, actor: 'a' }, strict)).toEqual({ kind: 'ignore', reason });
  });

  it('accepts edited comments and bots when configured', () => {
    const open: RouteOptions = { allowEditedComments: true, allowBots: true };
    expect(routeEvent({ name: 'issue_comment', payload: commentEvent({ body: '/release:status', action: 'edited' }), actor: 'a' }, open).kind).toBe('comment');
    expect(routeEvent({ name: 'issue_comment', payload: commentEvent({ body: '/release:status', user: 'ci[bot]', userType: 'Bot' }), actor: 'a' }, open).kind).toBe('comment');
  });

  it('ignores events it does not handle', () => {
    expect(routeEvent({ name: 'pull_request_target', payload: {}, actor: 'a' }, strict)).toEqual({
      kind: 'ignore',
      reason: 'Ignoring the pull_request_target event: this action runs on schedule, workflow_dispatch and issue_comment.',
    });
  });
});
