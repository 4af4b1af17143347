import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { api } from '../../lib/api';
import { formatInZone, useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { formatDay, formatNumber } from '../../lib/format';
import { asApiError, TextField } from '../../lib/forms';
import { TEXTS } from './messages';
import { navigate } from './navigation';
import { ProgressForm } from './ProgressForm';
import type { ProtocolResponse } from '@app/contracts';
import type { Execution, ExecutionGroup, Forum, Point, PointStatus, Resolution } from './types';

const SECTIONS = ['overdue', 'in_progress', 'not_started', 'done', 'cancelled'] as const;
type Section = (typeof SECTIONS)[number];

/** The act a point belongs to: a resolution, or a protocol whose instructions are tracked the same way. */
interface Act {
  kind: 'resolution' | 'protocol';
  id: string;
  number: string | null;
}

interface Row {
  act: Act;
  point: Point;
  /** The point's own status; `overdue` is derived at the chosen date, so it is kept apart. */
  status: PointStatus;
  overdue: boolean;
}

/** The point's recorded status: the API reports a late point as `overdue`, its last progress entry says what it is. */
function ownStatus(point: Point): PointStatus {
  if (point.status !== 'overdue') {
    return point.status as PointStatus;
  }
  return (point.progress.at(-1)?.status as PointStatus | undefined) ?? 'not_started';
}

interface Data {
  resolutions: Resolution[];
  protocols: ProtocolResponse[];
  options: Execution;
  report: Execution;
}

interface GroupFilterProps {
  name: 'organization' | 'region';
  label: string;
  all: string;
  value: string;
  groups: ExecutionGroup[] | undefined;
  onChange: (name: string, value: string) => void;
}

/** A filter whose choices are the report's own groups: only organizations and regions that have points. */
function GroupFilter({ name, label, all, value, groups, onChange }: GroupFilterProps): ReactNode {
  return (
    <div className="sec-field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} value={value} onChange={(event) => onChange(name, event.target.value)}>
        <option value="">{all}</option>
        {groups
          ?.filter((g) => g.key !== 'none')
          .map((g) => (
            <option key={g.key} value={g.key}>
              {g.label}
            </option>
          ))}
      </select>
    </div>
  );
}

/**
 * Execution of a forum's adopted resolutions: the API's report (totals, groups, overdue at
 * `?date=`, filtered by organization and region) and the points it counts, by status.
 */
export function ExecutionView({ forums, query }: { forums: Forum[]; query: URLSearchParams }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const eventId = query.get('event') ?? forums[0]?.id ?? '';
  const forum = forums.find((f) => f.id === eventId) ?? forums[0];
  const organization = query.get('organization') ?? '';
  const region = query.get('region') ?? '';
  const date = query.get('date') ?? '';
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  const load = useCallback(async (): Promise<void> => {
    if (!eventId) {
      return;
    }
    const base = new URLSearchParams({ event: eventId });
    if (date) {
      base.set('date', date);
    }
    const filtered = new URLSearchParams(base);
    if (organization) {
      filtered.set('organization', organization);
    }
    if (region) {
      filtered.set('region', region);
    }
    try {
      const [resolutions, protocols, options, report] = await Promise.all([
        api<Resolution[]>('GET', `/events/${eventId}/resolutions`),
        api<ProtocolResponse[]>('GET', `/events/${eventId}/protocols`),
        api<Execution>('GET', `/execution?${base}`),
        api<Execution>('GET', `/execution?${filtered}`),
      ]);
      setData({ resolutions, protocols, options, report });
      setError(null);
    } catch (caught) {
      setError(asApiError(caught).message);
    }
  }, [eventId, organization, region, date, lang]);

  useEffect(() => {
    void load();
  }, [load]);

  const setFilter = (name: string, value: string): void => {
    const next = new URLSearchParams(query);
    if (value) {
      next.set(name, value);
    } else {
      next.delete(name);
    }
    if (name === 'event') {
      next.delete('organization');
      next.delete('region');
    }
    navigate(`/secretary/execution?${next}`, { replace: true });
  };

  const rows: Row[] = [];
  if (data) {
    // The report says which organizations the filters keep (its groups) and what is late at the date.
    const kept = new Set(data.report.groups.map((g) => g.key));
    const late = new Set(data.report.overdue.map((o) => o.pointId));
    const acts: { act: Act; points: Point[] }[] = [
      ...data.resolutions
        .filter((r) => r.status === 'adopted')
        .map((r) => ({ act: { kind: 'resolution' as const, id: r.id, number: r.number }, points: r.points })),
      ...data.protocols
        .filter((p) => p.status !== 'draft')
        .map((p) => ({
          act: { kind: 'protocol' as const, id: p.id, number: p.number },
          points: p.instructions as Point[],
        })),
    ];
    for (const { act, points } of acts) {
      for (const point of points) {
        if (kept.has(point.responsible?.id ?? 'none')) {
          rows.push({ act, point, status: ownStatus(point), overdue: late.has(point.id) });
        }
      }
    }
  }
  const sectionOf = (row: Row): Section => (row.overdue ? 'overdue' : row.status);

  return (
    <>
      <form className="sec-filters" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
        <div className="sec-field">
          <label htmlFor="filter-event">{t('forum')}</label>
          <select id="filter-event" value={eventId} onChange={(event) => setFilter('event', event.target.value)}>
            {forums.map((f) => (
              <option key={f.id} value={f.id}>
                {f.title}
              </option>
            ))}
          </select>
        </div>
        <GroupFilter
          name="organization"
          label={t('responsible')}
          all={t('all')}
          value={organization}
          groups={data?.options.groups}
          onChange={setFilter}
        />
        <GroupFilter
          name="region"
          label={t('region')}
          all={t('all')}
          value={region}
          groups={data?.options.regions}
          onChange={setFilter}
        />
        <TextField
          id="filter-date"
          type="date"
          label={t('asOf')}
          value={date}
          // The list follows a whole day only, not each key typed.
          onChange={(value) => (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) && setFilter('date', value)}
        />
      </form>

      {error && <Notice kind="error">{error}</Notice>}
      {flash && <Notice kind="ok">{flash}</Notice>}
      {!data ? (
        <p className="loading">{t('loading')}</p>
      ) : (
        <>
          <section
            className="sec-summary"
            aria-label={t('aggregate', { percent: formatNumber(data.report.totals.percent, lang) })}
          >
            <p className="sec-aggregate" data-testid="aggregate-percent">
              {t('aggregate', { percent: formatNumber(data.report.totals.percent, lang) })}
            </p>
            <meter min={0} max={100} value={data.report.totals.percent} aria-hidden="true" />
            <p data-testid="execution-totals">{t('totals', data.report.totals)}</p>
            {data.report.groups.length > 0 && (
              <>
                <h2>{t('byOrganization')}</h2>
                <ul className="sec-groups">
                  {data.report.groups.map((g) => (
                    <li key={g.key}>{t('organizationShare', { ...g, percent: formatNumber(g.percent, lang) })}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
          {rows.length === 0 && <p>{t('noPoints')}</p>}
          {SECTIONS.map((section) => {
            const inSection = rows.filter((row) => sectionOf(row) === section);
            if (inSection.length === 0) {
              return null;
            }
            return (
              <section
                key={section}
                className={`sec-status sec-status-${section}`}
                aria-labelledby={`section-${section}`}
              >
                <h2 id={`section-${section}`}>
                  {t(`status_${section}`)} ({inSection.length})
                </h2>
                <ul className="sec-cards">
                  {inSection.map(({ act, point, status, overdue }) => {
                    const label = t(act.kind === 'protocol' ? 'instructionOf' : 'pointOf', {
                      number: act.number ?? '',
                      point: point.number,
                    });
                    const latest = point.progress.at(-1);
                    return (
                      <li
                        key={point.id}
                        className={overdue ? 'sec-card sec-overdue' : 'sec-card'}
                        data-point={point.id}
                      >
                        <h3>{label}</h3>
                        {overdue && <p className="sec-badge sec-badge-error">{t('status_overdue')}</p>}
                        <p className="sec-inline">{point.text}</p>
                        <p className="sec-meta">
                          {[
                            point.responsible?.name,
                            point.executor?.name,
                            point.dueDate ? t('due', { date: formatDay(point.dueDate, lang) }) : t('noDue'),
                            t(`status_${status}`),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </p>
                        <p className="sec-percent">
                          <meter min={0} max={100} value={point.percent} aria-hidden="true" />{' '}
                          {t('percentDone', { percent: point.percent })}
                        </p>
                        {latest && (latest.note || latest.evidenceUrl) && (
                          <p className="sec-meta">
                            {t('latest', {
                              date: formatInZone(latest.at, forum?.timeZone ?? 'Asia/Almaty', lang, {
                                dateStyle: 'long',
                                timeStyle: 'short',
                              }),
                              note: latest.note ?? '',
                            })}{' '}
                            {latest.evidenceUrl && (
                              <a href={latest.evidenceUrl} rel="noopener noreferrer" target="_blank">
                                {t('evidence')}
                              </a>
                            )}
                          </p>
                        )}
                        {open === point.id ? (
                          <ProgressForm
                            path={
                              act.kind === 'protocol'
                                ? `/protocols/${act.id}/instructions/${point.id}/progress`
                                : `/resolutions/${act.id}/points/${point.id}`
                            }
                            point={point}
                            status={status}
                            heading={
                              act.kind === 'protocol'
                                ? `${t('recordProgress')}: ${label}`
                                : t('progressFor', { number: act.number ?? '', point: point.number })
                            }
                            onCancel={() => setOpen(null)}
                            onSaved={() => {
                              setOpen(null);
                              setFlash(t('progressSaved', { point: label }));
                              void load();
                            }}
                          />
                        ) : (
                          <button
                            type="button"
                            className="secondary"
                            aria-label={`${t('recordProgress')}: ${label}`}
                            onClick={() => {
                              setFlash(null);
                              setOpen(point.id);
                            }}
                          >
                            {t('recordProgress')}
                          </button>
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
