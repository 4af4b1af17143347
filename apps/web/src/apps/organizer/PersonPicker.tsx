import { PERSON_CATEGORIES } from '@app/contracts';
import { type ReactNode, useEffect, useState } from 'react';
import { api, type ApiError } from '../../lib/api';
import { useTexts } from '../../lib/i18n';
import { personLabel } from '../../lib/people';
import { Notice } from '../../lib/ui';
import { asApiError, fieldMessage, SelectField, TextField } from '../../lib/forms';
import { categoryLabel, TEXTS } from './messages';
import type { Page, PersonData } from './types';

export interface PickedPerson {
  personId: string;
  name: string;
  position: string | null;
}

const toPicked = (person: PersonData): PickedPerson => ({
  personId: person.id,
  name: person.name,
  position: person.positionText,
});

/**
 * Finds a person in the directory (the API's search is Kazakh-aware: «қасым» finds «Қасымшалов»)
 * or creates one on the spot; either way hands the person to `onPick`.
 */
export function PersonPicker(props: {
  id: string;
  label: string;
  onPick: (person: PickedPerson) => void;
  excludeIds: string[];
}): ReactNode {
  const t = useTexts(TEXTS);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PersonData[]>([]);
  const [searched, setSearched] = useState(false);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setResults([]);
      setSearched(false);
      return undefined;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api<Page<PersonData>>('GET', `/people?q=${encodeURIComponent(q)}&limit=8`, { signal: controller.signal }).then(
        (page) => {
          setResults(page.items);
          setSearched(true);
        },
        () => undefined,
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const pick = (person: PickedPerson): void => {
    props.onPick(person);
    setQuery('');
    setResults([]);
    setCreating(false);
  };
  const shown = results.filter((person) => !props.excludeIds.includes(person.id));

  return (
    <div className="person-picker">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="search"
        value={query}
        autoComplete="off"
        placeholder={t('searchPeople')}
        aria-describedby={`${props.id}-hint`}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="hint" id={`${props.id}-hint`}>
        {t('searchHint')}
      </p>
      {shown.length > 0 && (
        <ul className="results" aria-label={t('searchResults')}>
          {shown.map((person) => (
            <li key={person.id}>
              <button type="button" className="link-button" onClick={() => pick(toPicked(person))}>
                {t('addPerson', { name: personLabel(person) })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {searched && shown.length === 0 && (
        <p className="muted" role="status">
          {t('nobodyFound')}
        </p>
      )}
      {creating ? (
        <NewPersonForm
          id={`${props.id}-new`}
          initialName={query}
          onCreated={(person) => pick(toPicked(person))}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <button type="button" className="secondary small" onClick={() => setCreating(true)}>
          {t('createPerson')}
        </button>
      )}
    </div>
  );
}

/** A person made inline: the name in Kazakh (required) and Russian spelling, position, category. */
function NewPersonForm(props: {
  id: string;
  initialName: string;
  onCreated: (person: PersonData) => void;
  onCancel: () => void;
}): ReactNode {
  const t = useTexts(TEXTS);
  const [nameKk, setNameKk] = useState(props.initialName);
  const [nameRu, setNameRu] = useState('');
  const [positionKk, setPositionKk] = useState('');
  const [positionRu, setPositionRu] = useState('');
  const [category, setCategory] = useState('other');
  const [error, setError] = useState<ApiError | null>(null);

  // Not a <form>: it sits inside the session form, and forms do not nest.
  const create = async (): Promise<void> => {
    setError(null);
    try {
      const person = await api<PersonData>('POST', '/people', {
        body: {
          fullName: { kk: nameKk, ...(nameRu.trim() ? { ru: nameRu } : {}) },
          ...(positionKk.trim() || positionRu.trim() ? { position: { kk: positionKk, ru: positionRu } } : {}),
          category,
        },
      });
      props.onCreated(person);
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <div
      className="inline-form"
      role="group"
      aria-labelledby={`${props.id}-title`}
      onKeyDown={(event) => {
        // Enter saves the person, not the session form around it.
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          void create();
        }
      }}
    >
      <h4 id={`${props.id}-title`}>{t('createPerson')}</h4>
      <div className="grid-2">
        <TextField
          id={`${props.id}-kk`}
          label={t('nameKk')}
          value={nameKk}
          onChange={setNameKk}
          lang="kk"
          required
          error={fieldMessage(error, 'fullName.kk')}
        />
        <TextField
          id={`${props.id}-ru`}
          label={t('nameRu')}
          value={nameRu}
          onChange={setNameRu}
          lang="ru"
          error={fieldMessage(error, 'fullName.ru')}
        />
        <TextField
          id={`${props.id}-pos-kk`}
          label={t('positionKk')}
          value={positionKk}
          onChange={setPositionKk}
          lang="kk"
          error={fieldMessage(error, 'position.kk')}
        />
        <TextField
          id={`${props.id}-pos-ru`}
          label={t('positionRu')}
          value={positionRu}
          onChange={setPositionRu}
          lang="ru"
          error={fieldMessage(error, 'position.ru')}
        />
      </div>
      <SelectField
        id={`${props.id}-category`}
        label={t('category')}
        value={category}
        onChange={setCategory}
        options={PERSON_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) }))}
      />
      {error && !error.errors.length && <Notice kind="error">{error.message}</Notice>}
      <div className="form-actions">
        <button type="button" onClick={() => void create()}>
          {t('savePerson')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
