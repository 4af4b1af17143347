import { formatBadgeCode, normalizeBadgeCode, roomName } from '@app/contracts';
import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { pick, useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import type { CheckInEvent } from './events';
import { TEXTS } from './messages';
import { decide, mergeRoster, type QueuedCheckIn, type Roster, type Target, verdictFromServer } from './roster';
import { Feedback, type Shown } from './Feedback';
import { fetchRoster } from './roster-fetch';
import { RosterSearch } from './RosterSearch';
import { Scanner } from './Scanner';
import {
  clearRejected,
  deviceId,
  enqueue,
  getRoster,
  getSetting,
  putRoster,
  putSetting,
  queuedFor,
  type RejectedCheckIn,
  rejectedFor,
} from './store';
import { syncQueue } from './sync';
import { dayInZone, momentInZone, timeInZone } from './when';

const SYNC_EVERY_MS = 15_000;
const REFRESH_ROSTER_EVERY_MS = 120_000;

export function CheckInDesk({ event, onLeave }: { event: CheckInEvent; onLeave: () => void }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [roster, setRoster] = useState<Roster | undefined>();
  const [queue, setQueue] = useState<QueuedCheckIn[]>([]);
  const [rejected, setRejected] = useState<RejectedCheckIn[]>([]);
  const [sessionId, setSessionId] = useState<string>('');
  const [online, setOnline] = useState(navigator.onLine);
  const [syncing, setSyncing] = useState(false);
  const [syncProblem, setSyncProblem] = useState<{ kind: 'signed_out' } | { kind: 'failed'; message: string } | null>(
    null,
  );
  const [shown, setShown] = useState<Shown | null>(null);
  const [code, setCode] = useState('');
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const shownRef = useRef(shown);
  shownRef.current = shown;

  const time = (iso: string): string => momentInZone(iso, event.timeZone, lang);

  const reload = useCallback(async (): Promise<void> => {
    const [storedRoster, storedQueue, storedRejected] = await Promise.all([
      getRoster(event.id),
      queuedFor(event.id),
      rejectedFor(event.id),
    ]);
    setRoster(storedRoster);
    setQueue(storedQueue);
    setRejected(storedRejected);
  }, [event.id]);

  const sync = useCallback(async (): Promise<void> => {
    if (!navigator.onLine) {
      return;
    }
    setSyncing(true);
    try {
      const outcome = await syncQueue();
      if (outcome.kind === 'done') {
        setSyncProblem(null);
        const entries = (await getRoster(event.id))?.entries ?? [];
        const current = shownRef.current;
        const result = current?.clientId ? outcome.results.get(current.clientId) : undefined;
        if (current && result) {
          setShown({ ...current, verdict: verdictFromServer(result, current.verdict, entries), server: 'confirmed' });
          setServerMessage(result.status === 'rejected' ? (result.message ?? null) : null);
        }
      } else if (outcome.kind === 'signed_out' || outcome.kind === 'failed') {
        setSyncProblem(outcome);
      }
    } catch (error) {
      setSyncProblem({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      await reload();
      setSyncing(false);
    }
  }, [event.id, reload]);

  const refreshRoster = useCallback(async (): Promise<void> => {
    if (!navigator.onLine) {
      return;
    }
    try {
      const fresh = await fetchRoster(event.id);
      const previous = (await getRoster(event.id))?.entries ?? [];
      const next = { eventId: event.id, fetchedAt: new Date().toISOString(), entries: mergeRoster(fresh, previous) };
      await putRoster(next);
      setRoster(next);
    } catch {
      // Keep the cached roster: the door keeps working on what the device has.
    }
  }, [event.id]);

  useEffect(() => {
    void (async () => {
      setSessionId((await getSetting<string>(`session:${event.id}`)) ?? '');
      await reload();
      await sync();
    })();
  }, [event.id, reload, sync]);

  // Names come in the reader's language: a new language, a new roster.
  useEffect(() => {
    void refreshRoster();
    const timer = setInterval(() => void refreshRoster(), REFRESH_ROSTER_EVERY_MS);
    return () => clearInterval(timer);
  }, [refreshRoster, lang]);

  useEffect(() => {
    const goneOnline = (): void => {
      setOnline(true);
      void sync().then(refreshRoster);
    };
    const goneOffline = (): void => setOnline(false);
    window.addEventListener('online', goneOnline);
    window.addEventListener('offline', goneOffline);
    const timer = setInterval(() => void sync(), SYNC_EVERY_MS);
    return () => {
      window.removeEventListener('online', goneOnline);
      window.removeEventListener('offline', goneOffline);
      clearInterval(timer);
    };
  }, [sync, refreshRoster]);

  const checkIn = async (target: Target, label: string): Promise<void> => {
    const session = sessionId || null;
    // The moment of the scan, taken first: it is the check-in's time, whenever it syncs.
    const at = new Date().toISOString();
    const current = await queuedFor(event.id);
    const verdict = decide(roster?.entries ?? [], current, target, session);
    let clientId: string | null = null;
    if (verdict.kind === 'admitted' || verdict.kind === 'unknown') {
      clientId = crypto.randomUUID();
      await enqueue({
        clientId,
        eventId: event.id,
        ...('badgeCode' in target
          ? { badgeCode: normalizeBadgeCode(target.badgeCode) }
          : { registrationId: target.registrationId }),
        ...(session ? { sessionId: session } : {}),
        at,
        deviceId: await deviceId(),
        label,
      });
      setQueue(await queuedFor(event.id));
    }
    const willAsk = clientId !== null && navigator.onLine;
    setServerMessage(null);
    setShown({ verdict, clientId, server: clientId === null ? 'none' : willAsk ? 'waiting' : 'saved' });
    feedback.current?.scrollIntoView?.({ block: 'nearest' });
    if (willAsk) {
      void sync();
    }
  };

  const submitCode = (formEvent: FormEvent): void => {
    formEvent.preventDefault();
    const typed = normalizeBadgeCode(code);
    if (typed) {
      setCode('');
      void checkIn({ badgeCode: typed }, formatBadgeCode(typed));
    }
  };

  const chooseSession = (value: string): void => {
    setSessionId(value);
    void putSetting(`session:${event.id}`, value);
  };

  return (
    <div className="ci-desk">
      <div className="ci-bar">
        <button type="button" className="secondary ci-leave" onClick={onLeave}>
          {t('changeEvent')}
        </button>
        <div className="ci-session">
          <label htmlFor="ci-session">{t('checkInTo')}</label>
          <select id="ci-session" value={sessionId} onChange={(change) => chooseSession(change.target.value)}>
            <option value="">{t('wholeEvent')}</option>
            {event.sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {dayInZone(session.startsAt, event.timeZone, lang)},{' '}
                {timeInZone(session.startsAt, event.timeZone, lang)} · {pick(session.titles, lang)}
                {session.room ? ` (${roomName(session.room, event.rooms, lang)})` : ''}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="ci-sync">
        <span className={`ci-net ${online ? 'ci-net-on' : 'ci-net-off'}`}>{online ? t('online') : t('offline')}</span>
        <span className="ci-pending" role="status" data-pending={queue.length}>
          {queue.length ? t('pending', { count: queue.length }) : t('allSynced')}
        </span>
        <button
          type="button"
          className="ci-sync-now"
          disabled={!online || syncing || !queue.length}
          onClick={() => void sync()}
        >
          {syncing ? t('syncing') : t('syncNow')}
        </button>
      </div>
      {syncProblem?.kind === 'signed_out' && (
        <Notice kind="error">
          {t('signInAgain')} <a href={`/login?next=${encodeURIComponent('/check-in')}`}>→</a>
        </Notice>
      )}
      {syncProblem?.kind === 'failed' && (
        <Notice kind="error">{t('syncFailed', { message: syncProblem.message })}</Notice>
      )}

      <div ref={feedback} className="ci-feedback-slot">
        <Feedback shown={shown} time={time} serverMessage={serverMessage} />
      </div>

      <div className="ci-columns">
        <div>
          <Scanner onCode={(scanned) => void checkIn({ badgeCode: scanned }, formatBadgeCode(scanned))} />
          <form className="ci-manual" onSubmit={submitCode} aria-labelledby="ci-manual-title">
            <h2 id="ci-manual-title">{t('manualTitle')}</h2>
            <label htmlFor="ci-code">{t('codeLabel')}</label>
            <div className="ci-inline">
              <input
                id="ci-code"
                name="badgeCode"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                value={code}
                onChange={(change) => setCode(change.target.value)}
              />
              <button type="submit">{t('codeSubmit')}</button>
            </div>
          </form>
        </div>
        <RosterSearch
          roster={roster}
          time={time}
          onPick={(entry) => void checkIn({ registrationId: entry.registrationId }, entry.name)}
        />
      </div>

      {rejected.length > 0 && (
        <section className="ci-rejected" aria-labelledby="ci-rejected-title">
          <h2 id="ci-rejected-title">{t('rejectedTitle')}</h2>
          <ul>
            {rejected
              .slice(-20)
              .reverse()
              .map((item) => (
                <li key={item.clientId}>
                  <strong>{item.label}</strong> · {time(item.at)} · {item.message || item.code}
                </li>
              ))}
          </ul>
          <button
            type="button"
            className="secondary"
            onClick={() => void clearRejected(event.id).then(() => setRejected([]))}
          >
            {t('clearRejected')}
          </button>
        </section>
      )}
    </div>
  );
}
