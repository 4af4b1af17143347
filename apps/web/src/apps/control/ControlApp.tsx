import {
  CONTROL_SOURCES,
  type ControlHistoryResponse,
  type ControlPointResponse,
  type ControlPointsResponse,
  type ControlSummaryResponse,
  POINT_STATUSES,
} from '@app/contracts';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { api, getUser } from '../../lib/api';
import { formatInZone, useLanguage, useTexts } from '../../lib/i18n';
import { formatDay, formatNumber } from '../../lib/format';
import { Notice, Page } from '../../lib/ui';
import { TEXTS } from './messages';
import { OrganizationTable } from './OrganizationTable';
import { TrendChart } from './TrendChart';
import './control.css';

const FILTERS = ['organization', 'region', 'source', 'status', 'due_before', 'overdue', 'q'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

function readFilters(): Filters {
  const query = new URLSearchParams(location.search);
  return Object.fromEntries(FILTERS.flatMap((name) => (query.get(name) ? [[name, query.get(name)!]] : [])));
}

function queryOf(filters: Filters): string {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value) as [string, string][]);
  return query.toString();
}

interface Data {
  points: ControlPointsResponse;
  summary: ControlSummaryResponse;
  /** The organizations and regions one may choose: those of every point the user follows. */
  everything: ControlSummaryResponse;
}

/**
 * The control room: every point of resolutions, protocol instructions and road maps that the user follows, with
 * the figures, the same per responsible body, the weekly trend, and each point's history. Filters live in the
 * address, so a view can be bookmarked and sent.
 */
