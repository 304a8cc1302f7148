import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A whole answer: a status other than 200 (a 429, a 503), headers of its own. */
export interface Reply {
  status?: number;
  body: string;
  headers?: Record<string, string>;
}

/** A page, or a function of the URL giving a page or a whole answer, at once or later (a slow server). */
type Body = string | ((url: URL) => string | Reply | Promise<string | Reply>);

/** A page, or a page with extra response headers (a CSP, a content type). */
export type Route = Body | { body: Body; headers?: Record<string, string> };

export interface FixtureServer {
  origin: string;
  /** Add or replace a page at a path (e.g. "/post/42"). */
  set(path: string, route: Route): void;
  close(): Promise<void>;
}

async function respond(route: Route, url: URL): Promise<Required<Reply>> {
  const { body, headers = {} } = typeof route === 'object' ? route : { body: route };
  const got = typeof body === 'function' ? await body(url) : body;
  const reply = typeof got === 'string' ? { body: got } : got;
  const all = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers, ...reply.headers };
  return { status: reply.status ?? 200, body: reply.body, headers: all };
}

/** Serves HTML fixtures on 127.0.0.1 (a random free port); unknown paths are 404. */
export async function serveFixtures(routes: Record<string, Route> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = table.get(url.pathname) ?? table.get(url.pathname.replace(/\/$/, ''));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    respond(route, url).then(
      // A delayed answer may find its connection closed by close().
      ({ status, body, headers }) => void (res.destroyed || res.writeHead(status, headers).end(body)),
      () => void (res.destroyed || res.writeHead(500, { 'content-type': 'text/plain' }).end('route failed')),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, route) => void table.set(path, route),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
