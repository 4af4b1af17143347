import { ParseUUIDPipe } from '@nestjs/common';
import { AppError } from '../errors/app-error';

/** Parses a UUID path parameter; anything else is a 400 VALIDATION_FAILED naming the parameter. */
export function ParseUuid(field = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => AppError.validation([{ field, code: 'isUuid' }]) });
}
