import { type ReactNode, useEffect, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { FieldError } from '../../lib/ui';
import { fieldMessage } from '../../lib/forms';
import { TEXTS } from './messages';
import type { Organization, Page } from './types';

/**
 * The organizers of a (possibly joint) forum: the chosen organizations with a remove button each,
 * and a search over `GET /organizations?q=` to add more. The user's own organizations are offered first;
 * the API refuses (403) an organization the user does not organize for, shown here in the user's language.
 */
export function OrganizersField(props: {
  ids: string[];
  onChange: (ids: string[]) => void;
  known: Organization[];
  mine: Organization[];
  error: ApiError | null;
}): ReactNode {
  const t = useTexts(TEXTS);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Organization[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setFound([]);
      return undefined;
    }
    let current = true;
    const timer = setTimeout(() => {
      void api<Page<Organization>>('GET', `/organizations?q=${encodeURIComponent(q)}&limit=10`).then((page) => {
        if (current) {
          setFound(page.items);
        }
      });
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const nameOf = (id: string): string =>
    names[id] ?? [...props.known, ...props.mine, ...found].find((o) => o.id === id)?.name ?? id;
  const add = (organization: Organization): void => {
    setNames((n) => ({ ...n, [organization.id]: organization.name }));
    props.onChange([...props.ids, organization.id]);
    setQuery('');
  };
  const mineIds = new Set(props.mine.map((o) => o.id));
  const offered = (query.trim().length >= 2 ? found : props.mine).filter((o) => !props.ids.includes(o.id));
  const forbidden = props.error?.status === 403;
  const message = forbidden
    ? t('foreignOrganizer', {
        names: props.ids
          .filter((id) => !mineIds.has(id))
          .map(nameOf)
          .join(', '),
      })
    : fieldMessage(props.error, 'organizerIds');

  return (
    <fieldset className="organizers" aria-describedby={message ? 'event-organizers-error' : undefined}>
      <legend>
        {t('organizers')}
        <span aria-hidden="true"> *</span>
      </legend>
      <ul className="chosen-organizers" aria-label={t('chosenOrganizers')}>
        {props.ids.map((id) => (
          <li key={id}>
            <span>{nameOf(id)}</span>{' '}
            <button
              type="button"
              className="secondary inline"
              aria-label={t('removeOrganizer', { name: nameOf(id) })}
              disabled={props.ids.length === 1}
              onClick={() => props.onChange(props.ids.filter((x) => x !== id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="field">
        <label htmlFor="event-organizer-search">{t('addOrganizer')}</label>
        <input
          id="event-organizer-search"
          type="search"
          value={query}
          autoComplete="off"
          onChange={(change) => setQuery(change.target.value)}
          aria-describedby="event-organizer-hint"
        />
        <p className="hint" id="event-organizer-hint">
          {t('organizerHint')}
        </p>
      </div>
      {offered.length > 0 && (
        <ul className="organizer-results" aria-label={t('organizationsFound')}>
          {offered.map((o) => (
            <li key={o.id}>
              <button type="button" className="secondary" onClick={() => add(o)}>
                {t('addNamed', { name: o.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldError id="event-organizers-error" message={message} />
    </fieldset>
  );
}
