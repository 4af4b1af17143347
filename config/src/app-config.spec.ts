import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      embeddedPgPort: 0,
      auth: { loginMaxAttemptsPerAccount: 10, loginWindowSeconds: 60 },
      demoData: true,
      trustProxy: false,
    });
    expect(config.dataDir).toMatch(/\/var$/);
  });

  it('parses numbers and booleans, and treats empty values as unset', () => {
    const config = loadConfig({ PORT: '8080', DEMO_DATA: 'false', TRUST_PROXY: '1', DATABASE_URL: '' });
    expect(config.port).toBe(8080);
    expect(config.demoData).toBe(false);
    expect(config.trustProxy).toBe(true);
    expect(config.databaseUrl).toBeUndefined();
  });

  it('refuses invalid values, naming each', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('needs the admin e-mail and password together', () => {
    expect(() => loadConfig({ ADMIN_EMAIL: 'a@b.kz' })).toThrow(/together/);
    expect(loadConfig({ ADMIN_EMAIL: 'A@B.kz', ADMIN_PASSWORD: 'long-enough' }).admin).toEqual({
      email: 'a@b.kz',
      password: 'long-enough',
    });
  });
});
