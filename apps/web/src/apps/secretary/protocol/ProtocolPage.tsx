import { type ReactNode, useEffect, useState } from 'react';
import type { ProtocolAttendee, ProtocolResponse, SessionResponse } from '@app/contracts';
import { api, getUser, type ApiError } from '../../../lib/api';
import { downloadFile } from '../../../lib/files';
import { asApiError, fieldMessage, TextField } from '../../../lib/forms';
import { formatInZone, useLanguage, useTexts } from '../../../lib/i18n';
import { emptyText, fromText, LangFields, type LangValues } from '../../../lib/lang-fields';
import { Notice, Page } from '../../../lib/ui';
import { type Choice, Lookup, searchPeople } from '../Lookup';
import { Link } from '../navigation';
import { ACT_LANGUAGES, InstructionForm } from './ProtocolForms';
import { InstructionList, ProtocolItemCard } from './ProtocolItem';
import { PROTOCOL_TEXTS } from './messages';

/** Lines another secretary appends show up this often while the screen is open. */
const REFRESH_MS = 8000;
const LAYOUTS = ['both', 'kk', 'ru'] as const;

function People({ list }: { list: ProtocolAttendee[] }): ReactNode {
  return (
    <ul className="pr-people">
      {list.map((a) => (
        <li key={a.id}>{[a.name, a.position].filter(Boolean).join(', ')}</li>
      ))}
    </ul>
  );
}

