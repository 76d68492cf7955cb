// Loopback HTTP servers the image-download tests start: an image host whose
// routes misbehave on purpose, and a forward proxy (CONNECT and absolute-form GET)
// that records what went through it. Nothing here reaches beyond 127.0.0.1.
import { createServer, request as httpRequest } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { connect, createServer as createNetServer } from 'node:net';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

export interface Served {
  path: string;
  headers: IncomingMessage['headers'];
}

export interface TestServer {
  url(path: string): string;
  port: number;
  /** Every request, in order. */
  log: Served[];
  hits(path: string): number;
  close(): Promise<void>;
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

export async function startImageServer(routes: Record<string, Route>): Promise<TestServer> {
  const log: Served[] = [];
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] as string;
    log.push({ path, headers: req.headers });
    const hit = (counts.get(path) ?? 0) + 1;
    counts.set(path, hit);
    const route = routes[path];
    if (route) route(req, res, hit);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  const port = await listen(server);
  return { port, log, url: (path) => `http://127.0.0.1:${port}${path}`, hits: (path) => counts.get(path) ?? 0, close: closer(server) };
}

/** Serves bytes with a (possibly lying) content type. */
export const serve =
  (body: Uint8Array | string, contentType: string): Route =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) }).end(body);

export const redirect =
  (location: string, status = 302): Route =>
  (_req, res) =>
    res.writeHead(status, { location }).end();

export interface TestProxy extends TestServer {
  /** Targets asked for: "host:port" for CONNECT tunnels, absolute URLs for plain forwarding. */
  targets: string[];
}

export async function startProxy(): Promise<TestProxy> {
  const targets: string[] = [];
  const server = createServer((req, res) => {
    targets.push(req.url ?? '');
    const target = new URL(req.url ?? '');
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req: IncomingMessage, client, head: Buffer) => {
    targets.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const port = await listen(server);
  return { port, targets, log: [], url: (path) => `http://127.0.0.1:${port}${path}`, hits: () => targets.length, close: closer(server) };
}

/** A SOCKS5 proxy (no authentication, CONNECT only) that records the targets asked for. */
export async function startSocks5Proxy(): Promise<TestProxy> {
  const targets: string[] = [];
  const server = createNetServer((client) => {
    client.once('data', (greeting: Buffer) => {
      if (greeting[0] !== 5) return client.destroy();
      client.write(Buffer.from([5, 0]));
      client.once('data', (request: Buffer) => {
        const type = request[3];
        let host: string;
        let at: number;
        if (type === 1) {
          host = [...request.subarray(4, 8)].join('.');
          at = 8;
        } else if (type === 3) {
          const length = request[4] ?? 0;
          host = request.subarray(5, 5 + length).toString('latin1');
          at = 5 + length;
        } else {
          return client.destroy();
        }
        const port = request.readUInt16BE(at);
        targets.push(`${host}:${port}`);
        const upstream = connect(port, host, () => {
          client.write(Buffer.from([5, 0, 0, 1, 0, 0, 0, 0, 0, 0]));
          upstream.pipe(client);
          client.pipe(upstream);
        });
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
      });
    });
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
  return {
    port,
    targets,
    log: [],
    url: () => `socks5://127.0.0.1:${port}`,
    hits: () => targets.length,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
