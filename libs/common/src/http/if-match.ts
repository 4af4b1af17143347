import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error';

/** Reads `If-Match: 3`, `"3"` or `W/"3"` as a version number; undefined when absent. */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined || header === '' || header === '*') {
    return undefined;
  }
  const raw = Array.isArray(header) ? header[0] : header;
  const match = raw.trim().match(/^(?:W\/)?"?(\d{1,9})"?$/);
  if (!match) {
    throw AppError.validation([{ field: 'If-Match', code: 'isInt' }]);
  }
  return Number(match[1]);
}

/** The version a PATCH expects, from If-Match (optimistic locking). */
export const IfMatchVersion = createParamDecorator((_: unknown, context: ExecutionContext): number | undefined =>
  parseIfMatch(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']),
);

/** Whether If-None-Match names this entity tag (compared weakly, as for GET); `*` matches any. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return !!header && header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
