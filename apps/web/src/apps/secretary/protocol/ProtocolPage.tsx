import { type ReactNode, useEffect, useState } from 'react';
import type { ProtocolAttendee, ProtocolResponse, SessionResponse } from '@app/contracts';
import { api } from '../../../lib/api';
import { asApiError } from '../../../lib/forms';
import { formatInZone, useLanguage, useTexts } from '../../../lib/i18n';
import { Notice, Page } from '../../../lib/ui';
import { Link } from '../navigation';
import { InstructionForm } from './ProtocolForms';
import { ProtocolClosing } from './ProtocolClosing';
import { ProtocolHeader } from './ProtocolHeader';
import { InstructionList, ProtocolItemCard } from './ProtocolItem';
import { PROTOCOL_TEXTS } from './messages';

/** Lines another secretary appends show up this often while the screen is open. */
const REFRESH_MS = 8000;

function People({ list }: { list: ProtocolAttendee[] }): ReactNode {
  return (
    <ul className="pr-people">
      {list.map((a) => (
        <li key={a.id}>{[a.name, a.position].filter(Boolean).join(', ')}</li>
      ))}
    </ul>
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
      {editable && <ProtocolHeader protocol={protocol} onSaved={setProtocol} />}
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
      <ProtocolClosing protocol={protocol} onChange={setProtocol} />
    </Page>
  );
}
