import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError } from './api';
import { asApiError, fieldMessage, TextField } from './forms';
import { type Messages, useTexts } from './i18n';
import { Notice } from './ui';

const TEXTS: Messages<'password' | 'repeat' | 'hint' | 'mismatch' | 'busy'> = {
  kk: {
    password: 'Жаңа құпиясөз',
    repeat: 'Құпиясөзді қайталаңыз',
    hint: 'Кемінде 8 таңба.',
    mismatch: 'Құпиясөздер сәйкес емес',
    busy: 'Сақталуда…',
  },
  ru: {
    password: 'Новый пароль',
    repeat: 'Повторите пароль',
    hint: 'Не меньше 8 символов.',
    mismatch: 'Пароли не совпадают',
    busy: 'Сохранение…',
  },
  en: {
    password: 'New password',
    repeat: 'Repeat the password',
    hint: 'At least 8 characters.',
    mismatch: 'The passwords differ',
    busy: 'Saving…',
  },
};

/** A password typed twice; `submit` sends it, its API errors show at the field. */
export function PasswordForm(props: {
  submitLabel: string;
  submit: (password: string) => Promise<void>;
  /** Fields before the password (the invitation's e-mail), with the API's error to show theirs. */
  before?: (error: ApiError | null) => ReactNode;
}): ReactNode {
  const t = useTexts(TEXTS);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (password !== repeat) {
      setError(
        new ApiError(400, 'MISMATCH', t('mismatch'), [{ field: 'repeat', code: 'mismatch', message: t('mismatch') }]),
      );
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await props.submit(password);
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  };

  return (
    <form className="form narrow" onSubmit={(event) => void send(event)} noValidate>
      {props.before?.(error)}
      <TextField
        id="password"
        type="password"
        label={t('password')}
        value={password}
        onChange={setPassword}
        hint={t('hint')}
        error={fieldMessage(error, 'password')}
        required
      />
      <TextField
        id="repeat"
        type="password"
        label={t('repeat')}
        value={repeat}
        onChange={setRepeat}
        error={fieldMessage(error, 'repeat')}
        required
      />
      {error && <Notice kind="error">{error.message}</Notice>}
      <button type="submit" disabled={busy}>
        {busy ? t('busy') : props.submitLabel}
      </button>
    </form>
  );
}
