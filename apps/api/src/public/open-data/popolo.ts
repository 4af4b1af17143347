import { AppError, type AnyText, formatSealCode, pickText, toZonedIso } from '@app/common';
import { LANGUAGES, type Language, roomName } from '@app/contracts';
import type {
  OpenCursor,
  PopoloCount,
  PopoloEvent,
  PopoloIdentifier,
  PopoloMembership,
  PopoloMotion,
  PopoloOrganization,
  PopoloOtherName,
  PopoloPerson,
  PopoloVote,
  PopoloVoteEvent,
} from './open-data.model';
import type { AdoptionRow, EventRow, OrganizationRow, PersonRow, VoteRow } from './open-data.repository';

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

/** Open Civic Data division types for the levels of Kazakhstan's administrative tree. */
const DIVISION_TYPES: Record<string, string> = {
  oblast: 'oblys',
  city: 'qala',
  district: 'audan',
  rural_district: 'auyldyq_okrug',
  village: 'auyl',
};

const ISO_REGION = /^KZ-(\d{2})$/;
const KATO = /^\d{9}$/;

/** A level's own part of a region code: `27` of KZ-27, `zhanakala` of KZ-27-ZHANAKALA, a KATO code as it is. */
function divisionPart(code: string, parent: string | undefined): string {
  const iso = ISO_REGION.exec(code);
  const own = iso ? iso[1] : parent && code.startsWith(`${parent}-`) ? code.slice(parent.length + 1) : code;
  return own.toLowerCase().replace(/[^a-z0-9._~-]/g, '_');
}

/**
 * `ocd-division/country:kz/oblys:27/audan:zhanakala`: the region and its ancestors, top first, each as
 * `type:id` with the Kazakh name of its level (oblys, qala, audan, auyldyq_okrug, auyl).
 */
export function divisionId(chain: { code: string; level: string }[]): string {
  return [
    'ocd-division/country:kz',
    ...chain.map(
      (region, i) => `${DIVISION_TYPES[region.level] ?? 'division'}:${divisionPart(region.code, chain[i - 1]?.code)}`,
    ),
  ].join('/');
}

/** The region's codes: ISO 3166-2:KZ of its oblast or city, KATO where known, our own code, the OCD division. */
export function regionIdentifiers(regionCode: string | null, chain: { code: string; level: string }[] | null) {
  if (!regionCode || !chain?.length) {
    return [];
  }
  const identifiers: PopoloIdentifier[] = [];
  const top = ISO_REGION.exec(chain[0].code);
  if (top) {
    identifiers.push({ scheme: 'ISO 3166-2', identifier: chain[0].code });
  }
  if (KATO.test(regionCode)) {
    identifiers.push({ scheme: 'KATO', identifier: regionCode });
  } else if (top && regionCode === chain[0].code) {
    // An oblast's or a city's KATO code is its ISO number followed by seven zeros.
    identifiers.push({ scheme: 'KATO', identifier: `${top[1]}0000000` });
  } else {
    identifiers.push({ scheme: 'akim:region', identifier: regionCode });
  }
  identifiers.push({ scheme: 'ocd-division', identifier: divisionId(chain) });
  return identifiers;
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// How PostgreSQL prints a timestamptz: `2026-12-07 09:29:04.123456+00`.
const SORT_KEY = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)$/;

/** The opaque `?cursor=`: the last row's sort key and id(s), base64url of a JSON array. */
export function encodeCursor(cursor: OpenCursor): string {
  const parts = cursor.id2 === undefined ? [cursor.key, cursor.id] : [cursor.key, cursor.id, cursor.id2];
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** Reads a cursor this API made; anything else is a 400 on `cursor`. */
export function decodeCursor(raw: string, withSecondId: boolean): OpenCursor {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parts = undefined;
  }
  const size = withSecondId ? 3 : 2;
  if (
    !Array.isArray(parts) ||
    parts.length !== size ||
    typeof parts[0] !== 'string' ||
    !SORT_KEY.test(parts[0]) ||
    !parts.slice(1).every((id) => typeof id === 'string' && UUID.test(id))
  ) {
    throw AppError.validation([{ field: 'cursor', code: 'matches' }]);
  }
  const [key, id, id2] = parts as string[];
  return withSecondId ? { key, id, id2 } : { key, id };
}
