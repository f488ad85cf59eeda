import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** Everything a hostile feed server can answer, per path; `base` is filled in once it listens. */
export type Route = (req: IncomingMessage, res: ServerResponse, base: string) => void;

const rss = (items: string) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Hostile</title><link>https://hostile.example.org/</link>${items}</channel></rss>`;

/** A page a good item links to: a real release, so the poller has something to ingest. */
export const releasePage = (marker: string) => `<!doctype html><html lang="en"><head><title>Statement on river cooperation ${marker}</title></head><body>
<article><h1>Statement on river cooperation ${marker}</h1><p>5 September 2017</p>
<p>The ministry welcomes the signing of the river basin cooperation agreement, reference ${marker}, by the riparian states.</p>
<p>The agreement provides for joint monitoring of water quality and the exchange of hydrological data between the parties.</p></article></body></html>`;

/**
 * The hostile feeds and the well-behaved one, on one loopback server reused by every case.
 * `requests` records each path asked for, to prove a blocked target was never contacted.
 */
export async function hostileFeedServer(marker: string) {
  const requests: string[] = [];
  const lol = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>${rss(`<item><title>&lol9;</title><link>https://hostile.example.org/lol</link><description>&lol9;</description></item>`)}`;
  const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${rss(`<item><title>&xxe;</title><link>https://hostile.example.org/xxe</link><description>&xxe;</description></item>`)}`;
  const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));

  const routes: Record<string, Route> = {
    '/robots.txt': (_q, res) => res.end('User-agent: *\nDisallow: /private/\n'),
    '/good.xml': (_q, res, base) =>
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(`<item><title>Good</title><link>${base}/page/good.html</link><guid>${marker}-good</guid><description>Summary.</description></item>`)),
    '/page/good.html': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(releasePage(marker)),
    '/malformed.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss version="2.0"><channel><title>Broken<item><title>unclosed'),
    '/not-a-feed.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<html><body>This is a web page, not a feed.</body></html>'),
    '/empty.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(''),
    '/binary.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256))),
    '/lol.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(lol),
    '/xxe.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(xxe),
    '/gzip-bomb.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(bomb),
    '/huge.xml': (_q, res) => res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(200 * 1024 * 1024) }).end(),
    '/endless.xml': (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
    '/slow.xml': (_q, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write(' ')), 200);
      res.on('close', () => clearInterval(timer));
    },
    '/to-metadata.xml': (_q, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/to-private.xml': (_q, res) => res.writeHead(302, { location: 'http://10.0.0.1/feed.xml' }).end(),
    '/to-ipv6-loopback.xml': (_q, res, base) => res.writeHead(302, { location: `http://[::1]:${new URL(base).port}/good.xml` }).end(),
    '/to-localhost.xml': (_q, res, base) => res.writeHead(302, { location: `http://localhost:${new URL(base).port}/good.xml` }).end(),
    '/to-file.xml': (_q, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/to-gopher.xml': (_q, res) => res.writeHead(302, { location: 'gopher://127.0.0.1:70/_' }).end(),
    '/loop.xml': (_q, res) => res.writeHead(302, { location: '/loop.xml' }).end(),
    '/private/feed.xml': (_q, res, base) => routes['/good.xml'](_q, res, base),
    '/status-500.xml': (_q, res) => res.writeHead(500).end('oops'),
  };

  let base = '';
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const route = routes[(req.url ?? '').split('?')[0]];
    if (route) return route(req, res, base);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
