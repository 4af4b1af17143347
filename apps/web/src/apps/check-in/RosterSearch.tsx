import { type ReactNode, useMemo, useState } from 'react';
import { useTexts } from '../../lib/i18n';
import { TEXTS } from './messages';
import { type Roster, type RosterEntry, searchRoster } from './roster';

/** Finding a participant without a badge: by name, position or organization in the device's roster. */
export function RosterSearch({
  roster,
  time,
  onPick,
}: {
  roster: Roster | undefined;
  time: (iso: string) => string;
  onPick: (entry: RosterEntry) => void;
}): ReactNode {
  const t = useTexts(TEXTS);
  const [query, setQuery] = useState('');
  const matches = useMemo(() => (query.trim() ? searchRoster(roster?.entries ?? [], query) : []), [roster, query]);
  return (
    <section className="ci-search" aria-labelledby="ci-search-title">
      <h2 id="ci-search-title">{t('searchTitle')}</h2>
      <label htmlFor="ci-query">{t('searchLabel')}</label>
      <input
        id="ci-query"
        type="search"
        autoComplete="off"
        value={query}
        onChange={(change) => setQuery(change.target.value)}
      />
      {roster ? (
        <p className="ci-hint">{t('rosterInfo', { count: roster.entries.length, time: time(roster.fetchedAt) })}</p>
      ) : (
        <p className="ci-hint">{t('noRoster')}</p>
      )}
      {query.trim() && matches.length === 0 && <p>{t('noMatches')}</p>}
      {matches.length > 0 && (
        <ul className="ci-matches">
          {matches.map((entry) => (
            <li key={entry.registrationId}>
              <button
                type="button"
                className="ci-match"
                onClick={() => {
                  setQuery('');
                  onPick(entry);
                }}
              >
                <span className="ci-match-name">{entry.name}</span>
                <span className="ci-match-meta">
                  {[entry.position, entry.organization].filter(Boolean).join(', ')}
                  {entry.status !== 'registered' && ` · ${t(`status_${entry.status}`)}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
