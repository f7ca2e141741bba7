// A development server: the built page from ../internal/web/dist and the
// API answered from fixture.json (or, with --events N, from N generated
// events for timing the page at scale). Not used by tests against the real
// server; run `node build.mjs` first.
//   node dev/serve.mjs [--port 8099] [--events 10000]
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { synthetic } from './synthetic.mjs';

const arg = (k, d) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const port = +arg('--port', 8099);
const nEvents = +arg('--events', 0);
const root = new URL('../../internal/web/dist/', import.meta.url).pathname;
const fx = JSON.parse(readFileSync(new URL('fixture.json', import.meta.url), 'utf8'));
const all = nEvents ? synthetic(nEvents) : fx.conflict.events;
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

function send(res, req, status, type, body) {
  const gz = /gzip/.test(req.headers['accept-encoding'] || '');
  const b = gz ? gzipSync(body) : Buffer.from(body);
  res.writeHead(status, { 'Content-Type': type, ...(gz ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': b.length });
  res.end(b);
}

createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname === '/api/conflicts') return send(res, req, 200, 'application/json', JSON.stringify(nEvents ? [] : fx.conflicts));
  if (u.pathname.startsWith('/api/conflicts/')) return send(res, req, 200, 'application/json', JSON.stringify(fx.conflict));
  if (u.pathname === '/api/events') {
    const limit = +(u.searchParams.get('limit') || 50);
    if (!(limit >= 1 && limit <= 1000)) return send(res, req, 400, 'application/json', JSON.stringify({ error: { status: 400, message: 'limit: want 1 to 1000' } }));
    const from = +(u.searchParams.get('cursor') || 0);
    const page = all.slice(from, from + limit);
    return send(res, req, 200, 'application/json', JSON.stringify({ events: page, next_cursor: from + limit < all.length ? String(from + limit) : '' }));
  }
  const p = join(root, u.pathname === '/' ? 'index.html' : u.pathname);
  if (!p.startsWith(root) || !existsSync(p)) return send(res, req, 404, 'text/plain', 'not found');
  send(res, req, 200, types[extname(p)] || 'application/octet-stream', readFileSync(p));
}).listen(port, '127.0.0.1', () => console.log(`http://127.0.0.1:${port}/`));
