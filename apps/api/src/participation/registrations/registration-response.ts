import { pickText, toZonedIso } from '@app/common';
import type { Language } from '@app/contracts';
import { personName } from '../../directory/people/people.service';
import type { RegistrationResponseDto } from './dto/registration.dto';
import type { RegistrationRow } from './registrations.repository';

/** How a registration reads over HTTP; the badge code only where the reader may hold it. */
export function toRegistrationResponse(
  row: RegistrationRow,
  timeZone: string,
  lang: Language,
  showBadge: boolean,
): RegistrationResponseDto {
  return {
    id: row.id,
    eventId: row.eventId,
    personId: row.personId,
    name: personName(row.fullName, lang),
    position: pickText(row.position, lang),
    organization: pickText(row.organizationName, lang),
    regionCode: row.regionCode,
    role: row.role,
    status: row.status,
    ...(row.waitlistPosition ? { waitlistPosition: row.waitlistPosition } : {}),
    ...(showBadge && row.status === 'registered' ? { badgeCode: row.badgeCode } : {}),
    checkedInAt: row.checkedInAt ? toZonedIso(new Date(row.checkedInAt), timeZone) : null,
    version: row.version,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
