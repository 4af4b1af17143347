import { startBanner } from './start-banner';

describe('start-up banner', () => {
  it('says where to open the app, from the network too, whom to sign in as, where the data is', () => {
    const banner = startBanner({
      port: 3000,
      host: '0.0.0.0',
      admins: ['admin@example.kz'],
      data: { embedded: true, dir: '/srv/akim/var/postgres' },
      lanAddresses: ['192.168.1.20'],
    });
    expect(banner).toContain('http://localhost:3000\n');
    expect(banner).toContain('http://192.168.1.20:3000');
    expect(banner).toContain('http://localhost:3000/login as admin@example.kz');
    expect(banner).toContain('/srv/akim/var/postgres (embedded PostgreSQL)');
    expect(banner.split('\n').length).toBeLessThanOrEqual(10);
  });

  it('tells how to create the admin when there is none, and never prints a database password', () => {
    const banner = startBanner({
      port: 8080,
      host: '127.0.0.1',
      admins: [],
      data: { embedded: false, url: 'postgres://akim:s3cret@db.local:5432/akim_forum' },
      lanAddresses: ['192.168.1.20'],
    });
    expect(banner).toContain('ADMIN_EMAIL=you@example.kz ADMIN_PASSWORD=');
    expect(banner).not.toContain('s3cret');
    expect(banner).toContain('postgres://akim:***@db.local:5432/akim_forum');
    // Listening on loopback only: a phone could not reach it, so no network address is offered.
    expect(banner).not.toContain('192.168.1.20');
  });
});
