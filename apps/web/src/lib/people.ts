import type { PersonResponse } from '@app/contracts';

/** The part of a person every picker shows. */
export type PersonShown = Pick<PersonResponse, 'name' | 'positionText' | 'organization'>;

/**
 * What tells two people of the same name apart: the position, then the organization
 * («Ауыл әкімі, Жаңақала ауылдық округінің әкімдігі»); empty when the directory knows neither.
 */
export function personDetail(person: Pick<PersonResponse, 'positionText' | 'organization'>): string {
  return [person.positionText, person.organization?.name].filter(Boolean).join(', ');
}

/** A person as every picker of the consoles names them: «Name — position, organization». */
export function personLabel(person: PersonShown): string {
  const detail = personDetail(person);
  return detail ? `${person.name} — ${detail}` : person.name;
}