function Header({
  protocol,
  onSaved,
}: {
  protocol: ProtocolResponse;
  onSaved: (p: ProtocolResponse) => void;
}): ReactNode {
  const t = useTexts(PROTOCOL_TEXTS);
  const [date, setDate] = useState(protocol.meetingDate);
  const [place, setPlace] = useState<LangValues>(fromText(protocol.places));
  const person = (p: ProtocolResponse['chair']): Choice | null => (p?.id ? { id: p.id, name: p.name } : null);
  const [chair, setChair] = useState<Choice | null>(person(protocol.chair));
  const [secretary, setSecretary] = useState<Choice | null>(person(protocol.secretary));
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const save = async (): Promise<void> => {
    setDone(false);
    try {
      const saved = await api<ProtocolResponse>('PATCH', `/protocols/${protocol.id}`, {
        body: {
          meetingDate: date,
          ...(place.kk.trim() ? { place: { kk: place.kk.trim(), ru: place.ru.trim() } } : {}),
          ...(chair ? { chairId: chair.id } : {}),
          ...(secretary ? { secretaryId: secretary.id } : {}),
        },
        headers: { 'if-match': String(protocol.version) },
      });
      setError(null);
      setDone(true);
      onSaved(saved);
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  return (
    <details className="pr-header">
      <summary>{t('header')}</summary>
      <TextField
        id="pr-date"
        label={t('meetingDate')}
        type="date"
        value={date}
        onChange={setDate}
        error={fieldMessage(error, 'meetingDate')}
      />
      <LangFields
        id="pr-place"
        field="place"
        legend={t('place')}
        values={place}
        onChange={setPlace}
        error={error}
        languages={ACT_LANGUAGES}
      />
      <Lookup
        id="pr-chair"
        label={t('chair')}
        searchLabel={t('searchPerson')}
        noneLabel={t('nobody')}
        value={chair}
        onChange={setChair}
        search={searchPeople}
        error={fieldMessage(error, 'chairId')}
      />
      <Lookup
        id="pr-secretary"
        label={t('secretary')}
        searchLabel={t('searchPerson')}
        noneLabel={t('nobody')}
        value={secretary}
        onChange={setSecretary}
        search={searchPeople}
        error={fieldMessage(error, 'secretaryId')}
      />
      {error && !error.errors.length && <Notice kind="error">{error.message}</Notice>}
      {done && <Notice kind="ok">{t('saved')}</Notice>}
      <button type="button" onClick={() => void save()}>
        {t('saveHeader')}
      </button>
    </details>
  );
}

/** The signatures, the step to publication, an addendum, and the documents to print and file. */
function Closing({
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

/** The live protocol of a meeting on the secretary's tablet. */
export function ProtocolPage({ id, nav }: { id: string; nav: ReactNode }): ReactNode {
  const t = useTexts(PROTOCOL_TEXTS);
  const { lang } = useLanguage();
  const [protocol, setProtocol] = useState<ProtocolResponse | null>(null);
  const [session, setSession] = useState<Pick<SessionResponse, 'id' | 'title'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sessionId = protocol?.sessionId ?? null;
  // The session a session's protocol is of: read once, not on every refresh.
  useEffect(() => {
    if (!sessionId) {
      return;
    }
    let live = true;
    api<SessionResponse>('GET', `/sessions/${sessionId}`).then(
      (s) => live && setSession(s),
      (caught) => live && setError(asApiError(caught).message),
    );
    return () => {
      live = false;
    };
  }, [sessionId, lang]);
  useEffect(() => {
    let live = true;
    const load = (): void => {
      api<ProtocolResponse>('GET', `/protocols/${id}`).then(
        (p) => live && setProtocol(p),
        (caught) => live && setError(asApiError(caught).message),
      );
    };
    load();
    const timer = setInterval(() => document.visibilityState === 'visible' && load(), REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [id, lang]);
  if (!protocol || (protocol.sessionId && session?.id !== protocol.sessionId)) {
    return (
      <Page title={t('protocol')} nav={nav}>
        {error ? <Notice kind="error">{error}</Notice> : <p className="loading">…</p>}
      </Page>
    );
  }
  const { timeZone } = protocol;
  const editable = protocol.status === 'draft' && protocol.signatures.length === 0;
  const a = protocol.attendance;
  const meetingLevel = protocol.instructions.filter(
    (p) => !protocol.items.some((i) => i.instructions.some((x) => x.id === p.id)),
  );
  return (
    <Page
      title={session ? t('sessionProtocol', { session: session.title }) : t('protocolOf', { forum: protocol.title })}
      nav={nav}
    >
      <Link to="/secretary">{t('back')}</Link>
      {session && <p className="sec-meta">{t('ofForum', { forum: protocol.title })}</p>}
      <p className="pr-status">
        <span className={protocol.status === 'draft' ? 'sec-badge' : 'sec-badge sec-badge-ok'}>
          {t(`status_${protocol.status}`)}
        </span>{' '}
        {protocol.number && t('numberOf', { number: protocol.number })} ·{' '}
        {formatInZone(`${protocol.meetingDate}T12:00:00Z`, timeZone, lang, { dateStyle: 'long' })}
        {protocol.place && ` · ${protocol.place}`}
      </p>
      {protocol.status !== 'draft' && <Notice kind="info">{t('frozen')}</Notice>}
      {protocol.status === 'draft' && protocol.signatures.length > 0 && <Notice kind="warn">{t('signing')}</Notice>}
      {editable && <Header protocol={protocol} onSaved={setProtocol} />}
      <section aria-labelledby="pr-attendance">
        <h2 id="pr-attendance">{t('attendance')}</h2>
        <p>
          <strong>{t('presentCount', { present: a.present.length, members: a.members })}</strong> ·{' '}
          {t(a.quorum.reached ? 'quorumYes' : 'quorumNo', { present: a.quorum.present, required: a.quorum.required })}{' '}
          <span className="sec-meta">
            (
            {t('judgedAt', {
              at: formatInZone(a.quorum.at, timeZone, lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
            })}
            )
          </span>
        </p>
        <details>
          <summary>{t('presentCount', { present: a.present.length, members: a.members })}</summary>
          <People list={a.present} />
        </details>
        {a.absent.length > 0 && (
          <details>
            <summary>{t('absentCount', { n: a.absent.length })}</summary>
            <People list={a.absent} />
          </details>
        )}
        {a.guests.length > 0 && (
          <details>
            <summary>{t('guestsCount', { n: a.guests.length })}</summary>
            <People list={a.guests} />
          </details>
        )}
      </section>
      {protocol.body && <p>{protocol.body}</p>}
      <section aria-labelledby="pr-items">
        <h2 id="pr-items">{t('items')}</h2>
        {protocol.items.map((item) => (
          <ProtocolItemCard
            key={item.id}
            protocol={protocol}
            item={item}
            editable={editable}
            timeZone={timeZone}
            onChange={setProtocol}
          />
        ))}
      </section>
      <section aria-labelledby="pr-instructions">
        <h2 id="pr-instructions">{t('instructions')}</h2>
        {protocol.instructions.length === 0 ? (
          <p className="sec-meta">{t('noInstructions')}</p>
        ) : (
          <InstructionList points={meetingLevel} timeZone={timeZone} />
        )}
        {editable && <InstructionForm protocolId={protocol.id} itemId={null} onSaved={setProtocol} />}
      </section>
      <Closing protocol={protocol} onChange={setProtocol} />
    </Page>
  );
}
