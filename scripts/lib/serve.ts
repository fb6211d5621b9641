import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** Serves a built site on a free localhost port, with the site's own 404 page, as a static host would. */
export async function serveDir(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const assets = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = sirv(dir, { dev: false });
  const server: Server = createServer((req, res) =>
    assets(req, res, () => {
      res.statusCode = 404;
      req.url = '/404.html';
      notFound(req, res, () => {
        res.end('not found');
      });
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
