import type { ErrorCode } from '@app/contracts';
import type { MessageParams } from '../i18n/messages';

/** A field problem before localisation: the constraint name and its parameters. */
export interface FieldIssue {
  field: string;
  code: string;
  params?: MessageParams;
}

/**
 * An expected failure with a stable code. Services throw these; the global filter
 * turns them into the contract's error body in the request's language.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly statusCode: number,
    readonly params: MessageParams = {},
    readonly fieldIssues: FieldIssue[] = [],
    readonly headers: Record<string, string> = {},
    /** Words the message with another code's text while clients still see `code`. */
    readonly messageCode?: ErrorCode,
  ) {
    super(code);
    this.name = 'AppError';
  }

  static validation(fieldIssues: FieldIssue[]): AppError {
    return new AppError('VALIDATION_FAILED', 400, {}, fieldIssues);
  }

  static notFound(): AppError {
    return new AppError('NOT_FOUND', 404);
  }

  static forbidden(): AppError {
    return new AppError('FORBIDDEN', 403);
  }

  static unauthorized(code: 'AUTH_REQUIRED' | 'INVALID_CREDENTIALS' | 'TOKEN_INVALID' = 'AUTH_REQUIRED'): AppError {
    return new AppError(code, 401);
  }

  static versionMismatch(): AppError {
    return new AppError('VERSION_MISMATCH', 409);
  }
}
