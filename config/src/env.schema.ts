import { Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
} from 'class-validator';

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
const toBool = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') {
    return value;
  }
  const v = value.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) {
    return true;
  }
  if (['0', 'false', 'no', 'off'].includes(v)) {
    return false;
  }
  return value;
};

/** Every environment variable the app reads. Defaults live here and in README's table. */
export class EnvSchema {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** A PostgreSQL URL. Unset: an embedded PostgreSQL server is started under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  /**
   * A streaming replica of DATABASE_URL's server: public pages and agendas read by anonymous visitors go to it
   * while it is at most DATABASE_REPLICA_MAX_LAG_MS behind; everything else goes to the primary.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_REPLICA_URL must be a postgres:// URL' })
  DATABASE_REPLICA_URL?: string;

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(600_000)
  DATABASE_REPLICA_MAX_LAG_MS = 10_000;

  @IsString()
  DATA_DIR = './var';

  /** The built web app (vite build output) that the server serves at /my, /check-in, /board, ... */
  @IsString()
  WEB_DIR = './dist/web';

  /** Port of the embedded server; 0 picks a free one at each start. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  EMBEDDED_PG_PORT = 0;

  @Transform(toInt)
  @IsInt()
  @Min(2)
  @Max(200)
  DB_POOL_SIZE = 10;

  /**
   * On SIGTERM, how long /health/ready answers 503 (and answers close their connections) before the server stops
   * taking requests: long enough for a load balancer's health checks to take the instance out. 0 alone.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60000)
  SHUTDOWN_DRAIN_MS = 0;

  @IsOptional()
  @IsEmail()
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(8)
  ADMIN_PASSWORD?: string;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  AUTH_TOKEN_TTL_HOURS = 12;

  /** Failed logins allowed per account within the window; the next one is refused with 429. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_ATTEMPTS_PER_IP = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_WINDOW_SECONDS = 60;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** Trust X-Forwarded-For from a reverse proxy (for client IPs in rate limits and logs). */
  @Transform(toBool)
  @IsBoolean()
  TRUST_PROXY = false;

  @Transform(toBool)
  @IsBoolean()
  DEMO_DATA = true;

  /** SMTP server for outgoing mail, e.g. smtp://user:pass@host:587. Unset: messages are written as .eml files under DATA_DIR/mail. */
  @IsOptional()
  @Matches(/^smtps?:\/\//, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Akim Forum <no-reply@akim-forum.local>';

  /** How often the mail worker looks for messages to send; 0 switches the worker off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  MAIL_POLL_MS = 2000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_MAX_ATTEMPTS = 8;

  /** An agenda-change notice goes out once the agenda has been quiet this long, so a burst of edits makes one message. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  MAIL_DIGEST_QUIET_SECONDS = 300;

  /** How often the webhook worker looks for due deliveries; 0 switches it off. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  WEBHOOK_POLL_MS = 2000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  WEBHOOK_MAX_ATTEMPTS = 10;

  /** The first retry's wait; each next one doubles it, up to an hour. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  WEBHOOK_RETRY_BASE_MS = 10000;

  /** How long a receiver may take to answer one delivery. */
  @Transform(toInt)
  @IsInt()
  @Min(100)
  WEBHOOK_TIMEOUT_MS = 10000;

  /** Where people reach the app: used in calendar files and e-mails, never taken from request headers. */
  @Matches(/^https?:\/\/[^/]+/, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL = 'http://localhost:3000';

  /** Local hour (in each event's zone) of the day before the event when reminders go out. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(23)
  MAIL_REMINDER_HOUR = 18;

  /** Days before a control point's deadline when its responsible person is reminded (0: on the day itself). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  CONTROL_REMINDER_DAYS = 3;

  /** The largest material (a presentation, a report, a draft) one upload may be, in MB. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10240)
  MATERIALS_MAX_MB = 256;
}

/** The names of every variable in the schema (for docs and deployment checks). */
export function knownEnvNames(): string[] {
  const names = getMetadataStorage()
    .getTargetValidationMetadatas(EnvSchema, '', true, false)
    .map((metadata) => metadata.propertyName);
  return [...new Set(names)].sort();
}
