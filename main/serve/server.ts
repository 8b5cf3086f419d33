/**
 * The browser test transport: serves the built renderer and carries the IPC contract over HTTP
 * (POST /api/<channel>, body {"input": …}, reply: a Result) to the same dispatcher the Electron
 * app uses. Loopback only; it exists so the renderer can be driven in plain Chromium.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../preload/contract/csp';
import { MAX_FILE_BASE64_CHARS } from '../../preload/contract/schemas/fields';
import { dispatch } from '../ipc/dispatch';
import type { ServiceContext } from '../services/context';

const LOOPBACK = '127.0.0.1';
/** The contract's largest file, in base64, with room for the request's other fields. */
const MAX_BODY_BYTES = MAX_FILE_BASE64_CHARS + 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export interface HarnessOptions {
  context: ServiceContext;
  /** Folder with the built renderer (index.html and assets/). */
  rendererDir: string;
  port?: number;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

class TooLarge extends Error {}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit the rest is read and dropped, so the client still gets an answer.
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new TooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/** Only pages served by this harness may call it: a guard against other local pages and DNS rebinding. */
function isOwnRequest(req: http.IncomingMessage, port: number): boolean {
  const allowedHosts = [`${LOOPBACK}:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowedHosts.some((host) => origin === `http://${host}`);
}

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string, context: ServiceContext) {
  if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'validation', message: 'Dozwolona jest tylko metoda POST' } });
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body ? (JSON.parse(body) as { input?: unknown }).input : undefined;
  } catch (error) {
    if (error instanceof TooLarge) return sendJson(res, 413, { ok: false, error: { code: 'validation', message: 'Żądanie jest za duże (plik może mieć najwyżej 20 MB)' } });
    return sendJson(res, 400, { ok: false, error: { code: 'validation', message: 'Treść żądania nie jest poprawnym JSON-em' } });
  }
  sendJson(res, 200, await dispatch(context, channel, input));
}

/** The URL path as a file name, or null when it is not valid percent-encoding ("/%", "/%E0%A4%A"). */
function decodedPath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
}

function serveStatic(res: http.ServerResponse, rendererDir: string, urlPath: string) {
  const relative = decodedPath(urlPath);
  const file = relative === null ? null : path.resolve(rendererDir, `.${relative}`);
  if (file === null || !file.startsWith(path.resolve(rendererDir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Nie znaleziono');
    return;
  }
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    // The same policy as the page's own meta tag, so the harness is no more permissive than the app.
    ...(file.endsWith('.html') ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {}),
  });
  fs.createReadStream(file).pipe(res);
}

export async function startHarness(options: HarnessOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    if (!isOwnRequest(req, port)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Dostęp tylko z tej aplikacji');
      return;
    }
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`);
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url.pathname.slice('/api/'.length), options.context).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Błąd serwera testowego' } });
      });
      return;
    }
    serveStatic(res, options.rendererDir, url.pathname);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${LOOPBACK}:${port}/`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
