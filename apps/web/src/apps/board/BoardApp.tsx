import { type ReactNode, useEffect, useRef, useState } from 'react';
import { api, ApiError, getUser } from '../../lib/api';
import { formatInZone, useLanguage, useTexts } from '../../lib/i18n';
import { Notice, Page } from '../../lib/ui';
import { type EventSummary, eventDates, eventTitle } from '../my/event';
import { fetchFile, saveBlob } from '../../lib/files';
import { REGISTRATION_LABELS, roleKey } from '../my/labels';
import './board.css';
import { GroupTable } from './GroupTable';
import { TEXTS } from './messages';
import { type AttendanceReport, type Grouping, GROUPINGS, mayWatch, percent } from './report';
import { QuorumPanel } from './QuorumPanel';

/** Fresh enough for a hall filling up, light enough for the API: three small reports every few seconds. */
const POLL_MS = 2500;

type Reports = Record<Grouping, AttendanceReport>;

function toLogin(): void {
  location.assign(`/login?next=${encodeURIComponent(location.pathname + location.search)}`);
}

/** Polls the attendance reports while the page is visible; stops when hidden, resumes at once when shown. */
function useLiveReports(eventId: string | undefined): {
  reports: Reports | null;
  updatedAt: Date | null;
  error: ApiError | null;
  stale: boolean;
} {
  const [reports, setReports] = useState<Reports | null>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [stale, setStale] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    if (!eventId) {
      return;
    }
    let live = true;
    let inFlight = false;
    const schedule = (): void => {
      window.clearTimeout(timer.current);
      if (live && document.visibilityState === 'visible') {
        timer.current = window.setTimeout(() => void poll(), POLL_MS);
      }
    };
    const poll = async (): Promise<void> => {
      if (inFlight) {
        return;
      }
      inFlight = true;
      try {
        const answers = await Promise.all(
          GROUPINGS.map((by) => api<AttendanceReport>('GET', `/events/${eventId}/attendance?by=${by}`)),
        );
        if (live) {
          setReports({ region: answers[0], role: answers[1], session: answers[2] });
          setUpdatedAt(new Date());
          setStale(false);
          setError(null);
        }
      } catch (caught) {
        if (!live) {
          return;
        }
        if (caught instanceof ApiError) {
          if (caught.status === 401) {
            toLogin();
          }
          setError(caught);
          if (caught.status === 403 || caught.status === 404) {
            // No point asking again: the answer will not change while the page is open.
            live = false;
          }
        } else {
          setStale(true);
        }
      } finally {
        inFlight = false;
        schedule();
      }
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'visible') {
        void poll();
      } else {
        window.clearTimeout(timer.current);
      }
    };
    void poll();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      window.clearTimeout(timer.current);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [eventId]);

  return { reports, updatedAt, error, stale };
}

/** One big figure of the board, readable from the back of a hall. */
function Total({
  id,
  label,
  value,
  children,
}: {
  id: string;
  label: string;
  value: number | string;
  children?: ReactNode;
}): ReactNode {
  return (
    <div className={`total total-${id}`}>
      <span className="total-label">{label}</span>
      <span className="total-value" data-testid={`total-${id}`}>
        {value}
      </span>
      {children}
    </div>
  );
}

