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
