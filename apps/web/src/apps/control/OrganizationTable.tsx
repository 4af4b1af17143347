import type { ControlSummaryResponse } from '@app/contracts';
import { type ReactNode, useState } from 'react';
import { useLanguage, useTexts } from '../../lib/i18n';
import { formatNumber } from '../../lib/format';
import { TEXTS } from './messages';

type Row = ControlSummaryResponse['byOrganization'][number];
type Column = 'name' | 'points' | 'done' | 'inProgress' | 'overdue' | 'percent';
const COLUMNS: Column[] = ['name', 'points', 'done', 'inProgress', 'overdue', 'percent'];

/** The figures per responsible body; each column header sorts by it (again: the other way). */
export function OrganizationTable({ rows }: { rows: Row[] }): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({ column: 'percent', ascending: true });
  const collator = new Intl.Collator(lang === 'kk' ? 'kk-KZ' : lang);
  const sorted = [...rows].sort((a, b) => {
    const order = sort.column === 'name' ? collator.compare(a.name, b.name) : a[sort.column] - b[sort.column];
    return sort.ascending ? order : -order;
  });
  return (
    <section aria-labelledby="by-org-title">
      <h2 id="by-org-title">{t('byOrganization')}</h2>
      <div className="ctl-scroll">
        <table className="ctl-table" id="by-organization">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th
                  key={column}
                  scope="col"
                  aria-sort={sort.column === column ? (sort.ascending ? 'ascending' : 'descending') : undefined}
                >
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      setSort((s) => ({ column, ascending: s.column === column ? !s.ascending : column === 'name' }))
                    }
                  >
                    {t(column)}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.id ?? 'none'}>
                <th scope="row">{row.name}</th>
                <td>{row.points}</td>
                <td>{row.done}</td>
                <td>{row.inProgress}</td>
                <td>{row.overdue}</td>
                <td>{formatNumber(row.percent, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
