/** Stable error codes of the API; clients switch on these, never on messages. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'AUTH_REQUIRED',
  'INVALID_CREDENTIALS',
  'TOKEN_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'ALREADY_EXISTS',
  'CONFLICT',
  'VERSION_MISMATCH',
  'REFERENCE_NOT_FOUND',
  'CONSTRAINT_VIOLATION',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'TOO_MANY_LOGIN_ATTEMPTS',
  'IMPORT_UNREADABLE',
  'ROOM_CONFLICT',
  'SPEAKER_CONFLICT',
  'SPEAKER_CONFLICT_PRIVATE',
  'OUTSIDE_EVENT',
  'INVALID_PARENT',
  'EVENT_CANCELLED',
  'INVALID_STATUS_CHANGE',
  'REGISTRATION_CLOSED',
  'ALREADY_REGISTERED',
  'BADGE_UNKNOWN',
  'NOT_ADMITTED',
  'NO_PERSON_RECORD',
  'SIGNUP_NOT_OPEN',
  'SIGNUP_CONFLICT',
  'RESOLUTION_ADOPTED',
  'NOT_AMENDABLE',
  'NO_QUORUM',
  'NOT_ADOPTED',
  'VOTES_EXCEED_PRESENT',
  'USER_NOT_FOUND',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

/** The contract's error body. */
export interface ErrorResponse {
  statusCode: number;
  code: string;
  message: string;
  errors?: FieldError[];
  /** Present on 5xx: quote it to support; the log has the details. */
  correlationId?: string;
}
