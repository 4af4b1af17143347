import type { Language } from '@app/contracts';
import type { AdoptionRow, EventRow, OrganizationRow, PersonRow, VoteRow } from './open-data.repository';

// What a dataset of the bulk download is: its columns, each described in Kazakh and Russian, and the rows it is made from.

export interface DumpRows {
  organizations: OrganizationRow[];
  people: PersonRow[];
  events: EventRow[];
  adoptions: AdoptionRow[];
  votes: VoteRow[];
}

export type Cell = string | number | boolean | null;
export type FieldType = 'string' | 'integer' | 'boolean' | 'date-time';

export interface Field {
  name: string;
  type: FieldType;
  kk: string;
  ru: string;
}

export interface Dataset {
  name: string;
  title: { kk: string; ru: string };
  fields: Field[];
  rows: (data: DumpRows, publicUrl: string) => Record<string, Cell>[];
}

export const f = (name: string, type: FieldType, kk: string, ru: string): Field => ({ name, type, kk, ru });
export const id = (what: { kk: string; ru: string }) =>
  f('id', 'string', `${what.kk} тұрақты идентификаторы`, `Постоянный идентификатор ${what.ru}`);
export const both = (name: string, kk: string, ru: string): Field[] => [
  f(`${name}_kk`, 'string', `${kk} (қазақша)`, `${ru} (на казахском)`),
  f(`${name}_ru`, 'string', `${kk} (орысша)`, `${ru} (на русском)`),
];
export const stamps: Field[] = [
  f('created_at', 'date-time', 'Жазба жасалған уақыт (UTC)', 'Время создания записи (UTC)'),
  f('updated_at', 'date-time', 'Жазба соңғы өзгертілген уақыт (UTC)', 'Время последнего изменения записи (UTC)'),
];

/** The `stamps` columns of a Popolo object. */
export const stampsOf = (o: { created_at: string; updated_at: string }) => ({
  created_at: o.created_at,
  updated_at: o.updated_at,
});

/** The same object in Kazakh and in Russian. */
export function inBoth<R, T>(row: R, make: (row: R, lang: Language) => T): { kk: T; ru: T } {
  return { kk: make(row, 'kk'), ru: make(row, 'ru') };
}
