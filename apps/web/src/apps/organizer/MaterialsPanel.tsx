import {
  LANGUAGES,
  MATERIAL_VISIBILITIES,
  type Language,
  type MaterialResponse,
  type MaterialVisibility,
} from '@app/contracts';
import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import { DataTable } from '../../lib/data-table';
import { api, ApiError, getToken } from '../../lib/api';
import { downloadFile } from '../../lib/files';
import { useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { asApiError, fieldMessage, SelectField, TextField } from '../../lib/forms';
import { LANG_LABEL, TEXTS } from './messages';
import { OUTCOME_TEXTS } from './outcome-messages';
import type { EventData, SessionData } from './types';

/**
 * Sends a multipart form with XMLHttpRequest, the one browser API that reports upload progress; resolves with the
 * JSON answer, rejects with an ApiError in the contract's shape.
 */
function sendForm<T>(path: string, form: FormData, lang: Language, onProgress: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1${path}`);
    request.setRequestHeader('accept-language', lang);
    const token = getToken();
    if (token) {
      request.setRequestHeader('authorization', `Bearer ${token}`);
    }
    request.upload.onprogress = (progress) => {
      if (progress.lengthComputable) {
        onProgress(Math.round((progress.loaded / progress.total) * 100));
      }
    };
    request.onload = () => {
      const json = request.responseText ? (JSON.parse(request.responseText) as Record<string, unknown>) : {};
      if (request.status >= 200 && request.status < 300) {
        resolve(json as T);
      } else {
        const errors = (json.errors ?? []) as ApiError['errors'];
        reject(new ApiError(request.status, String(json.code ?? 'HTTP_ERROR'), String(json.message ?? ''), errors));
      }
    };
    request.onerror = () => reject(new ApiError(0, 'NETWORK', 'network'));
    request.send(form);
  });
}

/** The forum's materials: upload (with progress), the list with its versions, who may read each, deletion. */
export function MaterialsPanel({ event }: { event: EventData }): ReactNode {
  const t = useTexts(OUTCOME_TEXTS);
  const tc = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [materials, setMaterials] = useState<MaterialResponse[] | null>(null);
  const [sessions, setSessions] = useState<SessionData[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [titleKk, setTitleKk] = useState('');
  const [titleRu, setTitleRu] = useState('');
  const [language, setLanguage] = useState<Language>('kk');
  const [visibility, setVisibility] = useState<MaterialVisibility>('public');
  const [sessionId, setSessionId] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');

  const load = useCallback(async () => {
    try {
      const [list, found] = await Promise.all([
        api<MaterialResponse[]>('GET', `/events/${event.id}/materials`),
        api<SessionData[]>('GET', `/events/${event.id}/sessions`),
      ]);
      setMaterials(list);
      setSessions(found);
    } catch (caught) {
      setError(asApiError(caught));
    }
  }, [event.id]);
  useEffect(() => {
    void load();
  }, [load, lang]);

  const upload = async (submit: FormEvent): Promise<void> => {
    submit.preventDefault();
    if (!file) {
      return;
    }
    setError(null);
    setDone('');
    const form = new FormData();
    form.append('title', JSON.stringify({ kk: titleKk, ru: titleRu }));
    form.append('language', language);
    form.append('visibility', visibility);
    if (sessionId) {
      form.append('sessionId', sessionId);
    }
    form.append('file', file, file.name);
    setProgress(0);
    try {
      const created = await sendForm<MaterialResponse>(`/events/${event.id}/materials`, form, lang, setProgress);
      setDone(t('uploaded', { title: created.title }));
      setFile(null);
      setTitleKk('');
      setTitleRu('');
      (document.getElementById('m-file') as HTMLInputElement | null)?.form?.reset();
      await load();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setProgress(null);
    }
  };

  const act = async (work: () => Promise<unknown>, message: string): Promise<void> => {
    setError(null);
    setDone('');
    try {
      await work();
      setDone(message);
      await load();
    } catch (caught) {
      setError(asApiError(caught));
      // Someone else changed it meanwhile (409): the list shows what is stored now.
      await load().catch(() => undefined);
    }
  };

  const visibilityOptions = MATERIAL_VISIBILITIES.map((v) => ({ value: v, label: t(`vis_${v}`) }));
  const sessionTitle = (id: string | null) => sessions.find((s) => s.id === id)?.title ?? t('wholeForum');

  return (
    <div className="materials">
      <form className="material-upload" onSubmit={(submit) => void upload(submit)} aria-labelledby="m-upload-heading">
        <h3 id="m-upload-heading">{t('uploadMaterial')}</h3>
        <div className="field">
          <label htmlFor="m-file">
            {t('file')}
            <span aria-hidden="true"> *</span>
          </label>
          <input
            id="m-file"
            type="file"
            required
            accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg"
            onChange={(change) => setFile(change.target.files?.[0] ?? null)}
          />
        </div>
        <TextField id="m-title-kk" label={t('titleKk')} value={titleKk} onChange={setTitleKk} required lang="kk" />
        <TextField id="m-title-ru" label={t('titleRu')} value={titleRu} onChange={setTitleRu} required lang="ru" />
        <SelectField
          id="m-language"
          label={t('docLanguage')}
          value={language}
          onChange={(value) => setLanguage(value as Language)}
          options={LANGUAGES.map((code) => ({ value: code, label: tc(LANG_LABEL[code]) }))}
        />
        <SelectField
          id="m-visibility"
          label={t('visibility')}
          value={visibility}
          onChange={(value) => setVisibility(value as MaterialVisibility)}
          options={visibilityOptions}
          error={fieldMessage(error, 'visibility')}
        />
        <SelectField
          id="m-session"
          label={t('session')}
          value={sessionId}
          onChange={setSessionId}
          options={[{ value: '', label: t('wholeForum') }, ...sessions.map((s) => ({ value: s.id, label: s.title }))]}
        />
        <button type="submit" disabled={!file || progress !== null}>
          {t('upload')}
        </button>
        {progress !== null && (
          <p>
            <label htmlFor="m-progress">{t('uploading', { percent: progress })}</label>{' '}
            <progress id="m-progress" max={100} value={progress} />
          </p>
        )}
      </form>
      <div aria-live="polite">
        {done && <Notice kind="ok">{done}</Notice>}
        {error && <Notice kind="error">{error.message}</Notice>}
      </div>
      {materials && materials.length === 0 && <p>{t('noMaterials')}</p>}
      {materials && materials.length > 0 && (
        <DataTable
          caption={t('materialsCount', { count: materials.length })}
          columns={[t('material'), t('size'), t('versions'), t('visibility'), t('actions')]}
        >
          {materials.map((m) => (
            <tr key={m.id}>
              <td>
                {m.title}
                <div className="muted">
                  {sessionTitle(m.sessionId)} · {m.fileType.toUpperCase()} · {tc(LANG_LABEL[m.language])}
                </div>
              </td>
              <td>{m.sizeLabel}</td>
              <td>
                <ul className="versions">
                  {m.versions.map((v) => (
                    <li key={v.number}>
                      <button
                        type="button"
                        className="link"
                        onClick={() =>
                          void act(
                            () => downloadFile(v.url.replace(/^\/api\/v1/, ''), `${m.title}.${m.fileType}`, lang),
                            '',
                          )
                        }
                      >
                        {t('versionN', { number: v.number, size: v.sizeLabel })}
                      </button>
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <select
                  aria-label={t('visibilityOf', { title: m.title })}
                  value={m.visibility}
                  onChange={(change) =>
                    void act(
                      () =>
                        api('PATCH', `/materials/${m.id}`, {
                          body: { visibility: change.target.value },
                          headers: { 'if-match': String(m.revision) },
                        }),
                      t('saved'),
                    )
                  }
                >
                  {visibilityOptions.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="secondary small"
                  aria-label={t('deleteMaterial', { title: m.title })}
                  onClick={() => {
                    if (window.confirm(t('confirmDelete', { title: m.title }))) {
                      void act(() => api('DELETE', `/materials/${m.id}`), t('deleted', { title: m.title }));
                    }
                  }}
                >
                  {t('delete')}
                </button>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
