import { type ReactNode, useEffect, useState } from 'react';
import { ApiError } from './api';
import { DayInput, MomentInputs } from './date-inputs';
import { FieldError } from './ui';

/**
 * The consoles' one form kit: the API's field errors next to their fields, the warning
 * about unsaved changes, and the caught error of a request in the contract's shape.
 */

/** Messages by field path as the API names them: `title.kk`, `points.0.dueDate`. */
export type FieldErrors = Record<string, string>;

/** Forms with unsaved changes, by name: leaving the page or the screen asks first. */
const dirtyForms = new Set<string>();

function warnBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
}

/** While `dirty`, the browser asks before the page is closed or reloaded, and `confirmLeave` asks too. */
export function useUnsavedChanges(name: string, dirty: boolean): void {
  useEffect(() => {
    if (!dirty) {
      return undefined;
    }
    dirtyForms.add(name);
    window.addEventListener('beforeunload', warnBeforeUnload);
    return () => {
      dirtyForms.delete(name);
      if (dirtyForms.size === 0) {
        window.removeEventListener('beforeunload', warnBeforeUnload);
      }
    };
  }, [name, dirty]);
}

/** After a save: the form's changes are kept, so moving on needs no question. */
export function markClean(name: string): void {
  dirtyForms.delete(name);
  if (dirtyForms.size === 0) {
    window.removeEventListener('beforeunload', warnBeforeUnload);
  }
}

/** After a save that moves on to another screen: nothing is left to ask about. */
export function markAllClean(): void {
  dirtyForms.clear();
  window.removeEventListener('beforeunload', warnBeforeUnload);
}

/** Before moving to another screen of the console: true when nothing is unsaved or the user agrees. */
export function confirmLeave(question: string): boolean {
  return dirtyForms.size === 0 || window.confirm(question);
}

/** Any failure as an ApiError (a lost connection becomes one too), for one way of showing it. */
export function asApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError(0, 'NETWORK', String(caught));
}

/** The API's message for a field, or for any field under it (`title` collects `title.kk`). */
export function fieldMessage(error: ApiError | null, field: string): string | undefined {
  if (!error) {
    return undefined;
  }
  const found = error.errors.filter((e) => e.field === field || e.field.startsWith(`${field}.`));
  return found.length ? [...new Set(found.map((e) => e.message))].join('; ') : undefined;
}

/** The error without the messages of one field (and those under it), once that field is edited. */
export function withoutField(error: ApiError | null, field: string): ApiError | null {
  if (!error || !error.errors.some((e) => e.field === field || e.field.startsWith(`${field}.`))) {
    return error;
  }
  const rest = error.errors.filter((e) => e.field !== field && !e.field.startsWith(`${field}.`));
  return rest.length ? new ApiError(error.status, error.code, error.message, rest) : null;
}

/** The API's field errors, keyed by field, each in the reader's language (the API localizes them). */
export function apiFieldErrors(error: ApiError | null): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error?.errors ?? []) {
    errors[issue.field] ??= issue.message;
  }
  return errors;
}

/** 409 VERSION_MISMATCH: someone saved in between; the form offers a reload. */
export function isVersionConflict(error: ApiError | null): boolean {
  return error?.status === 409 && error.code === 'VERSION_MISMATCH';
}

/** Whether the error names fields at all (otherwise its message is shown for the whole form). */
export function hasFieldErrors(error: ApiError | null): boolean {
  return !!error && error.errors.length > 0;
}

/** The attributes that tie an input to its error for screen readers. */
export function describedBy(id: string, message: string | undefined, hintId?: string): Record<string, unknown> {
  const ids = [message ? `${id}-error` : undefined, hintId].filter(Boolean).join(' ');
  return { 'aria-invalid': !!message, 'aria-describedby': ids || undefined };
}

/**
 * A labelled text input (or a text area) with its hint and its error under it. A `date` is typed as
 * dd.mm.yyyy and a `datetime-local` as that and a 24-hour time, whatever the browser's locale (date-inputs.tsx).
 */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  type?: 'text' | 'date' | 'number' | 'url' | 'email' | 'password' | 'datetime-local';
  multiline?: boolean;
  required?: boolean;
  lang?: string;
  hint?: string;
  min?: number;
  max?: number;
  inputMode?: 'numeric' | 'email' | 'text';
}): ReactNode {
  const [typedError, setTypedError] = useState<string | undefined>();
  const message = props.error ?? typedError;
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const attributes = { lang: props.lang, required: props.required, ...describedBy(props.id, message, hintId) };
  const common = { id: props.id, name: props.id, value: props.value, ...attributes };
  const typed = {
    id: props.id,
    label: props.label,
    value: props.value,
    onChange: props.onChange,
    onTypedError: setTypedError,
    attributes,
  };
  return (
    <div className="field">
      <label htmlFor={props.id}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.multiline ? (
        <textarea {...common} rows={3} onChange={(event) => props.onChange(event.target.value)} />
      ) : props.type === 'date' ? (
        <DayInput {...typed} />
      ) : props.type === 'datetime-local' ? (
        <MomentInputs {...typed} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          min={props.min}
          max={props.max}
          inputMode={props.inputMode}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
      <FieldError id={`${props.id}-error`} message={message} />
    </div>
  );
}

/** A labelled select with its error under it. */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string;
  required?: boolean;
}): ReactNode {
  return (
    <div className="field">
      <label htmlFor={props.id}>
        {props.label}
        {props.required && <span aria-hidden="true"> *</span>}
      </label>
      <select
        id={props.id}
        value={props.value}
        required={props.required}
        onChange={(event) => props.onChange(event.target.value)}
        {...describedBy(props.id, props.error)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={`${props.id}-error`} message={props.error} />
    </div>
  );
}
