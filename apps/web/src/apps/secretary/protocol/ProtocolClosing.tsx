import { type ReactNode, useState } from 'react';
import type { ProtocolResponse } from '@app/contracts';
import { api, getUser } from '../../../lib/api';
import { downloadFile } from '../../../lib/files';
import { asApiError } from '../../../lib/forms';
import { formatInZone, useLanguage, useTexts } from '../../../lib/i18n';
import { emptyText, LangFields, type LangValues } from '../../../lib/lang-fields';
import { Notice } from '../../../lib/ui';
import { ACT_LANGUAGES } from './ProtocolForms';
import { PROTOCOL_TEXTS } from './messages';

const LAYOUTS = ['both', 'kk', 'ru'] as const;

/** The signatures, the step to publication, an addendum, and the documents to print and file. */
export function ProtocolClosing({
  protocol,
  onChange,
}: {
  protocol: ProtocolResponse;
  onChange: (p: ProtocolResponse) => void;
}): ReactNode {
  const t = useTexts(PROTOCOL_TEXTS);
  const { lang } = useLanguage();
  const me = getUser()?.personId ?? null;
  const [error, setError] = useState<string | null>(null);
  const [layout, setLayout] = useState<(typeof LAYOUTS)[number]>('both');
  const [addendum, setAddendum] = useState<LangValues>(emptyText);
  const act = async (method: string, path: string, body?: unknown): Promise<void> => {
    try {
      setError(null);
      onChange(await api<ProtocolResponse>(method, `/protocols/${protocol.id}${path}`, { body }));
    } catch (caught) {
      setError(asApiError(caught).message);
    }
  };
  const mine = protocol.signatures.find((s) => s.person.id === me);
  const signatory = me !== null && (protocol.chair?.id === me || protocol.secretary?.id === me);
  const file = (kind: 'pdf' | 'docx'): Promise<void> =>
    downloadFile(
      `/protocols/${protocol.id}.${kind}?lang=${layout}`,
      `protocol-${(protocol.number ?? 'draft').replace('/', '-')}-${layout}.${kind}`,
      lang,
    ).catch((caught: unknown) => setError(caught instanceof Error ? caught.message : String(caught)));
  return (
    <>
      <section aria-labelledby="pr-signatures">
        <h2 id="pr-signatures">{t('signatures')}</h2>
        <ul>
          {(['chair', 'secretary'] as const).map((role) => {
            const who = protocol[role];
            const signed = protocol.signatures.find((s) => s.role === role);
            return (
              <li key={role}>
                {signed
                  ? t('signedBy', {
                      role: t(role),
                      name: signed.person.name,
                      at: formatInZone(signed.signedAt, protocol.timeZone, lang, {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                      }),
                    })
                  : t('notSigned', { role: t(role), name: who?.name ?? t('nobody') })}
              </li>
            );
          })}
        </ul>
        {protocol.status === 'draft' && <p className="hint">{t('signHint')}</p>}
        {protocol.status === 'draft' && signatory && !mine && (
          <button type="button" onClick={() => void act('POST', '/sign')}>
            {t('sign')}
          </button>
        )}
        {protocol.status === 'draft' && mine && (
          <button type="button" onClick={() => void act('DELETE', '/signatures/me')}>
            {t('withdraw')}
          </button>
        )}
        {protocol.status === 'approved' && (
          <button type="button" onClick={() => void act('POST', '/publish')}>
            {t('publish')}
          </button>
        )}
        {error && <Notice kind="error">{error}</Notice>}
      </section>
      {protocol.status !== 'draft' && protocol.kind === 'protocol' && (
        <details className="pr-add">
          <summary>{t('addendum')}</summary>
          <LangFields
            id="pr-addendum"
            field="body"
            legend={t('addendumText')}
            values={addendum}
            onChange={setAddendum}
            error={null}
            required
            multiline
            languages={ACT_LANGUAGES}
          />
          <button
            type="button"
            onClick={() => void act('POST', '/addenda', { body: { kk: addendum.kk.trim(), ru: addendum.ru.trim() } })}
          >
            {t('addendum')}
          </button>
        </details>
      )}
      <section aria-labelledby="pr-documents">
        <h2 id="pr-documents">{t('documents')}</h2>
        <div className="sec-field">
          <label htmlFor="pr-layout">{t('layout')}</label>
          <select id="pr-layout" value={layout} onChange={(event) => setLayout(event.target.value as typeof layout)}>
            {LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {t(`layout_${l}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => void file('pdf')}>
          {t('downloadPdf')}
        </button>{' '}
        <button type="button" onClick={() => void file('docx')}>
          {t('downloadDocx')}
        </button>
      </section>
    </>
  );
}
