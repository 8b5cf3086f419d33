/** The browser test transport: the contract over loopback HTTP, to the same dispatcher as Electron's IPC. */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../preload/contract/csp';
import { MAX_FILE_BASE64_CHARS, MAX_FILE_BYTES } from '../../preload/contract/schemas/fields';
import { startHarness } from '../../main/serve/server';
import { makeTempDir, openTempDatabase, type TempDatabase } from '../support/tempDatabase';

let temp: TempDatabase;
let harness: Awaited<ReturnType<typeof startHarness>>;
let rendererDir: string;

beforeEach(async () => {
  temp = await openTempDatabase();
  rendererDir = makeTempDir('renderer ');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Kooperator</title>');
  harness = await startHarness({ context: temp.runtime, rendererDir });
});
afterEach(async () => {
  await harness.close();
  await temp.cleanup();
  fs.rmSync(rendererDir, { recursive: true, force: true });
});

function post(channel: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${harness.url}api/${channel}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
}

/** A raw request, so the Host header can be forged (fetch does not allow it). */
function rawGet(pathname: string, host: string): Promise<number> {
  const { port } = new URL(harness.url);
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: pathname, headers: { host } }, (res) => resolve(res.statusCode ?? 0)).on('error', reject);
  });
}

describe('browser test harness', () => {
  it('listens on loopback only and serves the renderer', async () => {
    expect(new URL(harness.url).hostname).toBe('127.0.0.1');
    const page = await fetch(harness.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Kooperator</title>');
    expect((await fetch(`${harness.url}..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('answers a broken percent-encoding in the address with 404 and keeps serving', async () => {
    for (const broken of ['%', '%E0%A4%A', 'assets/%zz.js']) expect(await rawGet(`/${broken}`, new URL(harness.url).host)).toBe(404);
    expect((await fetch(harness.url)).status).toBe(200);
  });

  it('carries a file as large as the contract allows (20 MB), which the contract then checks', async () => {
    const bytes = Buffer.alloc(MAX_FILE_BYTES - 3, 'a');
    const body = JSON.stringify({ input: { fileName: 'duży.json', contentBase64: bytes.toString('base64') } });
    expect(body.length).toBeGreaterThan(MAX_FILE_BYTES);
    const answer = await post('exchange.import', body);
    expect(answer.status).toBe(200);
    // Read whole and checked by the exchange file's own rules: not JSON, so nothing is imported.
    const result = (await answer.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(result.error.message).not.toContain('za duże');
  }, 60_000);

  it('carries contract calls and their typed errors', async () => {
    const saved = await (await post('institutions.save', JSON.stringify({ input: { name: 'GOPS w Oksie', type: 'ops' } }))).json();
    expect(saved).toMatchObject({ ok: true, value: { name: 'GOPS w Oksie', sector: 'social_assistance' } });

    const invalid = await (await post('institutions.save', JSON.stringify({ input: { name: '', type: 'ops' } }))).json();
    expect(invalid).toEqual({ ok: false, error: { code: 'validation', message: 'Popraw zaznaczone pole.', fieldErrors: { name: 'Pole „Nazwa” jest wymagane' } } });
    expect(await temp.runtime.db('institutions').count({ n: '*' })).toEqual([{ n: 1 }]);
  });

  it('rejects malformed bodies, other methods and requests for another host', async () => {
    const malformed = await post('institutions.list', '{"input": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ ok: false, error: { code: 'validation', message: 'Treść żądania nie jest poprawnym JSON-em' } });
    expect((await fetch(`${harness.url}api/institutions.list`)).status).toBe(405);
    const huge = await post('imports.preview', JSON.stringify({ input: { contentBase64: 'A'.repeat(MAX_FILE_BASE64_CHARS + 1024 * 1024) } }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ ok: false, error: { code: 'validation', message: 'Żądanie jest za duże (plik może mieć najwyżej 20 MB)' } });
    expect(await rawGet('/', 'evil.example:80')).toBe(403);
    expect((await post('institutions.list', '{}', { origin: 'http://evil.example' })).status).toBe(403);
  });
});
