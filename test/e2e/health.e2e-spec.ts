import { request as httpRequest } from 'node:http';
import { brotliDecompressSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/test-app';
import { HealthService } from '../../apps/api/src/platform/health/health.service';

describe('health, OpenAPI and headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers liveness and readiness at the root and under /api/v1', async () => {
    for (const path of ['/health', '/api/v1/health']) {
      const live = await t.client.get(path);
      expect(live.status).toBe(200);
      expect(live.body).toEqual({ status: 'ok' });
    }
    for (const path of ['/health/ready', '/api/v1/health/ready']) {
      const ready = await t.client.get(path);
      expect(ready.status).toBe(200);
      expect(ready.body).toEqual({ status: 'ok', database: 'ok', pendingMigrations: false });
    }
  });

  it('builds the OpenAPI document when first asked for, and gives the UI the same one as /api/docs-json', async () => {
    // The UI's init script first: it must not depend on /api/docs-json having been read before.
    const init = await t.client.get('/api/docs/swagger-ui-init.js');
    expect(init.status).toBe(200);
    const options = JSON.parse(/let options = (\{[\s\S]*?\n\});/.exec(init.text)![1]);
    expect(Object.keys(options.swaggerDoc.paths)).toContain('/api/v1/auth/login');
    const doc = await t.client.get('/api/docs-json');
    expect(options.swaggerDoc).toEqual(doc.body);
    expect((await t.client.get('/api/docs-json')).text).toBe(doc.text);
  });

  it('describes the routes in an OpenAPI 3 document', async () => {
    const doc = await t.client.get('/api/docs-json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/health',
        '/health/ready',
        '/api/v1/auth/login',
        '/api/v1/auth/me',
        '/api/v1/auth/logout',
        '/api/v1/users',
        '/api/v1/users/{id}',
      ]),
    );
    expect(doc.body.paths['/api/v1/auth/login'].post).toBeDefined();
    expect(doc.body.components.schemas.LoginDto.required).toEqual(expect.arrayContaining(['email', 'password']));
    // OpenAPI forbids two templated paths that differ only in parameter names.
    const shapes = Object.keys(doc.body.paths).map((path) => path.replace(/\{[^}]+\}/g, '{}'));
    expect(new Set(shapes).size).toBe(shapes.length);
    const ui = await t.client.get('/api/docs');
    expect(ui.status).toBe(200);
    expect(ui.text).toContain('swagger');
  });

  it('sends security headers and a request id', async () => {
    const result = await t.client.get('/health');
    expect(result.headers.get('x-content-type-options')).toBe('nosniff');
    expect(result.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(result.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(result.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('asks for https (upgrade-insecure-requests, HSTS) only of answers that went over TLS', async () => {
    const tlsHeaders = (result: { headers: Headers }) => ({
      upgrade: result.headers.get('content-security-policy')?.includes('upgrade-insecure-requests') ?? false,
      hsts: result.headers.get('strict-transport-security'),
      coop: result.headers.get('cross-origin-opener-policy'),
    });
    // Plain HTTP, as a phone on the venue's network reaches the server: upgrading would break every asset.
    expect(tlsHeaders(await t.client.get('/health'))).toEqual({ upgrade: false, hsts: null, coop: null });
    // Without TRUST_PROXY anyone can send X-Forwarded-Proto: it is not believed.
    const forged = await t.client.get('/health', { headers: { 'x-forwarded-proto': 'https' } });
    expect(tlsHeaders(forged)).toEqual({ upgrade: false, hsts: null, coop: null });

    const proxied = await startTestApp({ TRUST_PROXY: 'true' });
    try {
      const overTls = await proxied.client.get('/health', { headers: { 'x-forwarded-proto': 'https' } });
      expect(tlsHeaders(overTls)).toEqual({
        upgrade: true,
        hsts: expect.stringContaining('max-age='),
        coop: 'same-origin',
      });
      expect(tlsHeaders(await proxied.client.get('/health'))).toEqual({ upgrade: false, hsts: null, coop: null });
    } finally {
      await proxied.close();
    }

    const published = await startTestApp({ PUBLIC_URL: 'https://forum.example.kz' });
    try {
      expect(tlsHeaders(await published.client.get('/health'))).toEqual({
        upgrade: true,
        hsts: expect.stringContaining('max-age='),
        coop: 'same-origin',
      });
    } finally {
      await published.close();
    }
  });

  it('compresses large bodies for clients that accept it, and only for them', async () => {
    const raw = (encoding?: string) =>
      new Promise<{ encoding?: string; length?: string; body: Buffer }>((resolve, reject) => {
        const request = httpRequest(`${t.client.baseUrl}/api/docs-json`, {
          headers: encoding ? { 'accept-encoding': encoding } : {},
        });
        request.on('response', (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              encoding: response.headers['content-encoding'],
              length: response.headers['content-length'],
              body: Buffer.concat(chunks),
            }),
          );
        });
        request.on('error', reject);
        request.end();
      });
    const plain = await raw();
    expect(plain.encoding).toBeUndefined();
    const brotli = await raw('br, gzip');
    expect(brotli.encoding).toBe('br');
    expect(brotli.body.length).toBeLessThan(plain.body.length / 3);
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    // The document (~80 KB) is compressed in one call, not streamed through a brotli context of its
    // own: only then is the compressed length known up front.
    expect(plain.body.length).toBeGreaterThan(64 * 1024);
    expect(brotli.length).toBe(String(brotli.body.length));
    expect((await raw('gzip')).encoding).toBe('gzip');
  });
});

describe('a draining instance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('says it is not ready and closes the connections of its answers once SIGTERM starts the drain', async () => {
    const before = await t.client.get('/health/ready');
    expect(before.status).toBe(200);
    expect(before.headers.get('connection')).not.toBe('close');
    t.app.get(HealthService).startDraining();
    const after = await t.client.get('/health/ready');
    expect(after.status).toBe(503);
    expect(after.body).toEqual({ status: 'draining', draining: true });
    expect(after.headers.get('connection')).toBe('close');
    // Requests under way and those that still come are answered.
    expect((await t.client.get('/health')).status).toBe(200);
  });
});
