import { type ReactNode, useEffect, useState } from 'react';
import type { ProtocolResponse } from '@app/contracts';
import { api } from '../../../lib/api';
import { asApiError } from '../../../lib/forms';
import { formatInZone, useLanguage, useTexts } from '../../../lib/i18n';
import { Notice } from '../../../lib/ui';
import type { Forum } from '../types';
import { Link, navigate } from '../navigation';
import { PROTOCOL_TEXTS } from './messages';
import { type Session, sessionsWithoutProtocol } from './sessions';

/** A forum's protocols (its own and its sessions', addenda under theirs), and the start of a missing one. */
export function ProtocolList({ forum }: { forum: Forum }): ReactNode {
  const t = useTexts(PROTOCOL_TEXTS);
  const { lang } = useLanguage();
  const [loaded, setLoaded] = useState<{ protocols: ProtocolResponse[]; sessions: Session[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sessionId, setSessionId] = useState('');
  useEffect(() => {
    let live = true;
    Promise.all([
      api<ProtocolResponse[]>('GET', `/events/${forum.id}/protocols`),
      api<Session[]>('GET', `/events/${forum.id}/sessions`),
    ]).then(
      ([protocols, sessions]) => live && setLoaded({ protocols, sessions }),
      (caught) => live && setError(asApiError(caught).message),
    );
    return () => {
      live = false;
    };
  }, [forum.id, lang]);
  if (!loaded) {
    return error ? <Notice kind="error">{error}</Notice> : null;
  }
  const { protocols, sessions } = loaded;
  const meetings = protocols.filter((p) => p.kind === 'protocol');
  const titleOf = (id: string): string => sessions.find((s) => s.id === id)?.title ?? '';
  const open = sessionsWithoutProtocol(sessions, protocols);
  const chosen = open.some((s) => s.id === sessionId) ? sessionId : '';
  const start = async (session: string | null): Promise<void> => {
    try {
      setError(null);
      const created = await api<ProtocolResponse>('POST', `/events/${forum.id}/protocols`, {
        body: session ? { sessionId: session } : {},
      });
      navigate(`/secretary/protocols/${created.id}`);
    } catch (caught) {
      setError(asApiError(caught).message);
    }
  };
  const badge = (p: Pick<ProtocolResponse, 'number' | 'status'>): ReactNode => (
    <span className={p.status === 'draft' ? 'sec-badge' : 'sec-badge sec-badge-ok'}>
      {p.number ? `${t('numberOf', { number: p.number })} · ` : ''}
      {t(`status_${p.status}`)}
    </span>
  );
  const headingId = `protocols-${forum.id}`;
  return (
    <section className="pr-list" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('protocols')}</h3>
      {meetings.length === 0 ? (
        <p className="sec-meta">{t('noProtocols')}</p>
      ) : (
        <ul>
          {meetings.map((p) => (
            <li key={p.id}>
              <Link to={`/secretary/protocols/${p.id}`}>
                {p.sessionId ? t('sessionProtocol', { session: titleOf(p.sessionId) }) : t('forumProtocol')}
              </Link>{' '}
              {badge(p)}
              {p.addenda.length > 0 && (
                <ul>
                  {p.addenda.map((a) => (
                    <li key={a.id}>
                      <Link to={`/secretary/protocols/${a.id}`}>{t('addendumLink')}</Link> {badge(a)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {!meetings.some((p) => p.sessionId === null) && (
        <button type="button" onClick={() => void start(null)}>
          {t('createProtocol')}
        </button>
      )}
      {open.length > 0 && (
        <details className="pr-start">
          <summary>{t('startSessionProtocol')}</summary>
          <div className="sec-field">
            <label htmlFor={`pr-session-${forum.id}`}>{t('session')}</label>
            <select id={`pr-session-${forum.id}`} value={chosen} onChange={(event) => setSessionId(event.target.value)}>
              <option value="">{t('chooseSession')}</option>
              {open.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.parentId ? '— ' : ''}
                  {formatInZone(s.startsAt, forum.timeZone, lang, { dateStyle: 'short', timeStyle: 'short' })} {s.title}
                </option>
              ))}
            </select>
          </div>
          <button type="button" disabled={!chosen} onClick={() => void start(chosen)}>
            {t('startProtocol')}
          </button>
        </details>
      )}
      {error && <Notice kind="error">{error}</Notice>}
    </section>
  );
}
