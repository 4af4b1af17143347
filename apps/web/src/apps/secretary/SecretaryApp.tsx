import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { api, getUser, holds, saveSession, getToken, type SignedInUser } from '../../lib/api';
import { eventDates, useLanguage, useTexts } from '../../lib/i18n';
import { Notice, Page } from '../../lib/ui';
import { ExecutionView } from './ExecutionView';
import { asApiError, confirmLeave, markAllClean } from '../../lib/forms';
import { TEXTS } from './messages';
import { Link, navigate, setLeaveGuard, useLocation } from './navigation';
import { ResolutionEditor } from './ResolutionEditor';
import { ResolutionView } from './ResolutionView';
import type { Forum, ForumSession, Resolution } from './types';
import { VotePanel } from './VotePanel';
import { ProtocolList } from './protocol/ProtocolList';
import { ProtocolPage } from './protocol/ProtocolPage';
import './secretary.css';

const toLogin = (): void => location.assign(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);

/** The forums this user keeps the records of: their event scopes, their organizations' events, all for admins. */
async function myForums(user: SignedInUser): Promise<Forum[]> {
  const staff = user.scopes.filter((s) => s.role === 'secretary' || s.role === 'organizer');
  const lists = await Promise.all([
    ...staff
      .filter((s) => s.kind === 'event')
      .map((s) =>
        api<Forum>('GET', `/events/${s.id}`).then(
          (f) => [f],
          () => [] as Forum[],
        ),
      ),
    ...staff
      .filter((s) => s.kind === 'organization')
      .map((s) => api<{ items: Forum[] }>('GET', `/events?organization=${s.id}&limit=50`).then((r) => r.items)),
    ...(user.roles.includes('admin') ? [api<{ items: Forum[] }>('GET', '/events?limit=50').then((r) => r.items)] : []),
  ]);
  const byId = new Map(lists.flat().map((f) => [f.id, f]));
  return [...byId.values()].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}

function useAsync<T>(load: () => Promise<T>, deps: unknown[]): { value?: T; error?: string; reload: () => void } {
  const [state, setState] = useState<{ value?: T; error?: string }>({});
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ value }),
      (caught) => {
        const error = asApiError(caught);
        if (error.status === 401) {
          toLogin();
        }
        if (live) {
          setState({ error: error.message });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [...deps, round]);
  return { ...state, reload: useCallback(() => setRound((r) => r + 1), []) };
}

export default function SecretaryApp(): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const { pathname, query } = useLocation();
  const [user, setUser] = useState<SignedInUser | null>(getUser);
  const forums = useAsync(async () => (user ? myForums(user) : []), [user, lang]);
  const question = t('unsavedQuestion');
  // Moving to another screen asks first while a form has unsaved changes.
  useEffect(() => {
    setLeaveGuard(() => confirmLeave(question));
    return () => setLeaveGuard(null);
  }, [question]);

  useEffect(() => {
    if (!getToken()) {
      toLogin();
      return;
    }
    // Scopes change when an organizer appoints a secretary: read them fresh, not from the last sign-in.
    api<SignedInUser>('GET', '/auth/me').then(
      (me) => {
        saveSession(getToken()!, me);
        setUser(me);
      },
      (caught) => asApiError(caught).status === 401 && toLogin(),
    );
  }, []);

  const nav = (
    <>
      <Link to="/secretary">{t('navResolutions')}</Link>
      <Link to="/secretary/execution">{t('navExecution')}</Link>
    </>
  );
  if (!user) {
    return <p className="loading">{t('loading')}</p>;
  }
  if (!holds(user, 'secretary') && !holds(user, 'organizer')) {
    return (
      <Page title={t('title')} nav={nav}>
        <Notice kind="warn">{t('notSecretary')}</Notice>
      </Page>
    );
  }
  if (!forums.value) {
    return (
      <Page title={t('title')} nav={nav}>
        {forums.error ? <Notice kind="error">{forums.error}</Notice> : <p className="loading">{t('loading')}</p>}
      </Page>
    );
  }

  const parts = pathname.replace(/\/+$/, '').split('/').slice(2);
  if (parts[0] === 'execution') {
    return (
      <Page title={t('executionTitle')} nav={nav}>
        <ExecutionView forums={forums.value} query={query} />
      </Page>
    );
  }
  if (parts[0] === 'forums' && parts[2] === 'new') {
    return <NewDraftPage key={parts[1]} eventId={parts[1]} nav={nav} />;
  }
  if (parts[0] === 'protocols' && parts[1]) {
    return <ProtocolPage key={parts[1]} id={parts[1]} nav={nav} />;
  }
  if (parts[0] === 'resolutions' && parts[1]) {
    return <ResolutionPage key={pathname} id={parts[1]} amend={parts[2] === 'amend'} nav={nav} />;
  }
  return (
    <Page title={t('forumsAndResolutions')} nav={nav}>
      <ForumList forums={forums.value} />
    </Page>
  );
}

