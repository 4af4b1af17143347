/**
 * PATCH semantics: a field left out keeps its value, `null` clears it. (`??` would make
 * optional fields impossible to clear.)
 */
export function patched<T>(value: T | null | undefined, current: T | null): T | null {
  return value === undefined ? current : value;
}

/** The same for instants sent as ISO strings. */
export function patchedDate(value: string | null | undefined, current: Date | null): Date | null {
  return value === undefined ? current : value === null ? null : new Date(value);
}
