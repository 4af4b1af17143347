import { ERROR_STATUS, type ErrorCode } from '@app/contracts';
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
  /** From ERROR_STATUS, except for a framework's error carried over with its own status (`withStatus`). */
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    readonly fieldIssues: FieldIssue[] = [],
    readonly headers: Record<string, string> = {},
    /** Words the message with another code's text while clients still see `code`. */
    readonly messageCode?: ErrorCode,
    statusCode?: number,
  ) {
    super(code);
    this.name = 'AppError';
    this.statusCode = statusCode ?? ERROR_STATUS[code];
  }

  /** A framework's or the runtime's error, answered with the status it came with. */
  static withStatus(code: ErrorCode, statusCode: number, params: MessageParams = {}): AppError {
    return new AppError(code, params, [], {}, undefined, statusCode);
  }

  static validation(fieldIssues: FieldIssue[]): AppError {
    return new AppError('VALIDATION_FAILED', {}, fieldIssues);
  }

  static notFound(): AppError {
    return new AppError('NOT_FOUND');
  }

  static forbidden(): AppError {
    return new AppError('FORBIDDEN');
  }

  static unauthorized(code: 'AUTH_REQUIRED' | 'INVALID_CREDENTIALS' | 'TOKEN_INVALID' = 'AUTH_REQUIRED'): AppError {
    return new AppError(code);
  }

  static versionMismatch(): AppError {
    return new AppError('VERSION_MISMATCH');
  }
}
