import { AppError } from '@app/common';
import type { OpenCursor } from './open-data.model';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// How PostgreSQL prints a timestamptz: `2026-12-07 09:29:04.123456+00`.
const SORT_KEY = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)$/;

/** The opaque `?cursor=`: the last row's sort key and id(s), base64url of a JSON array. */
export function encodeCursor(cursor: OpenCursor): string {
  const parts = cursor.id2 === undefined ? [cursor.key, cursor.id] : [cursor.key, cursor.id, cursor.id2];
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** Reads a cursor this API made; anything else is a 400 on `cursor`. */
export function decodeCursor(raw: string, withSecondId: boolean): OpenCursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parts = undefined;
  }
  const size = withSecondId ? 3 : 2;
  if (
    !Array.isArray(parts) ||
    parts.length !== size ||
    typeof parts[0] !== 'string' ||
    !SORT_KEY.test(parts[0]) ||
    !parts.slice(1).every((id) => typeof id === 'string' && UUID.test(id))
  ) {
    throw AppError.validation([{ field: 'cursor', code: 'matches' }]);
  }
  const [key, id, id2] = parts as string[];
  return withSecondId ? { key, id, id2 } : { key, id };
}
