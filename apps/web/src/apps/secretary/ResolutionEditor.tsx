import { type FormEvent, type ReactNode, useEffect, useMemo, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { Notice } from '../../lib/ui';
import {
  apiFieldErrors,
  asApiError,
  TextField,
  type FieldErrors,
  isVersionConflict,
  useUnsavedChanges,
} from '../../lib/forms';
import { Lookup, searchOrganizations, searchPeople } from './Lookup';
import { TEXTS } from './messages';
import { RESOLUTION_KINDS, type ForumSession, type Resolution } from './types';
import { useTexts } from '../../lib/i18n';
import {
  comparable,
  draftBody,
  type DraftForm,
  emptyPoint,
  formOf,
  type PointForm,
  validateDraft,
} from './resolution-form';

export interface EditorMode {
  /** create: a new draft of the forum; edit: this draft (If-Match); amend: a new draft amending this adopted one. */
  kind: 'create' | 'edit' | 'amend';
  eventId: string;
  resolution?: Resolution;
}

interface EditorProps {
  mode: EditorMode;
  sessions: ForumSession[];
  onSaved: (saved: Resolution) => void;
  onReload?: () => void;
  onDirtyChange?: (dirty: boolean) => void;
}

/** Title, preamble and points, Kazakh and Russian side by side; saves a draft and explains what the API refused. */
export function ResolutionEditor({ mode, sessions, onSaved, onReload, onDirtyChange }: EditorProps): ReactNode {
  const t = useTexts(TEXTS);
  const defaultSession = sessions.find((s) => s.kind === 'adoption')?.id ?? '';
  const initial = useMemo(() => formOf(mode.resolution, defaultSession), [mode.resolution, defaultSession]);
  const [form, setForm] = useState<DraftForm>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = comparable(form) !== comparable(initial);
  useUnsavedChanges('resolution', dirty);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);

  const set = (patch: Partial<DraftForm>): void => setForm((f) => ({ ...f, ...patch }));
  const setPoint = (index: number, patch: Partial<PointForm>): void =>
    setForm((f) => ({ ...f, points: f.points.map((p, i) => (i === index ? { ...p, ...patch } : p)) }));

  const validate = (): FieldErrors => validateDraft(form, t);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      return;
    }
    setBusy(true);
    try {
      const saved =
        mode.kind === 'edit'
          ? await api<Resolution>('PATCH', `/resolutions/${mode.resolution!.id}`, {
              body: draftBody(form),
              headers: { 'if-match': String(mode.resolution!.version) },
            })
          : mode.kind === 'amend'
            ? await api<Resolution>('POST', `/resolutions/${mode.resolution!.id}/amendments`, { body: draftBody(form) })
            : await api<Resolution>('POST', `/events/${mode.eventId}/resolutions`, { body: draftBody(form) });
      onSaved(saved);
    } catch (caught) {
      const error = asApiError(caught);
      setFailure(error);
      setErrors(apiFieldErrors(error));
    } finally {
      setBusy(false);
    }
  };

  const hasFieldErrors = Object.keys(errors).length > 0;
  const pointErrors = (i: number, field: string): string | undefined =>
    errors[`points.${i}.${field}`] ??
    (field === 'responsibleOrganizationId' || field === 'executorId' ? errors[`points.${field}`] : undefined);

  return (
    <form className="sec-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      {isVersionConflict(failure) ? (
        <Notice kind="error">
          <p className="sec-inline">{t('conflict')}</p>{' '}
          <button type="button" className="secondary" onClick={onReload}>
            {t('reload')}
          </button>
        </Notice>
      ) : (
        failure && <Notice kind="error">{hasFieldErrors ? t('fixErrors') : failure.message}</Notice>
      )}
      {!failure && hasFieldErrors && <Notice kind="error">{t('fixErrors')}</Notice>}

      <div className="sec-row">
        <div className="sec-field">
          <label htmlFor="kind">{t('kind')}</label>
          <select id="kind" value={form.kind} onChange={(event) => set({ kind: event.target.value })}>
            {RESOLUTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind_${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="sec-field">
          <label htmlFor="sessionId">{t('session')}</label>
          <select
            id="sessionId"
            value={form.sessionId}
            aria-invalid={!!errors.sessionId}
            onChange={(event) => set({ sessionId: event.target.value })}
          >
            <option value="">{t('wholeForum')}</option>
            {sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {session.title}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="sec-bilingual" role="group" aria-label={`${t('inKazakh')} / ${t('inRussian')}`}>
        <p className="sec-column-head" aria-hidden="true">
          {t('inKazakh')}
        </p>
        <p className="sec-column-head" aria-hidden="true">
          {t('inRussian')}
        </p>
        <TextField
          id="title-kk"
          lang="kk"
          label={t('titleKk')}
          value={form.titleKk}
          error={errors['title.kk']}
          onChange={(v) => set({ titleKk: v })}
          required
        />
        <TextField
          id="title-ru"
          lang="ru"
          label={t('titleRu')}
          value={form.titleRu}
          error={errors['title.ru']}
          onChange={(v) => set({ titleRu: v })}
          required
        />
        <TextField
          id="preamble-kk"
          lang="kk"
          multiline
          label={t('preambleKk')}
          value={form.preambleKk}
          error={errors['preamble.kk']}
          onChange={(v) => set({ preambleKk: v })}
        />
        <TextField
          id="preamble-ru"
          lang="ru"
          multiline
          label={t('preambleRu')}
          value={form.preambleRu}
          error={errors['preamble.ru']}
          onChange={(v) => set({ preambleRu: v })}
        />
      </div>

      <h2>{t('points')}</h2>
      {errors.points && <Notice kind="error">{errors.points}</Notice>}
      <ol className="sec-points">
        {form.points.map((point, i) => {
          const n = i + 1;
          return (
            <li key={point.key} className="sec-point">
              <fieldset>
                <legend>{t('pointN', { n })}</legend>
                <div className="sec-bilingual">
                  <TextField
                    id={`point-${i}-kk`}
                    lang="kk"
                    multiline
                    label={t('pointTextKk', { n })}
                    value={point.textKk}
                    error={pointErrors(i, 'text.kk')}
                    onChange={(v) => setPoint(i, { textKk: v })}
                    required
                  />
                  <TextField
                    id={`point-${i}-ru`}
                    lang="ru"
                    multiline
                    label={t('pointTextRu', { n })}
                    value={point.textRu}
                    error={pointErrors(i, 'text.ru')}
                    onChange={(v) => setPoint(i, { textRu: v })}
                    required
                  />
                </div>
                <div className="sec-row sec-row-3">
                  <Lookup
                    id={`point-${i}-responsible`}
                    label={t('responsibleOf', { n })}
                    searchLabel={t('searchOrganization', { n })}
                    noneLabel={t('none')}
                    value={point.responsible}
                    search={searchOrganizations}
                    error={pointErrors(i, 'responsibleOrganizationId')}
                    onChange={(choice) => setPoint(i, { responsible: choice })}
                  />
                  <Lookup
                    id={`point-${i}-executor`}
                    label={t('executorOf', { n })}
                    searchLabel={t('searchPerson', { n })}
                    noneLabel={t('none')}
                    value={point.executor}
                    search={searchPeople}
                    error={pointErrors(i, 'executorId')}
                    onChange={(choice) => setPoint(i, { executor: choice })}
                  />
                  <TextField
                    id={`point-${i}-due`}
                    type="date"
                    label={t('dueDateOf', { n })}
                    value={point.dueDate}
                    error={pointErrors(i, 'dueDate')}
                    onChange={(v) => setPoint(i, { dueDate: v })}
                  />
                </div>
                {form.points.length > 1 && (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => set({ points: form.points.filter((_, j) => j !== i) })}
                  >
                    {t('removePoint', { n })}
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="sec-actions">
        <button type="button" className="secondary" onClick={() => set({ points: [...form.points, emptyPoint()] })}>
          {t('addPoint')}
        </button>
        <button type="submit" disabled={busy}>
          {busy ? t('saving') : t('saveDraft')}
        </button>
        {dirty && <span className="sec-dirty">{t('unsaved')}</span>}
      </div>
    </form>
  );
}
