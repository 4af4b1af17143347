import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { formatInZone, useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { asApiError } from '../../lib/forms';
import { sessionKindLabel, TEXTS } from './messages';
import { SessionForm } from './SessionForm';
import type { EventData, SessionData } from './types';

/** The sessions as a tree: sections (top level) in time order, each with its sub-sessions. */
function tree(sessions: SessionData[]): { section: SessionData; children: SessionData[] }[] {
  const byStart = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title));
  return byStart
    .filter((s) => !s.parentId)
    .map((section) => ({ section, children: byStart.filter((s) => s.parentId === section.id) }));
}

/** The agenda: sections and sessions with their rooms, moderators and speakers. */
export function AgendaEditor({ event }: { event: EventData }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [sessions, setSessions] = useState<SessionData[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // The session being edited: an existing one, or a new one (possibly inside a section).
  const [editing, setEditing] = useState<{ session: SessionData | null; parentId: string } | null>(null);

  const load = useCallback(async () => {
    try {
      setSessions(await api<SessionData[]>('GET', `/events/${event.id}/sessions`));
    } catch (caught) {
      setError(asApiError(caught));
    }
  }, [event.id]);
  useEffect(() => {
    void load();
  }, [load, lang]);

  const remove = async (session: SessionData): Promise<void> => {
    if (!window.confirm(t('confirmDeleteSession', { title: session.title }))) {
      return;
    }
    try {
      await api('DELETE', `/sessions/${session.id}`);
      await load();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  const time = (iso: string): string => formatInZone(iso, event.timeZone, lang, { timeStyle: 'short' });
  const day = (iso: string): string =>
    formatInZone(iso, event.timeZone, lang, { weekday: 'short', day: 'numeric', month: 'short' });

  const row = (session: SessionData, child: boolean): ReactNode => (
    <li key={session.id} className={child ? 'session child' : 'session'}>
      <div className="session-line">
        <span className="session-time">
          {day(session.startsAt)}, {time(session.startsAt)}–{time(session.endsAt)}
        </span>
        <strong>{session.title}</strong>
        <span className="muted">
          {' '}
          · {sessionKindLabel(t, session.kind)}
          {session.roomName && <> · {session.roomName}</>}
        </span>
      </div>
      {(session.moderators.length > 0 || session.speakers.length > 0) && (
        <div className="session-people">
          {session.moderators.length > 0 && (
            <span>
              {t('moderators')}: {session.moderators.map((m) => m.name).join(', ')}.{' '}
            </span>
          )}
          {session.speakers.length > 0 && (
            <span>
              {t('speakers')}: {session.speakers.map((s) => s.name).join(', ')}
            </span>
          )}
        </div>
      )}
      <div className="row-actions">
        <button
          type="button"
          className="secondary small"
          aria-label={t('editNamed', { title: session.title })}
          onClick={() => setEditing({ session, parentId: session.parentId ?? '' })}
        >
          {t('edit')}
        </button>
        {!child && (
          <button
            type="button"
            className="secondary small"
            aria-label={t('addSubSessionTo', { title: session.title })}
            onClick={() => setEditing({ session: null, parentId: session.id })}
          >
            {t('addSubSession')}
          </button>
        )}
        <button
          type="button"
          className="secondary small danger"
          aria-label={t('deleteNamed', { title: session.title })}
          onClick={() => void remove(session)}
        >
          {t('delete')}
        </button>
      </div>
    </li>
  );

  return (
    <div className="agenda-editor">
      {error && <Notice kind="error">{error.message}</Notice>}
      {!sessions && !error && <p className="loading">{t('loading')}</p>}
      {sessions && sessions.length === 0 && <p>{t('noSessions')}</p>}
      {sessions && sessions.length > 0 && (
        <ol className="agenda-tree" aria-label={t('tabAgenda')}>
          {tree(sessions).map(({ section, children }) => (
            <li key={section.id} className="section">
              <ol>
                {row(section, false)}
                {children.length > 0 && <li className="children">{<ol>{children.map((c) => row(c, true))}</ol>}</li>}
              </ol>
            </li>
          ))}
        </ol>
      )}
      {editing ? (
        <SessionForm
          key={editing.session?.id ?? `new-${editing.parentId}`}
          event={event}
          session={editing.session}
          parentId={editing.parentId}
          sections={(sessions ?? []).filter((s) => !s.parentId)}
          onSaved={async () => {
            setEditing(null);
            await load();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <button type="button" onClick={() => setEditing({ session: null, parentId: '' })}>
          {t('addSession')}
        </button>
      )}
    </div>
  );
}
