import { type AnyText, formatSealCode, pickText, toZonedIso } from '@app/common';
import { LANGUAGES, type Language, roomName } from '@app/contracts';
import type {
  PopoloCount,
  PopoloEvent,
  PopoloMembership,
  PopoloMotion,
  PopoloOrganization,
  PopoloOtherName,
  PopoloPerson,
  PopoloVote,
  PopoloVoteEvent,
} from './open-data.model';
import type { AdoptionRow, EventRow, OrganizationRow, PersonRow, VoteRow } from './open-data.repository';
import { regionIdentifiers } from './ocd-division';

/** How rows become Popolo objects: pure functions of the rows, the reader's language and the public address. */

export type PopoloType = 'organization' | 'person' | 'membership' | 'event' | 'motion' | 'vote-event';

/** `akim:event/<uuid>`: made of the row's own id, so it never changes. */
export function popoloId(type: PopoloType, ...ids: string[]): string {
  return `akim:${type}/${ids.join('/')}`;
}

function optionalId(type: PopoloType, id: string | null): string | null {
  return id === null ? null : popoloId(type, id);
}

/** Every language a text exists in, each as an other name noted with its language. */
export function otherNames(text: AnyText): PopoloOtherName[] {
  return LANGUAGES.flatMap((lang) => (text?.[lang] ? [{ name: text[lang], note: lang }] : []));
}

const utc = (instant: Date): string => new Date(instant).toISOString();

export function toOrganization(row: OrganizationRow, lang: Language): PopoloOrganization {
  const identifiers = regionIdentifiers(row.regionCode, row.regionChain);
  return {
    id: popoloId('organization', row.id),
    name: pickText(row.name, lang) ?? '',
    other_names: otherNames(row.name),
    identifiers,
    classification: row.kind,
    area_id: identifiers.find((i) => i.scheme === 'ocd-division')?.identifier ?? null,
    created_at: utc(row.createdAt),
    updated_at: utc(row.updatedAt),
  };
}

export function toPerson(row: PersonRow, lang: Language): PopoloPerson {
  return {
    id: popoloId('person', row.id),
    name: pickText(row.fullName, lang) ?? row.fullName.kk,
    other_names: otherNames(row.fullName),
    sort_name: row.fullName.kk,
    summary: pickText(row.position, lang),
    created_at: utc(row.createdAt),
    updated_at: utc(row.updatedAt),
  };
}

/** A public person's place in their organization, under their position. */
export function toMembership(row: PersonRow & { organizationId: string }, lang: Language): PopoloMembership {
  const position = pickText(row.position, lang);
  return {
    id: popoloId('membership', row.id, row.organizationId),
    person_id: popoloId('person', row.id),
    organization_id: popoloId('organization', row.organizationId),
    role: position,
    label: position,
  };
}

const EVENT_STATUS: Record<string, PopoloEvent['status']> = {
  published: 'confirmed',
  closed: 'passed',
  cancelled: 'cancelled',
};

/** A forum, or one of its sessions (a child of the forum or of its section). */
export function toEvent(row: EventRow, lang: Language, publicUrl: string): PopoloEvent {
  const isForum = row.parentId === null;
  const room = isForum ? null : roomName(row.room, row.venue.rooms, lang);
  const location = [pickText(row.venue.name, lang), room, pickText(row.venue.address, lang)].filter(
    (part): part is string => !!part,
  );
  return {
    id: popoloId('event', row.id),
    name: pickText(row.title, lang) ?? '',
    description: pickText(row.description, lang),
    start_date: toZonedIso(new Date(row.startsAt), row.timeZone),
    end_date: toZonedIso(new Date(row.endsAt), row.timeZone),
    location: location.length ? location.join(', ') : null,
    status: EVENT_STATUS[row.status] ?? 'confirmed',
    classification: row.kind,
    organization_id: optionalId('organization', row.organizationId),
    parent_id: optionalId('event', row.parentId),
    identifiers: isForum ? [{ scheme: 'akim:slug', identifier: row.slug }] : [],
    sources: [{ url: `${publicUrl}/events/${encodeURIComponent(row.slug)}?lang=${lang}`, note: 'page' }],
    created_at: utc(row.createdAt),
    updated_at: utc(row.updatedAt),
  };
}

const REQUIREMENT: Record<Language, (percent: number, ofMembers: boolean) => string> = {
  kk: (percent, ofMembers) =>
    `Кворум: дауыс беретін мүшелердің ${percent}%-ынан көбі қатысады; қабылдау үшін ${ofMembers ? 'барлық мүшелердің' : 'қатысқандардың'} көпшілік дауысы`,
  ru: (percent, ofMembers) =>
    `Кворум: присутствует более ${percent}% голосующих членов; для принятия — большинство голосов ${ofMembers ? 'всех членов' : 'присутствующих'}`,
  en: (percent, ofMembers) =>
    `Quorum: more than ${percent}% of the voting members present; adopted by a majority of ${ofMembers ? 'all members' : 'those present'}`,
};