function ForumList({ forums }: { forums: Forum[] }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const resolutions = useAsync(
    () => Promise.all(forums.map((f) => api<Resolution[]>('GET', `/events/${f.id}/resolutions`))),
    [forums, lang],
  );
  if (forums.length === 0) {
    return <Notice kind="info">{t('noForums')}</Notice>;
  }
  return (
    <>
      {resolutions.error && <Notice kind="error">{resolutions.error}</Notice>}
      {forums.map((forum, index) => (
        <section key={forum.id} className="sec-forum" aria-labelledby={`forum-${forum.id}`}>
          <h2 id={`forum-${forum.id}`}>{forum.title}</h2>
          <p className="sec-meta">{eventDates(forum, lang, { withTime: false })}</p>
          {resolutions.value &&
            (resolutions.value[index].length === 0 ? (
              <p>{t('noResolutions')}</p>
            ) : (
              <ul className="sec-resolutions">
                {resolutions.value[index].map((r) => (
                  <li key={r.id}>
                    <Link to={`/secretary/resolutions/${r.id}`}>{r.title}</Link>{' '}
                    <span className={r.status === 'adopted' ? 'sec-badge sec-badge-ok' : 'sec-badge'}>
                      {r.number ? `${r.label} · ` : ''}
                      {t(`status_${r.status}`)}
                    </span>
                  </li>
                ))}
              </ul>
            ))}
          <Link className="sec-button-link" to={`/secretary/forums/${forum.id}/new`}>
            {t('newDraft')}
          </Link>
          <ProtocolList forum={forum} />
        </section>
      ))}
    </>
  );
}

/** What a resolution's screens need of its forum: the zone for dates and the sessions for the adopting one. */
function useForum(eventId: string | undefined): { forum?: Forum; sessions?: ForumSession[]; error?: string } {
  const { lang } = useLanguage();
  const loaded = useAsync(
    async () =>
      eventId
        ? Promise.all([
            api<Forum>('GET', `/events/${eventId}`),
            api<ForumSession[]>('GET', `/events/${eventId}/sessions`),
          ])
        : undefined,
    [eventId, lang],
  );
  return { forum: loaded.value?.[0], sessions: loaded.value?.[1], error: loaded.error };
}

/** After a save the form is clean: leave without asking. */
const goTo = (to: string): void => {
  markAllClean();
  navigate(to, { replace: true });
};

function NewDraftPage({ eventId, nav }: { eventId: string; nav: ReactNode }): ReactNode {
  const t = useTexts(TEXTS);
  const { forum, sessions, error } = useForum(eventId);
  return (
    <Page title={forum ? t('newDraftFor', { forum: forum.title }) : t('newDraft')} nav={nav}>
      <Link to="/secretary">{t('backToList')}</Link>
      {error && <Notice kind="error">{error}</Notice>}
      {forum && sessions && (
        <ResolutionEditor
          mode={{ kind: 'create', eventId }}
          sessions={sessions}
          onSaved={(saved) => goTo(`/secretary/resolutions/${saved.id}?saved=1`)}
        />
      )}
    </Page>
  );
}

function ResolutionPage({ id, amend, nav }: { id: string; amend: boolean; nav: ReactNode }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const { query } = useLocation();
  const loaded = useAsync(() => api<Resolution>('GET', `/resolutions/${id}`), [id, lang]);
  const [resolution, setResolution] = useState<Resolution | undefined>();
  const [flash, setFlash] = useState<string | null>(query.get('saved') ? t('saved') : null);
  const [dirty, setDirty] = useState(false);
  useEffect(() => setResolution(loaded.value), [loaded.value]);
  const { forum, sessions, error } = useForum(resolution?.eventId);
  const failure = loaded.error ?? error;
  // Typing again makes "saved" stale.
  const onDirtyChange = useCallback((next: boolean) => {
    setDirty(next);
    if (next) {
      setFlash(null);
    }
  }, []);

  if (!resolution || !forum || !sessions) {
    return (
      <Page title={t('draftTitle')} nav={nav}>
        {failure ? <Notice kind="error">{failure}</Notice> : <p className="loading">{t('loading')}</p>}
      </Page>
    );
  }
  if (amend && resolution.status === 'adopted') {
    return (
      <Page title={t('amendmentTitle', { number: resolution.number ?? '' })} nav={nav}>
        <Link to={`/secretary/resolutions/${resolution.id}`}>{t('numberOf', { number: resolution.number ?? '' })}</Link>
        <ResolutionEditor
          mode={{ kind: 'amend', eventId: resolution.eventId, resolution }}
          sessions={sessions}
          onSaved={(saved) => goTo(`/secretary/resolutions/${saved.id}?saved=1`)}
        />
      </Page>
    );
  }
  if (resolution.status === 'adopted') {
    return (
      <Page title={resolution.title} nav={nav}>
        <Link to="/secretary">{t('backToList')}</Link>
        {flash && <Notice kind="ok">{flash}</Notice>}
        <ResolutionView resolution={resolution} forum={forum} />
      </Page>
    );
  }
  return (
    <Page title={`${t('draftTitle')}: ${resolution.title}`} nav={nav}>
      <Link to="/secretary">{t('backToList')}</Link>
      {resolution.amends && <p>{t('amendsNumber', { number: resolution.amends.number ?? t('noNumber') })}</p>}
      {flash && <Notice kind="ok">{flash}</Notice>}
      <ResolutionEditor
        key={resolution.version}
        mode={{ kind: 'edit', eventId: resolution.eventId, resolution }}
        sessions={sessions}
        onDirtyChange={onDirtyChange}
        onSaved={(saved) => {
          setResolution(saved);
          setFlash(t('saved'));
        }}
        onReload={() => {
          setFlash(null);
          markAllClean();
          loaded.reload();
        }}
      />
      <VotePanel
        key={resolution.sessionId ?? 'event'}
        resolution={resolution}
        timeZone={forum.timeZone}
        textDirty={dirty}
        onAdopted={(adopted) => {
          setResolution(adopted);
          setFlash(t(`adoptedAs_${adopted.kind}`, { number: adopted.number ?? '' }));
          scrollTo(0, 0);
        }}
      />
    </Page>
  );
}
