import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  column?: string;
}

/** `Key (email)=(a@b.kz) already exists.` → `email`; `Key (event_id, person_id)=...` → `eventId,personId`. */
function fieldFromDetail(detail: string | undefined): string | undefined {
  const match = detail?.match(/^Key \(([^)]+)\)=/);
  if (!match) {
    return undefined;
  }
  return match[1]
    .split(',')
    .map((column) =>
      column
        .trim()
        .replace(/^lower\((.*)\)$/, '$1')
        .replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()),
    )
    .join(',');
}

/**
 * Maps PostgreSQL's constraint failures to client errors: a request that breaks a
 * unique, foreign-key or check constraint is the client's mistake, never a 500.
 * Returns undefined for failures that are the server's problem.
 */
export function fromDatabaseError(error: unknown): AppError | undefined {
  if (!(error instanceof QueryFailedError)) {
    return undefined;
  }
  const pg = error.driverError as PgError;
  const field = fieldFromDetail(pg.detail) ?? pg.column;
  const issues = field ? [{ field, code: pg.constraint ?? 'constraint' }] : [];
  switch (pg.code) {
    case '23505': // unique_violation
      return new AppError('ALREADY_EXISTS', {}, issues);
    case '23503': // foreign_key_violation
      return new AppError('REFERENCE_NOT_FOUND', {}, issues);
    case '23514': // check_violation
    case '23502': // not_null_violation
    case '23P01': // exclusion_violation
      return new AppError('CONSTRAINT_VIOLATION', {}, issues);
    case '22P02': // invalid_text_representation (a malformed uuid, say)
    case '22007': // invalid_datetime_format
    case '22008': // datetime_field_overflow
    case '22003': // numeric_value_out_of_range
    case '22001': // string_data_right_truncation
    case '22021': // character_not_in_repertoire (a NUL byte in text)
    case '22P05': // untranslatable_character
      return new AppError('VALIDATION_FAILED', {}, issues);
    case '40001': // serialization_failure
    case '40P01': // deadlock_detected
    case '55P03': // lock_not_available
      return new AppError('CONFLICT');
    default:
      return undefined;
  }
}

/** Seconds a client waits before it tries again while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Node's and PostgreSQL's codes for a server that is gone, restarting, or refusing connections. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '08000', // connection_exception
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|is not currently accepting connections|the database system is (starting up|shutting down|in recovery mode)|Client has encountered a connection error/i;

/**
 * Whether a failure means the database cannot be reached right now (down, restarting, failing over): the
 * request is then answered 503 with Retry-After, never as a sign-out (401) or a crash (500).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const candidate = e as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && UNAVAILABLE_CODES.has(candidate.code)) {
      return true;
    }
    if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGE.test(candidate.message)) {
      return true;
    }
    e = candidate.driverError ?? candidate.cause;
  }
  return false;
}

export function databaseUnavailable(): AppError {
  return new AppError('DATABASE_UNAVAILABLE', {}, [], { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) });
}
