import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { api } from '../../lib/api';
import { useLanguage, useTexts } from '../../lib/i18n';
import { Notice } from '../../lib/ui';
import { formatNumber } from '../../lib/format';
import { asApiError, TextField } from '../../lib/forms';
import { TEXTS } from './messages';
import { navigate } from './navigation';
import type { ProtocolResponse } from '@app/contracts';
import { ExecutionCard } from './ExecutionCard';
import { type Data, executionRows, SECTIONS, sectionOf } from './execution-rows';
import type { Execution, ExecutionGroup, Forum, Resolution } from './types';

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

  const rows = data ? executionRows(data) : [];

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
                  {inSection.map((row) => (
                    <ExecutionCard
                      key={row.point.id}
                      row={row}
                      timeZone={forum?.timeZone ?? 'Asia/Almaty'}
                      open={open === row.point.id}
                      onOpen={() => {
                        setFlash(null);
                        setOpen(row.point.id);
                      }}
                      onCancel={() => setOpen(null)}
                      onIndicatorSaved={() => void load()}
                      onSaved={(label) => {
                        setOpen(null);
                        setFlash(t('progressSaved', { point: label }));
                        void load();
                      }}
                    />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </>
  );
}
