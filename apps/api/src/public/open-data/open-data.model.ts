/**
 * The public record in the Popolo shapes (https://www.popoloproject.com/specs/): the field names are
 * Popolo's, snake_case, as outside tools read them. Ids are `akim:<kind>/<database id>`: derived from the
 * rows' own UUIDs, they never change once published.
 */

/** The kinds the open-data API serves, in the order of the bulk download. */
export const OPEN_DATA_KINDS = [
  'organizations',
  'people',
  'memberships',
  'events',
  'motions',
  'vote-events',
  'votes',
] as const;
export type OpenDataKind = (typeof OPEN_DATA_KINDS)[number];

export interface PopoloIdentifier {
  identifier: string;
  scheme: string;
}

export interface PopoloOtherName {
  name: string;
  /** The language of the name: `kk`, `ru` or `en`. */
  note: string;
}

export interface PopoloLink {
  url: string;
  note: string;
}

export interface PopoloOrganization {
  id: string;
  name: string;
  other_names: PopoloOtherName[];
  identifiers: PopoloIdentifier[];
  classification: string;
  /** The Open Civic Data division id of the organization's region. */
  area_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface PopoloPerson {
  id: string;
  name: string;
  other_names: PopoloOtherName[];
  sort_name: string;
  /** The person's position in the asked language. */
  summary: string | null;
  created_at: string;
  updated_at: string;
}

export interface PopoloMembership {
  id: string;
  person_id: string;
  organization_id: string;
  role: string | null;
  label: string | null;
}

export interface PopoloEvent {
  id: string;
  name: string;
  description: string | null;
  start_date: string;
  end_date: string;
  location: string | null;
  status: 'confirmed' | 'passed' | 'cancelled';
  classification: string;
  organization_id: string | null;
  parent_id: string | null;
  identifiers: PopoloIdentifier[];
  sources: PopoloLink[];
  created_at: string;
  updated_at: string;
}

export interface PopoloMotion {
  id: string;
  organization_id: string | null;
  legislative_session_id: string;
  text: string;
  classification: string;
  date: string;
  requirement: string;
  result: 'pass';
  sources: PopoloLink[];
  created_at: string;
  updated_at: string;
}

export interface PopoloCount {
  option: 'yes' | 'no' | 'abstain' | 'absent' | 'not voting';
  value: number;
}

/** The quorum an adoption met (an extension of the vote event: Popolo has no field for it). */
export interface OpenQuorum {
  /** Voting members, when the vote fixed them (a vote by name); null for typed counts. */
  members: number | null;
  present: number;
  /** Members needed present, when fixed by the vote. */
  required: number | null;
  reached: boolean;
}

export interface PopoloVoteEvent {
  id: string;
  motion_id: string;
  organization_id: string | null;
  legislative_session_id: string;
  identifier: string;
  /** `protocol`: a decision adopted with the protocol that records it, without counts of its own. */
  classification: 'counts' | 'roll_call' | 'electronic' | 'protocol';
  start_date: string;
  result: 'pass';
  counts: PopoloCount[];
  /** Absent for a decision recorded in a protocol: no quorum was counted for it alone. */
  quorum?: OpenQuorum;
  created_at: string;
  updated_at: string;
}

/** A vote has no id of its own in Popolo: the vote event and the voter name it. */
export interface PopoloVote {
  vote_event_id: string;
  voter_id: string;
  option: 'yes' | 'no' | 'abstain' | 'not voting';
  role: 'voter';
}

export interface OpenDataPage<T> {
  items: T[];
  /** The next page's address, or null on the last page. */
  next: string | null;
}

/** A page's position: after the row with this sort key and id (and second id, for votes). */
export interface OpenCursor {
  key: string;
  id: string;
  id2?: string;
}
