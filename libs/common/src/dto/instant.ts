import { applyDecorators } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';

/** An ISO 8601 instant that carries its offset (`2026-12-06T10:00:00+05:00`): a bare local time would be ambiguous. */
export function IsInstant(): PropertyDecorator {
  return applyDecorators(IsISO8601({ strict: true, strictSeparator: true }), Matches(/(Z|[+-]\d{2}:?\d{2})$/));
}
