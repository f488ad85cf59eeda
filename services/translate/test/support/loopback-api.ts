import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export type Handler = (req: ReceivedRequest, res: ServerResponse) => void;

export const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

/** An HTTP API on 127.0.0.1 answering by `METHOD /path` from `routes`, recording every request. */
export function loopbackApi(routes: Record<string, Handler>) {
  const received: ReceivedRequest[] = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const url = new URL(req.url ?? '/', 'http://loopback');
    let json: unknown;
    try {
      json = body ? JSON.parse(body) : undefined;
    } catch {
      json = undefined;
    }
    const request = { method: req.method ?? '', path: url.pathname, query: url.searchParams, headers: req.headers, body, json };
    received.push(request);
    const route = routes[`${request.method} ${request.path}`];
    if (route) route(request, res);
    else sendJson(res, 404, { error: 'Not Found' });
  });
  return {
    routes,
    received,
    async start(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    async stop() {
      server.closeAllConnections();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
