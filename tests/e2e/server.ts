import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = string | ((url: URL) => string);

export interface FixtureServer {
  origin: string;
  /** Add or replace a page at a path (e.g. "/post/42"). */
  set(path: string, route: Route): void;
  close(): Promise<void>;
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
    const body = typeof route === 'function' ? route(url) : route;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    set: (path, route) => void table.set(path, route),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
