import { networkInterfaces } from 'node:os';

export interface BannerFacts {
  port: number;
  /** The address the server listens on (HOST). */
  host: string;
  /** Active admin accounts (a few). */
  admins: string[];
  /** Where the data is: the embedded server's folder, or the host of DATABASE_URL. */
  data: { embedded: true; dir: string } | { embedded: false; url: string };
  /** This machine's IPv4 addresses other than loopback (phones on the venue's network use them). */
  lanAddresses?: string[];
}

export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry!.address);
}

/** The database URL without its password, for people to read. */
function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) {
      parsed.password = '***';
    }
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

/**
 * What the person at the terminal needs after `npm start`, in a few lines: where to open the app
 * (here and from phones on the same network), whom to sign in as or how to create the admin,
 * where the data is, and how to stop. The JSON logs (LOG_LEVEL) carry the rest.
 */
export function startBanner(facts: BannerFacts): string {
  const local = `http://localhost:${facts.port}`;
  const listensEverywhere = facts.host === '0.0.0.0' || facts.host === '::';
  const network = listensEverywhere ? (facts.lanAddresses ?? lanAddresses()) : [];
  const lines = ['Akim Forum is ready.', `  Open:      ${local}`];
  for (const address of network) {
    lines.push(`  Network:   http://${address}:${facts.port}  (phones and tablets on the same network)`);
  }
  if (facts.admins.length > 0) {
    lines.push(`  Sign in:   ${local}/login as ${facts.admins.join(' or ')}`);
  } else {
    lines.push(
      '  Sign in:   no admin account yet. Stop, then start once with',
      '             ADMIN_EMAIL=you@example.kz ADMIN_PASSWORD=<8 or more characters> npm start',
    );
  }
  lines.push(
    facts.data.embedded
      ? `  Data:      ${facts.data.dir} (embedded PostgreSQL)`
      : `  Data:      ${withoutPassword(facts.data.url)}`,
    '  Stop:      Ctrl-C',
  );
  return `${lines.join('\n')}\n`;
}
