import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { isAbsolute, resolve } from 'node:path';
import { EnvSchema } from './env.schema';

export interface AppConfig {
  nodeEnv: EnvSchema['NODE_ENV'];
  port: number;
  host: string;
  /** Set when an external PostgreSQL server is used; otherwise the embedded one is started. */
  databaseUrl?: string;
  /** A streaming replica for lag-tolerant reads (see DATABASE_REPLICA_URL). */
  databaseReplica: { url?: string; maxLagMs: number };
  dataDir: string;
  /** The built web app's folder. */
  webDir: string;
  embeddedPgPort: number;
  dbPoolSize: number;
  /** On SIGTERM: how long the instance says it is draining before it stops taking requests. */
  shutdownDrainMs: number;
  admin?: { email: string; password: string };
  auth: {
    tokenTtlHours: number;
    loginMaxAttemptsPerAccount: number;
    loginMaxAttemptsPerIp: number;
    loginWindowSeconds: number;
  };
  logLevel: EnvSchema['LOG_LEVEL'];
  trustProxy: boolean;
  demoData: boolean;
  publicUrl: string;
  /** Materials: files under DATA_DIR/files, each at most maxBytes. */
  materials: { maxBytes: number };
  mail: {
    smtpUrl?: string;
    from: string;
    pollMs: number;
    maxAttempts: number;
    digestQuietSeconds: number;
    reminderHour: number;
    /** Days before a control point's deadline when its responsible person is reminded. */
    controlReminderDays: number;
  };
  webhooks: { pollMs: number; maxAttempts: number; retryBaseMs: number; timeoutMs: number };
}

export class ConfigError extends Error {}

/** Injection token of the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Validates the environment once; the only place that reads process.env.
 * Empty strings count as unset so that `FOO=` in a .env file means "default".
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') {
      raw[key] = value;
    }
  }
  const parsed = plainToInstance(EnvSchema, raw, { exposeDefaultValues: true });
  const errors = validateSync(parsed, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if ((parsed.ADMIN_EMAIL === undefined) !== (parsed.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('Invalid configuration:\n  ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  return {
    nodeEnv: parsed.NODE_ENV,
    port: parsed.PORT,
    host: parsed.HOST,
    databaseUrl: parsed.DATABASE_URL,
    databaseReplica: { url: parsed.DATABASE_REPLICA_URL, maxLagMs: parsed.DATABASE_REPLICA_MAX_LAG_MS },
    dataDir: isAbsolute(parsed.DATA_DIR) ? parsed.DATA_DIR : resolve(process.cwd(), parsed.DATA_DIR),
    webDir: isAbsolute(parsed.WEB_DIR) ? parsed.WEB_DIR : resolve(process.cwd(), parsed.WEB_DIR),
    embeddedPgPort: parsed.EMBEDDED_PG_PORT,
    dbPoolSize: parsed.DB_POOL_SIZE,
    shutdownDrainMs: parsed.SHUTDOWN_DRAIN_MS,
    admin:
      parsed.ADMIN_EMAIL && parsed.ADMIN_PASSWORD
        ? { email: parsed.ADMIN_EMAIL.toLowerCase(), password: parsed.ADMIN_PASSWORD }
        : undefined,
    auth: {
      tokenTtlHours: parsed.AUTH_TOKEN_TTL_HOURS,
      loginMaxAttemptsPerAccount: parsed.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT,
      loginMaxAttemptsPerIp: parsed.LOGIN_MAX_ATTEMPTS_PER_IP,
      loginWindowSeconds: parsed.LOGIN_WINDOW_SECONDS,
    },
    logLevel: parsed.LOG_LEVEL,
    trustProxy: parsed.TRUST_PROXY,
    demoData: parsed.DEMO_DATA,
    publicUrl: parsed.PUBLIC_URL.replace(/\/+$/, ''),
    materials: { maxBytes: parsed.MATERIALS_MAX_MB * 1024 * 1024 },
    mail: {
      smtpUrl: parsed.SMTP_URL,
      from: parsed.MAIL_FROM,
      pollMs: parsed.MAIL_POLL_MS,
      maxAttempts: parsed.MAIL_MAX_ATTEMPTS,
      digestQuietSeconds: parsed.MAIL_DIGEST_QUIET_SECONDS,
      reminderHour: parsed.MAIL_REMINDER_HOUR,
      controlReminderDays: parsed.CONTROL_REMINDER_DAYS,
    },
    webhooks: {
      pollMs: parsed.WEBHOOK_POLL_MS,
      maxAttempts: parsed.WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: parsed.WEBHOOK_RETRY_BASE_MS,
      timeoutMs: parsed.WEBHOOK_TIMEOUT_MS,
    },
  };
}
