import { type ReactNode, useEffect, useState } from 'react';
import type { PageResponse, PersonResponse } from '@app/contracts';
import { api } from '../../lib/api';
import { personDetail } from '../../lib/people';
import { FieldError } from '../../lib/ui';

export interface Choice {
  id: string;
  name: string;
  /** What tells two of the same name apart: a person's position and organization. */
  detail?: string;
}

/** How a choice reads in the list: two namesakes never look the same. */
export function choiceLabel(choice: Choice): string {
  return choice.detail ? `${choice.name} — ${choice.detail}` : choice.name;
}

/** A person as a choice: the name, then the position and the organization when the directory knows them. */
export function personChoice(person: Pick<PersonResponse, 'id' | 'name' | 'positionText' | 'organization'>): Choice {
  const detail = personDetail(person);
  return detail ? { id: person.id, name: person.name, detail } : { id: person.id, name: person.name };
}

/** Organizations (public) and people (staff, secretaries included) searched by the API's Kazakh-aware `?q=`. */
export const searchOrganizations = async (q: string): Promise<Choice[]> =>
  (await api<{ items: Choice[] }>('GET', `/organizations?limit=20&q=${encodeURIComponent(q)}`)).items;

export const searchPeople = async (q: string): Promise<Choice[]> =>
  (await api<PageResponse<PersonResponse>>('GET', `/people?limit=20&q=${encodeURIComponent(q)}`)).items.map(
    personChoice,
  );

interface LookupProps {
  id: string;
  label: string;
  searchLabel: string;
  noneLabel: string;
  value: Choice | null;
  onChange: (value: Choice | null) => void;
  search: (q: string) => Promise<Choice[]>;
  error?: string;
}

/**
 * A search box and a plain `<select>` of what it found: keyboard and screen-reader friendly
 * without a custom combobox.
 */
export function Lookup({ id, label, searchLabel, noneLabel, value, onChange, search, error }: LookupProps): ReactNode {
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Choice[]>([]);
  useEffect(() => {
    if (!q.trim()) {
      setFound([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      search(q.trim()).then(
        (items) => live && setFound(items),
        () => live && setFound([]),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, search]);
  const choices = value && !found.some((c) => c.id === value.id) ? [value, ...found] : found;
  return (
    <div className="sec-field sec-lookup">
      <label htmlFor={`${id}-q`}>{searchLabel}</label>
      <input id={`${id}-q`} type="search" value={q} autoComplete="off" onChange={(event) => setQ(event.target.value)} />
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value?.id ?? ''}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(choices.find((c) => c.id === event.target.value) ?? null)}
      >
        <option value="">{noneLabel}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choiceLabel(choice)}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