/** What a decision recorded in a protocol stands by: the protocol approved by its chair and secretary. */
const RECORDED: Record<Language, (number: string) => string> = {
  kk: (number) => `№${number} хаттамамен бекітілген отырыс шешімі`,
  ru: (number) => `Решение заседания, утверждённое протоколом № ${number}`,
  en: (number) => `A decision of the meeting, approved with protocol no. ${number}`,
};

function requirement(row: AdoptionRow, lang: Language): string {
  if (row.source === 'protocol') {
    return RECORDED[lang](`${row.number}/${row.year}`);
  }
  const fraction = row.quorumRule?.fraction ?? 0.5;
  const ofMembers = (row.majorityOf ?? row.quorumRule?.majority) === 'members';
  return REQUIREMENT[lang](Math.round(fraction * 100), ofMembers);
}

function actSources(row: AdoptionRow, lang: Language, publicUrl: string) {
  const document = row.source === 'protocol' ? `protocols/${row.protocolId}` : `resolutions/${row.id}`;
  const sources = [{ url: `${publicUrl}/api/v1/${document}.pdf?lang=${lang}`, note: 'pdf' }];
  if (row.sealCode) {
    sources.push({ url: `${publicUrl}/verify/${formatSealCode(row.sealCode)}`, note: 'verification' });
  }
  return sources;
}

const sessionOf = (row: AdoptionRow): string => popoloId('event', row.sessionId ?? row.eventId);

/** An adopted resolution: its title, preamble and numbered points as its text. */
export function toMotion(row: AdoptionRow, lang: Language, publicUrl: string): PopoloMotion {
  const text = [
    pickText(row.title, lang),
    pickText(row.preamble, lang),
    ...row.points.map((p) => `${p.position}. ${pickText(p.text, lang) ?? ''}`),
  ].filter((line): line is string => !!line);
  return {
    id: popoloId('motion', row.id),
    organization_id: optionalId('organization', row.organizationId),
    legislative_session_id: sessionOf(row),
    text: text.join('\n'),
    classification: row.kind,
    date: toZonedIso(new Date(row.adoptedAt), row.timeZone),
    requirement: requirement(row, lang),
    result: 'pass',
    sources: actSources(row, lang, publicUrl),
    created_at: utc(row.createdAt),
    updated_at: utc(row.updatedAt),
  };
}

/** The adoption of a resolution: the counts, the quorum it met, the date. */
export function toVoteEvent(row: AdoptionRow): PopoloVoteEvent {
  if (row.source === 'protocol') {
    // Adopted with the protocol that records it: no counts were taken of it alone, and none are made up.
    return {
      id: popoloId('vote-event', row.id),
      motion_id: popoloId('motion', row.id),
      organization_id: optionalId('organization', row.organizationId),
      legislative_session_id: sessionOf(row),
      identifier: `${row.number}/${row.year}`,
      classification: 'protocol',
      start_date: toZonedIso(new Date(row.adoptedAt), row.timeZone),
      result: 'pass',
      counts: [],
      created_at: utc(row.createdAt),
      updated_at: utc(row.updatedAt),
    };
  }
  const votesFor = row.votesFor ?? 0;
  const votesAgainst = row.votesAgainst ?? 0;
  const votesAbstained = row.votesAbstained ?? 0;
  const presentCount = row.presentCount ?? 0;
  const counts: PopoloCount[] = [
    { option: 'yes', value: votesFor },
    { option: 'no', value: votesAgainst },
    { option: 'abstain', value: votesAbstained },
  ];
  const silent = presentCount - votesFor - votesAgainst - votesAbstained;
  if (silent > 0) {
    counts.push({ option: 'not voting', value: silent });
  }
  if (row.pollMembers !== null) {
    counts.push({ option: 'absent', value: Math.max(0, row.pollMembers - presentCount) });
  }
  return {
    id: popoloId('vote-event', row.id),
    motion_id: popoloId('motion', row.id),
    organization_id: optionalId('organization', row.organizationId),
    legislative_session_id: sessionOf(row),
    identifier: `${row.number}/${row.year}`,
    classification: row.pollMode ?? 'counts',
    start_date: toZonedIso(new Date(row.adoptedAt), row.timeZone),
    result: 'pass',
    counts,
    // Adoption refuses an act without a quorum: every adopted one met it.
    quorum: { members: row.pollMembers, present: presentCount, required: row.pollRequired, reached: true },
    created_at: utc(row.createdAt),
    updated_at: utc(row.updatedAt),
  };
}

const OPTIONS: Record<string, PopoloVote['option']> = { for: 'yes', against: 'no', abstained: 'abstain' };

export function toVote(row: VoteRow): PopoloVote {
  return {
    vote_event_id: popoloId('vote-event', row.resolutionId),
    voter_id: popoloId('person', row.personId),
    option: row.choice ? OPTIONS[row.choice] : 'not voting',
    role: 'voter',
  };
}
