import { AWARD_KINDS, type AwardKind, type AwardResponse, PERSON_CATEGORIES } from '@app/contracts';
import { type FormEvent, type ReactNode, useCallback, useEffect, useState } from 'react';
import { DataTable } from '../../lib/data-table';
import { api, type ApiError } from '../../lib/api';
import { downloadFile } from '../../lib/files';
import { useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { asApiError, fieldMessage, SelectField, TextField } from '../../lib/forms';
import { categoryLabel, TEXTS } from './messages';
import { OUTCOME_TEXTS } from './outcome-messages';
import { type PickedPerson, PersonPicker } from './PersonPicker';
import type { EventData, Page, RegistrationData } from './types';

/** Today in the reader's calendar, `YYYY-MM-DD`. */
const today = (): string => new Date().toLocaleDateString('sv-SE');

/**
 * Letters of gratitude and certificates: recipients from the registrations (by category and region, or one by one),
 * the kind, the signatory and the date; the issued ones with one PDF of all, a ZIP, and revocation.
 */
export function AwardsPanel({ event }: { event: EventData }): ReactNode {
  const t = useTexts(OUTCOME_TEXTS);
  const tc = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [awards, setAwards] = useState<AwardResponse[] | null>(null);
  const [registered, setRegistered] = useState<RegistrationData[]>([]);
  const [kind, setKind] = useState<AwardKind>('gratitude');
  const [mode, setMode] = useState<'select' | 'pick'>('pick');
  const [category, setCategory] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [signatory, setSignatory] = useState<PickedPerson | null>(null);
  const [date, setDate] = useState(today());
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');

  const load = useCallback(async () => {
    try {
      const [list, page] = await Promise.all([
        api<AwardResponse[]>('GET', `/events/${event.id}/awards`),
        api<Page<RegistrationData>>('GET', `/events/${event.id}/registrations?status=registered&limit=200`),
      ]);
      setAwards(list);
      setRegistered(page.items);
    } catch (caught) {
      setError(asApiError(caught));
    }
  }, [event.id]);
  useEffect(() => {
    void load();
  }, [load, lang]);

  const run = async (work: () => Promise<string>): Promise<void> => {
    setError(null);
    setDone('');
    try {
      setDone(await work());
      await load();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  const issue = (submit: FormEvent): void => {
    submit.preventDefault();
    void run(async () => {
      const recipients =
        mode === 'pick'
          ? { registrationIds: [...picked] }
          : {
              select: {
                ...(category ? { category } : {}),
                ...(regionCode.trim() ? { regionCode: regionCode.trim() } : {}),
              },
            };
      const issued = await api<AwardResponse[]>('POST', `/events/${event.id}/awards`, {
        body: { kind, signatoryId: signatory?.personId, date, ...recipients },
      });
      setPicked(new Set());
      return t('issued', { count: issued.length });
    });
  };

  const toggle = (id: string): void => {
    const next = new Set(picked);
    if (next.has(id)) {
      next.delete(id);
    } else {
      next.add(id);
    }
    setPicked(next);
  };

  const fileOf = (path: string, name: string) => (): void => {
    void run(async () => {
      await downloadFile(path, name, lang);
      return '';
    });
  };

  return (
    <div className="awards">
      <form className="award-issue" onSubmit={issue} aria-labelledby="a-issue-heading">
        <h3 id="a-issue-heading">{t('issueAwards')}</h3>
        <SelectField
          id="a-kind"
          label={t('awardKind')}
          value={kind}
          onChange={(value) => setKind(value as AwardKind)}
          options={AWARD_KINDS.map((k) => ({ value: k, label: t(`award_${k}`) }))}
        />
        <fieldset>
          <legend>{t('recipients')}</legend>
          {(['pick', 'select'] as const).map((m) => (
            <label key={m} className="inline">
              <input type="radio" name="a-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
              {t(m === 'pick' ? 'oneByOne' : 'byFilter')}
            </label>
          ))}
        </fieldset>
        {mode === 'select' ? (
          <>
            <SelectField
              id="a-category"
              label={t('category')}
              value={category}
              onChange={setCategory}
              options={[
                { value: '', label: t('anyCategory') },
                ...PERSON_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(tc, c) })),
              ]}
            />
            <TextField id="a-region" label={t('regionCode')} value={regionCode} onChange={setRegionCode} />
          </>
        ) : registered.length === 0 ? (
          <p>{t('noRegistered')}</p>
        ) : (
          <fieldset className="award-recipients">
            <legend>{t('pick')}</legend>
            {registered.map((r) => (
              <label key={r.id} className="inline">
                <input type="checkbox" checked={picked.has(r.id)} onChange={() => toggle(r.id)} /> {r.name}
                {r.position && <span className="muted"> · {r.position}</span>}
              </label>
            ))}
          </fieldset>
        )}
        {signatory ? (
          <p>
            {t('signatoryChosen', { name: signatory.name })}{' '}
            <button type="button" className="secondary small" onClick={() => setSignatory(null)}>
              {t('changeSignatory')}
            </button>
          </p>
        ) : (
          <PersonPicker id="a-signatory" label={t('signatory')} onPick={setSignatory} excludeIds={[]} />
        )}
        <TextField
          id="a-date"
          label={t('awardDate')}
          type="date"
          value={date}
          onChange={setDate}
          required
          error={fieldMessage(error, 'date')}
        />
        <button type="submit" disabled={!signatory || (mode === 'pick' && picked.size === 0)}>
          {t('issue')}
        </button>
      </form>
      <div aria-live="polite">
        {done && <Notice kind="ok">{done}</Notice>}
        {error && <Notice kind="error">{error.message}</Notice>}
      </div>
      {awards && awards.length === 0 && <p>{t('noAwards')}</p>}
      {awards && awards.length > 0 && (
        <>
          <p className="row-actions">
            <button
              type="button"
              className="secondary"
              onClick={fileOf(`/events/${event.id}/awards.pdf`, 'awards.pdf')}
            >
              {t('allPdf')}
            </button>{' '}
            <button
              type="button"
              className="secondary"
              onClick={fileOf(`/events/${event.id}/awards.zip`, 'awards.zip')}
            >
              {t('allZip')}
            </button>
          </p>
          <DataTable
            caption={t('awardsCount', { count: awards.length })}
            columns={[t('number'), t('recipient'), t('awardKind'), t('state'), t('actions')]}
          >
            {awards.map((a) => (
              <tr key={a.id}>
                <td>№ {a.number}</td>
                <td>{a.recipient.name}</td>
                <td>{t(`award_${a.kind}`)}</td>
                <td>{a.revokedAt ? t('revoked') : t('valid')}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="secondary small"
                    aria-label={t('openPdfOf', { name: a.recipient.name })}
                    onClick={fileOf(a.pdfUrl.replace(/^\/api\/v1/, ''), `award-${a.number.replace('/', '-')}.pdf`)}
                  >
                    {t('openPdf')}
                  </button>
                  {!a.revokedAt && (
                    <span className="revoke">
                      <input
                        aria-label={`${t('reason')}: ${a.recipient.name}`}
                        value={reasons[a.id] ?? ''}
                        onChange={(change) => setReasons({ ...reasons, [a.id]: change.target.value })}
                      />{' '}
                      <button
                        type="button"
                        className="small"
                        disabled={!reasons[a.id]?.trim()}
                        aria-label={t('revokeName', { name: a.recipient.name })}
                        onClick={() =>
                          void run(async () => {
                            await api('POST', `/awards/${a.id}/revoke`, { body: { reason: reasons[a.id] } });
                            return t('revokedName', { name: a.recipient.name });
                          })
                        }
                      >
                        {t('revoke')}
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </div>
  );
}
