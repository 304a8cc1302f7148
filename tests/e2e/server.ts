import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Body = string | ((url: URL) => string);

/** A page, or a page with extra response headers (a CSP, a content type). */
export type Route = Body | { body: Body; headers?: Record<string, string> };

export interface FixtureServer {
  origin: string;
  /** Add or replace a page at a path (e.g. "/post/42"). */
  set(path: string, route: Route): void;
  close(): Promise<void>;
}

function respond(route: Route, url: URL): { body: string; headers: Record<string, string> } {
  const { body, headers = {} } = typeof route === 'object' ? route : { body: route };
  const text = typeof body === 'function' ? body(url) : body;
  return { body: text, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers } };
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
    const { body, headers } = respond(route, url);
    res.writeHead(200, headers).end(body);
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
