/**
 * An HTTP proxy that records every request the browser sends to the network,
 * from any page, frame, extension page or service worker (Playwright's
 * request events miss the service worker's). Chromium is pointed at it with
 * --proxy-server and `<-loopback>` (so requests to 127.0.0.1 go through it
 * too). Requests to the allowed origins are passed on; everything else is
 * recorded and refused, HTTPS tunnels included.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoggingProxy {
  /** Every request seen: a URL, or `CONNECT host:port` for a tunnel. */
  seen: string[];
  /** Chromium flags that send all its traffic through the proxy. */
  args: string[];
  close(): Promise<void>;
}

export async function startLoggingProxy(allowedOrigins: () => string[]): Promise<LoggingProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const url = req.url ?? '';
    seen.push(url);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!allowedOrigins().includes(target.origin)) {
      res.writeHead(403).end();
      return;
    }
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    seen,
    args: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'],
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
