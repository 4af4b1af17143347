import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { apiFieldErrors, asApiError, TextField, type FieldErrors, useUnsavedChanges } from '../../lib/forms';
import { TEXTS } from './messages';
import { POINT_STATUSES, type Point, type PointStatus } from './types';
import { checkCount, checkUrl, NOTE_MAX } from './validate';

interface ProgressFormProps {
  /** Where the progress goes: a resolution's point or a protocol's instruction. */
  path: string;
  point: Point;
  status: PointStatus;
  heading: string;
  onSaved: () => void;
  onCancel: () => void;
}

/** One progress entry on a point: status, percent, a note and a link to evidence. */
export function ProgressForm({ path, point, status, heading, onSaved, onCancel }: ProgressFormProps): ReactNode {
  const t = useTexts(TEXTS);
  const initial = { status: status as string, percent: String(point.percent), note: '', evidenceUrl: '' };
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  useUnsavedChanges(`progress-${useId()}`, dirty);
  const id = `progress-${point.id}`;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setFailure(null);
    const found: FieldErrors = {};
    const percent = checkCount(found, 'percent', form.percent, t, 100);
    if (form.note.length > NOTE_MAX) {
      found.note = t('tooLong', { max: NOTE_MAX });
    }
    checkUrl(found, 'evidenceUrl', form.evidenceUrl.trim(), t);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    setBusy(true);
    try {
      await api('PATCH', path, {
        body: {
          // Untouched, the status is the API's to derive from the percent (40 → in progress, 100 → done).
          ...(form.status !== initial.status ? { status: form.status } : {}),
          percent,
          ...(form.note.trim() ? { note: form.note.trim() } : {}),
          ...(form.evidenceUrl.trim() ? { evidenceUrl: form.evidenceUrl.trim() } : {}),
        },
      });
      onSaved();
    } catch (caught) {
      const error = asApiError(caught);
      setFailure(error);
      setErrors(apiFieldErrors(error));
      setBusy(false);
    }
  };

  return (
    <form className="sec-form sec-progress" onSubmit={(event) => void submit(event)} noValidate aria-label={heading}>
      {failure && !failure.errors.length && <Notice kind="error">{failure.message}</Notice>}
      <div className="sec-row">
        <div className="sec-field">
          <label htmlFor={`${id}-status`}>{t('status')}</label>
          <select
            id={`${id}-status`}
            value={form.status}
            onChange={(event) => {
              const next = event.target.value;
              // Done means 100 %: the API records it so, the form says so at once.
              setForm((f) => ({ ...f, status: next, percent: next === 'done' ? '100' : f.percent }));
            }}
          >
            {POINT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status_${s}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          id={`${id}-percent`}
          type="number"
          min={0}
          max={100}
          label={t('percent')}
          value={form.percent}
          error={errors.percent}
          onChange={(value) => setForm((f) => ({ ...f, percent: value }))}
        />
      </div>
      <TextField
        id={`${id}-note`}
        multiline
        label={t('note')}
        value={form.note}
        error={errors.note}
        onChange={(value) => setForm((f) => ({ ...f, note: value }))}
      />
      <TextField
        id={`${id}-evidence`}
        type="url"
        label={t('evidenceUrl')}
        value={form.evidenceUrl}
        error={errors.evidenceUrl}
        onChange={(value) => setForm((f) => ({ ...f, evidenceUrl: value }))}
      />
      <div className="sec-actions">
        <button type="submit" disabled={busy}>
          {busy ? t('saving') : t('saveProgress')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