/** `/board/:eventId` (id or slug): live registered vs present for the organizers, for a projector or a tablet. */
export default function BoardApp({ params }: { params: Record<string, string> }): ReactNode {
  const t = useTexts(TEXTS);
  const roleLabel = useTexts(REGISTRATION_LABELS);
  const { lang } = useLanguage();
  const user = getUser();
  const [event, setEvent] = useState<EventSummary | null>(null);
  const [eventError, setEventError] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const allowed = !!user && !!event && mayWatch(user, event);
  const { reports, updatedAt, error, stale } = useLiveReports(allowed ? event.id : undefined);

  useEffect(() => {
    if (!user) {
      toLogin();
      return;
    }
    api<EventSummary>('GET', `/events/${encodeURIComponent(params.eventId)}`)
      .then(setEvent)
      .catch((caught: unknown) => {
        if (caught instanceof ApiError && caught.status === 401) {
          toLogin();
        }
        setEventError(caught instanceof ApiError ? caught.message : t('network'));
      });
    // Once per address.
  }, [params.eventId]);

  if (!user) {
    return null;
  }
  const zone = event?.timeZone ?? 'Asia/Almaty';
  const time = (at: Date): string => formatInZone(at.toISOString(), zone, lang, { timeStyle: 'medium' });

  const download = async (kind: 'csv' | 'xlsx'): Promise<void> => {
    setDownloadError(null);
    try {
      const file = await fetchFile(`/events/${event!.id}/attendance.${kind}`, lang);
      saveBlob(file, `attendance-${event!.slug}.${kind}`);
    } catch (caught) {
      setDownloadError(caught instanceof ApiError ? caught.message : t('network'));
    }
  };

  const denied = (event && !allowed) || error?.status === 403;
  const totals = reports?.region.totals;
  const sessionTitles = new Map(reports?.session.groups.map((g) => [g.key, g.label]) ?? []);

  return (
    <Page title={event ? eventTitle(event, lang) : t('title')}>
      {eventError && <Notice kind="error">{eventError}</Notice>}
      {denied && (
        <Notice kind="error">
          {t('noAccess')}
          {error?.status === 403 && (
            <>
              <br />
              {error.message}
            </>
          )}
        </Notice>
      )}
      {error && error.status !== 403 && <Notice kind="error">{error.message}</Notice>}
      {event && allowed && (
        <div className="board">
          <div className="board-head">
            <p className="board-kind">
              {t('title')} · {eventDates(event, lang)}
            </p>
            <p className="updated">
              {updatedAt ? t('updated', { time: time(updatedAt) }) : t('loading')}
              <span className="hint"> {t('paused')}</span>
            </p>
            {stale && updatedAt && <Notice kind="warn">{t('stale', { time: time(updatedAt) })}</Notice>}
          </div>

          {totals && (
            <section className="totals" aria-label={t('title')}>
              <Total id="registered" label={t('registered')} value={totals.registered} />
              <Total id="present" label={t('present')} value={totals.checkedIn} />
              <Total id="percent" label={t('percent')} value={`${percent(totals.checkedIn, totals.registered)}%`}>
                <progress
                  value={totals.checkedIn}
                  max={Math.max(totals.registered, 1)}
                  aria-label={t('ofRegistered', { p: percent(totals.checkedIn, totals.registered) })}
                />
              </Total>
            </section>
          )}

          <section className="exports" aria-label={t('exports')}>
            <button type="button" onClick={() => void download('csv')}>
              {t('exportCsv')}
            </button>
            <button type="button" onClick={() => void download('xlsx')}>
              {t('exportXlsx')}
            </button>
            {downloadError && <Notice kind="error">{downloadError}</Notice>}
          </section>

          {reports && (
            <div className="board-grid">
              {reports.region.groups.length === 0 ? (
                <p className="wide">{t('empty')}</p>
              ) : (
                <div className="wide">
                  <GroupTable
                    caption={t('byRegion')}
                    groups={reports.region.groups}
                    labelOf={(g) => (g.key === 'none' ? t('noRegion') : g.label)}
                  />
                </div>
              )}
              <div className="wide">
                <QuorumPanel
                  quorum={reports.region.quorum}
                  titleOf={(id) => (id === null ? t('quorumEvent') : (sessionTitles.get(id) ?? '—'))}
                />
              </div>
              {reports.role.groups.length > 0 && (
                <GroupTable
                  caption={t('byRole')}
                  groups={reports.role.groups}
                  labelOf={(g) => roleLabel(roleKey(g.key))}
                />
              )}
              {reports.session.groups.length > 0 && (
                <div className="wide">
                  <GroupTable caption={t('bySession')} groups={reports.session.groups} />
                </div>
              )}
            </div>
          )}
        </div>
      )}
    </Page>
  );
}