export default function ControlApp(): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [filters, setFilters] = useState<Filters>(readFilters);
  const [draft, setDraft] = useState<Filters>(filters);
  const [data, setData] = useState<Data | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [open, setOpen] = useState<ControlPointResponse | undefined>();
  const user = getUser();

  useEffect(() => {
    if (!user) {
      return;
    }
    const query = queryOf(filters);
    void Promise.all([
      api<ControlPointsResponse>('GET', `/control/points?limit=100&${query}`),
      api<ControlSummaryResponse>('GET', `/control/summary?${query}`),
      query ? api<ControlSummaryResponse>('GET', '/control/summary') : undefined,
    ])
      .then(([points, summary, everything]) => {
        setError(undefined);
        setData({ points, summary, everything: everything ?? summary });
      })
      .catch((e: Error) => setError(e.message));
  }, [filters, lang]);

  if (!user) {
    return (
      <Page title={t('title')}>
        <Notice kind="info">
          <a href="/login?next=/control">{t('signIn')}</a>
        </Notice>
      </Page>
    );
  }

  const apply = (event: FormEvent): void => {
    event.preventDefault();
    history.replaceState(null, '', `/control${queryOf(draft) ? `?${queryOf(draft)}` : ''}`);
    setFilters(draft);
  };
  const field = (name: keyof Filters) => ({
    id: `filter-${name}`,
    name,
    value: draft[name] ?? '',
    onChange: (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: event.target.value })),
  });
  return (
    <Page title={t('title')}>
      <form className="ctl-filters" onSubmit={apply} aria-label={t('filters')}>
        <div className="ctl-field">
          <label htmlFor="filter-organization">{t('organization')}</label>
          <select {...field('organization')}>
            <option value="">{t('all')}</option>
            {data?.everything.byOrganization
              .filter((o) => o.id)
              .map((o) => (
                <option key={o.id} value={o.id!}>
                  {o.name}
                </option>
              ))}
          </select>
        </div>
        <div className="ctl-field">
          <label htmlFor="filter-region">{t('region')}</label>
          <input {...field('region')} placeholder="KZ-27" autoComplete="off" />
        </div>
        <div className="ctl-field">
          <label htmlFor="filter-source">{t('source')}</label>
          <select {...field('source')}>
            <option value="">{t('all')}</option>
            {CONTROL_SOURCES.map((source) => (
              <option key={source} value={source}>
                {t(`source.${source}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="ctl-field">
          <label htmlFor="filter-status">{t('status')}</label>
          <select {...field('status')}>
            <option value="">{t('all')}</option>
            {[...POINT_STATUSES, 'overdue' as const].map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="ctl-field">
          <label htmlFor="filter-due_before">{t('dueBefore')}</label>
          <input type="date" {...field('due_before')} />
        </div>
        <div className="ctl-field">
          <label htmlFor="filter-q">{t('search')}</label>
          <input type="search" {...field('q')} />
        </div>
        <div className="ctl-field ctl-check">
          <input
            type="checkbox"
            id="filter-overdue"
            checked={draft.overdue === 'true'}
            onChange={(event) => setDraft((d) => ({ ...d, overdue: event.target.checked ? 'true' : undefined }))}
          />
          <label htmlFor="filter-overdue">{t('overdueOnly')}</label>
        </div>
        <div className="ctl-actions">
          <button type="submit">{t('apply')}</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setDraft({});
              history.replaceState(null, '', '/control');
              setFilters({});
            }}
          >
            {t('reset')}
          </button>
        </div>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
      {!data && !error && <p className="loading">{t('loading')}</p>}
      {data && (
        <>
          <section aria-labelledby="figures-title">
            <h2 id="figures-title">{t('figures')}</h2>
            <dl className="ctl-figures">
              {(['points', 'done', 'inProgress', 'overdue'] as const).map((key) => (
                <div key={key} className={`ctl-figure ctl-figure-${key}`}>
                  <dt>{t(key)}</dt>
                  <dd data-figure={key}>{data.summary.totals[key]}</dd>
                </div>
              ))}
              <div className="ctl-figure ctl-figure-percent">
                <dt>{t('percent')}</dt>
                <dd data-figure="percent">{formatNumber(data.summary.totals.percent, lang)}</dd>
              </div>
            </dl>
          </section>
          <TrendChart trend={data.summary.trend} />
          <OrganizationTable rows={data.summary.byOrganization} />
          <PointList points={data.points} onOpen={setOpen} />
          {open && <History point={open} onClose={() => setOpen(undefined)} />}
        </>
      )}
    </Page>
  );
}

function PointList({
  points,
  onOpen,
}: {
  points: ControlPointsResponse;
  onOpen: (point: ControlPointResponse) => void;
}): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const heading =
    points.view === 'mine'
      ? t('viewMine')
      : points.view === 'all_open'
        ? t('viewAllOpen')
        : t('viewFiltered', { count: points.total });
  return (
    <section aria-labelledby="list-title">
      <h2 id="list-title">{t('list')}</h2>
      <p className="ctl-view" data-view={points.view}>
        {heading}
      </p>
      {points.items.length === 0 ? (
        <Notice kind="info">{t('nothing')}</Notice>
      ) : (
        <div className="ctl-scroll">
          <table className="ctl-table" id="points">
            <thead>
              <tr>
                <th scope="col">{t('act')}</th>
                <th scope="col">{t('number')}</th>
                <th scope="col">{t('text')}</th>
                <th scope="col">{t('responsible')}</th>
                <th scope="col">{t('dueDate')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('percent')}</th>
                <th scope="col">{t('history')}</th>
              </tr>
            </thead>
            <tbody>
              {points.items.map((point) => (
                <tr key={point.id} className={point.overdue ? 'ctl-late' : undefined}>
                  <td>
                    {t(`source.${point.source}`)}
                    {point.actNumber ? ` № ${point.actNumber}` : ''}
                  </td>
                  <td>{point.number}</td>
                  <td>{point.text}</td>
                  <td>{point.responsible?.name ?? '—'}</td>
                  <td>{point.dueDate ? formatDay(point.dueDate, lang) : '—'}</td>
                  <td>{t(`status.${point.status as 'done'}`)}</td>
                  <td>{point.percent}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`${t('history')}: ${point.number}. ${point.text}`}
                      onClick={() => onOpen(point)}
                    >
                      {t('history')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {points.total > points.items.length && (
            <p className="hint">{t('more', { count: points.total - points.items.length })}</p>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * Who reported what and when on one point, newest first, with the evidence links. The region shows its heading and
 * entries together once this point's history has arrived (a loading line until then), so it never reads as a point
 * with no reports while the request is under way; a late answer for a point closed meanwhile is dropped.
 */
function History({ point, onClose }: { point: ControlPointResponse; onClose: () => void }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [history, setHistory] = useState<ControlHistoryResponse | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    let current = true;
    setHistory(undefined);
    setError(undefined);
    void api<ControlHistoryResponse>('GET', `/control/points/${point.id}/history`)
      .then((loaded) => current && setHistory(loaded))
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [point.id, lang]);
  if (!history) {
    return (
      <section className="ctl-history" aria-busy={!error} role="region" aria-label={t('history')}>
        {error ? <p role="alert">{error}</p> : <p className="loading">{t('loading')}</p>}
        <button type="button" className="secondary" onClick={onClose}>
          {t('closeHistory')}
        </button>
      </section>
    );
  }
  return (
    <section className="ctl-history" aria-labelledby="history-title" role="region">
      <h2 id="history-title">
        {t('history')}: {point.number}. {point.text}
      </h2>
      {history.history.length === 0 && <p>{t('noHistory')}</p>}
      <ol>
        {history.history.map((entry) => (
          <li key={entry.at}>
            <time dateTime={entry.at}>
              {formatInZone(entry.at, 'Asia/Almaty', lang, { dateStyle: 'medium', timeStyle: 'short' })}
            </time>{' '}
            — {t(`status.${entry.status as 'done'}`)}, {entry.percent}%{entry.author ? ` (${entry.author})` : ''}
            {entry.note && <p>{entry.note}</p>}
            {entry.evidenceUrl && (
              <a href={entry.evidenceUrl} rel="noopener noreferrer" target="_blank">
                {t('evidence')}
              </a>
            )}
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={onClose}>
        {t('closeHistory')}
      </button>
    </section>
  );
}
