import {
  CONTROL_SOURCES,
  type ControlPointResponse,
  type ControlPointsResponse,
  type ControlSummaryResponse,
  POINT_STATUSES,
} from '@app/contracts';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { api, getUser } from '../../lib/api';
import { useLanguage, useTexts } from '../../lib/i18n';
import { formatNumber } from '../../lib/format';
import { Notice, Page } from '../../lib/ui';
import { TEXTS } from './messages';
import { OrganizationTable } from './OrganizationTable';
import { TrendChart } from './TrendChart';
import { History, PointList } from './PointList';
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
