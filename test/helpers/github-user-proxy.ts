/**
 * `GET /user` in front of the local GitHub API server (github-server.ts, which has no such route):
 * a node:http server on 127.0.0.1 that answers GET /user itself, `{login}` for the right token
 * (401 "Bad credentials" otherwise, or a scripted failure), and forwards every other request to
 * the GitHub server untouched, so that server's `requests` and `commits` still see all of them.
 *
 *   await using gh = await startGitHubServer({ token: 't0k', permissions: { alice: 'write' } });
 *   await using api = await startUserProxy(gh, { token: 't0k', login: 'alice' });
 *   // GITHUB_API_URL = api.url
 */
import { type IncomingMessage, type ServerResponse, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GitHubServer } from './github-server';

export interface UserProxyOptions {
  /** The token GET /user accepts; any token when absent. */
  readonly token?: string;
  /** The token's user. */
  readonly login: string;
  /** When set, GET /user answers this status (e.g. 403 for an installation token). */
  readonly userStatus?: number;
}

export interface UserProxy extends AsyncDisposable {
  readonly url: string;
  /** GET /user requests answered. */
  readonly userRequests: number;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

export async function startUserProxy(gh: GitHubServer, options: UserProxyOptions): Promise<UserProxy> {
  let userRequests = 0;
  const target = new URL(gh.url);

  const answerUser = (req: IncomingMessage, res: ServerResponse): void => {
    userRequests += 1;
    const m = /^(token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (options.token !== undefined && m?.[2] !== options.token) return json(res, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    if (options.userStatus) {
      return json(res, options.userStatus, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: String(options.userStatus) });
    }
    json(res, 200, { login: options.login, id: 42, type: 'User' });
  };

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (req.method === 'GET' && path === '/user') return answerUser(req, res);
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get userRequests() {
      return userRequests;
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
