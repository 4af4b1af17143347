import { type ReactNode, useEffect } from 'react';
import { ApiError } from '../../lib/api';
import { FieldError } from '../../lib/ui';
import { setLeaveGuard } from './navigation';

/** Messages by field path as the API names them: `title.kk`, `points.0.dueDate`. */
export type FieldErrors = Record<string, string>;

export function asApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError(0, 'NETWORK', String(caught));
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

/**
 * While `dirty`, leaving asks first: the browser's own prompt on reload or close
 * (`beforeunload`), and a confirm on links inside the app.
 */
export function useUnsavedChanges(dirty: boolean, question: string): void {
  useEffect(() => {
    if (!dirty) {
      return;
    }
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      event.preventDefault();
      event.returnValue = '';
    };
    addEventListener('beforeunload', onBeforeUnload);
    setLeaveGuard(() => confirm(question));
    return () => {
      removeEventListener('beforeunload', onBeforeUnload);
      setLeaveGuard(null);
    };
  }, [dirty, question]);
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  multiline?: boolean;
  type?: 'text' | 'date' | 'number' | 'url';
  lang?: string;
  min?: number;
  max?: number;
  required?: boolean;
  hint?: string;
}

/** A labelled input with its error (the API's or the same rule checked here) right below it. */
export function Field(props: FieldProps): ReactNode {
  const { id, label, value, onChange, error, multiline, type = 'text', lang, min, max, required, hint } = props;
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: id,
    value,
    lang,
    required,
    'aria-invalid': !!error,
    'aria-describedby': described,
  };
  return (
    <div className="sec-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="sec-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} min={min} max={max} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
