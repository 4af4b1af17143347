import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@app/config';
import { createApp } from '../../apps/api/src/app.factory';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from './test-database';

export const ADMIN = { email: 'admin@test.kz', password: 'admin-password-1' };

export interface HttpResult<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  body?: unknown;
  rawBody?: string;
  token?: string;
  headers?: Record<string, string>;
}

export class TestClient {
  constructor(readonly baseUrl: string) {}

  async request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) {
      headers.authorization = `Bearer ${options.token}`;
    }
    let body: string | undefined;
    if (options.rawBody !== undefined) {
      body = options.rawBody;
      headers['content-type'] ??= 'application/json';
    } else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    if (response.headers.get('content-type')?.includes('json') && text) {
      parsed = JSON.parse(text);
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  get<T = any>(path: string, options?: RequestOptions): Promise<HttpResult<T>> {
    return this.request<T>('GET', path, options);
  }

  post<T = any>(path: string, body?: unknown, options: RequestOptions = {}): Promise<HttpResult<T>> {
    return this.request<T>('POST', path, { ...options, body });
  }

  put<T = any>(path: string, body?: unknown, options: RequestOptions = {}): Promise<HttpResult<T>> {
    return this.request<T>('PUT', path, { ...options, body });
  }

  patch<T = any>(path: string, body?: unknown, options: RequestOptions = {}): Promise<HttpResult<T>> {
    return this.request<T>('PATCH', path, { ...options, body });
  }

  delete<T = any>(path: string, options?: RequestOptions): Promise<HttpResult<T>> {
    return this.request<T>('DELETE', path, options);
  }

  async login(email: string, password: string): Promise<string> {
    const result = await this.post('/api/v1/auth/login', { email, password });
    if (result.status !== 200) {
      throw new Error(`login of ${email} failed: ${result.status} ${result.text}`);
    }
    return result.body.accessToken as string;
  }
}

export interface TestApp {
  app: NestFastifyApplication;
  client: TestClient;
  databaseUrl: string;
  adminToken: () => Promise<string>;
  close: () => Promise<void>;
}

/**
 * The real application on its own fresh database (a clone of the migrated template),
 * listening on a random loopback port. Tests talk to it over HTTP.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  database?: { url: string; drop: () => Promise<void> },
  /** Where to listen and the address the client uses (default: loopback). */
  network: { host: string; address: string } = { host: '127.0.0.1', address: '127.0.0.1' },
): Promise<TestApp> {
  const db = database ?? (await createTestDatabase());
  // Files the app keeps (materials) go to a folder of this app's own, removed when it closes.
  const dataDir = env.DATA_DIR ? undefined : mkdtempSync(join(tmpdir(), 'akim-test-data-'));
  const config = loadConfig({
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    DATABASE_URL: db.url,
    DB_POOL_SIZE: '4',
    DEMO_DATA: 'false',
    // The mail worker runs only in the tests about mail.
    MAIL_POLL_MS: '0',
    WEBHOOK_POLL_MS: '0',
    ...env,
  });
  const app = await createApp(config, db.url);
  await app.listen({ port: 0, host: network.host });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const client = new TestClient(`http://${network.address}:${port}`);
  let adminToken: string | undefined;
  return {
    app,
    client,
    databaseUrl: db.url,
    adminToken: async () => (adminToken ??= await client.login(ADMIN.email, ADMIN.password)),
    close: async () => {
      await app.close();
      await db.drop();
      if (dataDir) {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
