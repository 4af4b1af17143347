import { type ReactNode, useState } from 'react';
import { useTexts } from '../../lib/i18n';
import { TEXTS } from './messages';
import { type AttendanceGroup, percent } from './report';

function Bar({ value }: { value: number }): ReactNode {
  return (
    <span className="bar" aria-hidden="true">
      <span style={{ width: `${value}%` }} />
    </span>
  );
}

/**
 * Registered and present per group; region groups unfold into their sub-regions (the
 * oblast's districts, a district's rural districts) and tell how many of those were represented.
 */
export function GroupTable({
  caption,
  groups,
  labelOf = (group) => group.label,
}: {
  caption: string;
  groups: AttendanceGroup[];
  labelOf?: (group: AttendanceGroup) => string;
}): ReactNode {
  const t = useTexts(TEXTS);
  // Top-level regions start unfolded: on a projector nobody clicks.
  const [open, setOpen] = useState<Set<string>>(() => new Set(groups.map((g) => `/${g.key}`)));
  const toggle = (key: string): void =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(key)) {
        next.add(key);
      }
      return next;
    });
  const hasCoverage = groups.some(function deep(g): boolean {
    return !!g.coverage || (g.children ?? []).some(deep);
  });
  const isTree = groups.some((g) => !!g.children?.length);

  const rows: ReactNode[] = [];
  const walk = (group: AttendanceGroup, depth: number, path: string): void => {
    const key = `${path}/${group.key}`;
    const label = labelOf(group);
    const expandable = !!group.children?.length;
    const isOpen = open.has(key);
    const share = percent(group.checkedIn, group.registered);
    rows.push(
      <tr key={key} className={isTree ? `depth-${Math.min(depth, 3)}` : undefined}>
        <th scope="row" style={{ paddingLeft: `${0.5 + depth * 1.25}rem` }}>
          {expandable ? (
            <button
              type="button"
              className="tree-toggle"
              aria-expanded={isOpen}
              aria-label={t(isOpen ? 'collapse' : 'expand', { name: label })}
              onClick={() => toggle(key)}
            >
              {isOpen ? '▾' : '▸'}
            </button>
          ) : (
            isTree && <span className="tree-spacer" aria-hidden="true" />
          )}
          {label}
        </th>
        <td className="num">{group.registered}</td>
        <td className="num">{group.checkedIn}</td>
        <td className="num share">
          {share}% <Bar value={share} />
        </td>
        {hasCoverage && (
          <td className="coverage">
            {group.coverage
              ? t('coverageText', {
                  present: group.coverage.present,
                  regions: group.coverage.regions,
                  registered: group.coverage.registered,
                })
              : ''}
          </td>
        )}
      </tr>,
    );
    if (expandable && isOpen) {
      for (const child of group.children!) {
        walk(child, depth + 1, key);
      }
    }
  };
  for (const group of groups) {
    walk(group, 0, '');
  }

  return (
    <div className="table-wrap">
      <table className="groups">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col" className="num">
              {t('registered')}
            </th>
            <th scope="col" className="num">
              {t('present')}
            </th>
            <th scope="col" className="num">
              %
            </th>
            {hasCoverage && <th scope="col">{t('coverage')}</th>}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
