import { LANGUAGES, type Language } from '@app/contracts';
import type { ReactNode } from 'react';
import type { ApiError } from './api';
import { fieldMessage, SelectField, TextField } from './forms';
import { LANGUAGE_NAMES } from './ui';

// The fields of an account that every screen making one asks the same way: its e-mail and its language.

/** An account's e-mail, with the API's error for `email` under it. */
export function EmailField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: ApiError | null;
  hint?: string;
}): ReactNode {
  return (
    <TextField
      id={props.id}
      type="email"
      inputMode="email"
      label={props.label}
      value={props.value}
      onChange={props.onChange}
      error={fieldMessage(props.error, 'email')}
      hint={props.hint}
      required
    />
  );
}

/** The language of an account's mail and screens, each named in itself. */
export function LanguageField(props: {
  id: string;
  label: string;
  value: Language;
  onChange: (value: Language) => void;
  error: ApiError | null;
}): ReactNode {
  return (
    <SelectField
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={(value) => props.onChange(value as Language)}
      options={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
      error={fieldMessage(props.error, 'language')}
    />
  );
}
