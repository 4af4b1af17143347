import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText } from '@app/contracts';
import type { AnyText } from '@app/common';
import { DataSource } from 'typeorm';
import type { OpenCursor } from './open-data.model';

/** A name of a person: Kazakh always, Russian and English where known. */
export type PersonName = { kk: string; ru?: string; en?: string };

interface Paged {
  /** The sort key as PostgreSQL prints it (microseconds kept), for the cursor of the next page. */
  sortKey: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface OrganizationRow extends Paged {
  id: string;
  name: LocalizedText;
  kind: string;
  regionCode: string | null;
  /** The region and its ancestors, top first, for the division id. */
  regionChain: { code: string; level: string }[] | null;
}

export interface PersonRow extends Paged {
  id: string;
  fullName: PersonName;
  position: AnyText;
  organizationId: string | null;
}

export interface EventRow extends Paged {
  id: string;
  /** The event itself, or the event (or section) a session belongs to. */
  parentId: string | null;
  eventId: string;
  kind: string;
  title: LocalizedText;
  description: AnyText;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: { name: LocalizedText; address?: AnyText; rooms?: LocalizedText[] };
  room: string | null;
  status: string;
  slug: string;
  organizationId: string | null;
}

/**
 * An act adopted: a resolution adopted at a public forum, or a decision in words recorded in a published protocol
 * (`source: 'protocol'`: no vote of its own was counted, it stands by the approved protocol; its number is the
 * protocol's, its PDF and verification page the protocol's).
 */
export interface AdoptionRow extends Paged {
  source: 'resolution' | 'protocol';
  /** The protocol recording a decision; null for a resolution. */
  protocolId: string | null;
  id: string;
  eventId: string;
  sessionId: string | null;
  kind: string;
  title: LocalizedText;
  preamble: AnyText;
  points: { position: number; text: LocalizedText }[];
  organizationId: string | null;
  number: number;
  year: number;
  adoptedAt: Date;
  timeZone: string;
  sealCode: string | null;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstained: number | null;
  presentCount: number | null;
  pollMode: 'roll_call' | 'electronic' | null;
  pollMembers: number | null;
  pollRequired: number | null;
  majorityOf: string | null;
  quorumRule: { fraction?: number; majority?: string } | null;
}

export interface VoteRow {
  sortKey: string;
  resolutionId: string;
  personId: string;
  choice: 'for' | 'against' | 'abstained' | null;
}

/** Whatever a public change touches, summed up cheaply: equal fingerprints, equal public record. */
export interface Fingerprint {
  value: string;
  changedAt: Date;
}

// Public events: published, held or cancelled, and readable by anyone (the rule of the events module).
const PUBLIC_EVENTS = `public_events AS (
  SELECT * FROM events WHERE visibility = 'public' AND status <> 'draft')`;
const ADOPTED = `adopted AS (
  SELECT r.* FROM resolutions r JOIN public_events e ON e.id = r.event_id WHERE r.status = 'adopted')`;
const PUBLISHED_PROTOCOLS = `published_protocols AS (
  SELECT p.* FROM protocols p JOIN public_events e ON e.id = p.event_id WHERE p.status = 'published')`;
// People of the public record: who spoke or chaired at a public event, chaired an adopted act, chaired,
// kept or signed a published protocol, spoke in it, or voted by name on an adopted act.
const PUBLIC_PEOPLE = `public_people AS (
  SELECT sp.person_id AS id FROM session_people sp
    JOIN sessions s ON s.id = sp.session_id JOIN public_events e ON e.id = s.event_id
  UNION SELECT chair_id FROM adopted WHERE chair_id IS NOT NULL
  UNION SELECT chair_id FROM published_protocols WHERE chair_id IS NOT NULL
  UNION SELECT secretary_id FROM published_protocols WHERE secretary_id IS NOT NULL
  UNION SELECT ps.person_id FROM protocol_signatures ps JOIN published_protocols p ON p.id = ps.protocol_id
  UNION SELECT sp.person_id FROM protocol_speeches sp JOIN published_protocols p ON p.id = sp.protocol_id
    WHERE sp.person_id IS NOT NULL
  UNION SELECT v.person_id FROM poll_voters v JOIN adopted a ON a.poll_id = v.poll_id)`;
// Organizations of the public record: organizers of public events, the bodies adopted acts are numbered by
// and name as responsible, and those the public people belong to.
const PUBLIC_ORGANIZATIONS = `public_organizations AS (
  SELECT eo.organization_id AS id FROM event_organizers eo JOIN public_events e ON e.id = eo.event_id
  UNION SELECT numbering_organization_id FROM adopted WHERE numbering_organization_id IS NOT NULL
  UNION SELECT rp.responsible_organization_id FROM resolution_points rp JOIN adopted a ON a.id = rp.resolution_id
    WHERE rp.responsible_organization_id IS NOT NULL
  UNION SELECT p.organization_id FROM people p JOIN public_people pp ON pp.id = p.id
    WHERE p.organization_id IS NOT NULL)`;

const FIRST_ORGANIZER = (event: string): string =>
  `(SELECT organization_id FROM event_organizers WHERE event_id = ${event} ORDER BY position LIMIT 1)`;

/** `(key, id) > cursor` on the page's sort key, and the page's size ($1 key, $2 id, $3 limit; null: all). */
const AFTER = (key: string, id: string): string =>
  `($1::timestamptz IS NULL OR (${key}, ${id}) > ($1::timestamptz, $2::uuid))`;

const changed = ([table, column]: string[]) =>
  `(SELECT count(*) || ':' || COALESCE(max(${column})::text, '') FROM ${table})`;
const hashed = (table: string) => `(SELECT count(*) || ':' || COALESCE(sum(hashtext(t::text)), 0) FROM ${table} t)`;
const FINGERPRINTED = [
  ...['events', 'sessions', 'organizations', 'people', 'resolutions', 'resolution_points', 'protocols'].map((table) => [
    table,
    'updated_at',
  ]),
  // Rows the application only ever inserts.
  ['regions', 'created_at'],
  ['act_seals', 'sealed_at'],
];
/** See `fingerprint`. */
const FINGERPRINT = `SELECT concat_ws('|', ${FINGERPRINTED.map(changed).join(', ')},
                        ${['session_people', 'event_organizers'].map(hashed).join(', ')}) AS value,
              GREATEST((SELECT max(updated_at) FROM events), (SELECT max(updated_at) FROM sessions),
                       (SELECT max(updated_at) FROM organizations), (SELECT max(updated_at) FROM people),
                       (SELECT max(updated_at) FROM resolutions), (SELECT max(updated_at) FROM protocols)) AS "changedAt"`;

/**
 * The public record, read for the open-data API: every query of this module, lean raw SQL into plain rows.
 * Each list is keyset-paged on a key that never changes once the row is public (its creation or adoption
 * instant) and the row's id, so a page boundary never moves: paging sees every row once.
 */
@Injectable()
export class OpenDataRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private params(after: OpenCursor | undefined, limit: number | null): unknown[] {
    return [after?.key ?? null, after?.id ?? null, limit];
  }

  organizations(after: OpenCursor | undefined, limit: number | null): Promise<OrganizationRow[]> {
    return this.dataSource.query(
      `WITH ${PUBLIC_EVENTS}, ${ADOPTED}, ${PUBLISHED_PROTOCOLS}, ${PUBLIC_PEOPLE}, ${PUBLIC_ORGANIZATIONS}
       SELECT o.id, o.name, o.kind, o.region_code AS "regionCode",
              (SELECT json_agg(json_build_object('code', a.code, 'level', a.level) ORDER BY length(a.path))
               FROM regions a WHERE r.path = a.path OR r.path LIKE a.path || '/%') AS "regionChain",
              o.created_at::text AS "sortKey", o.created_at AS "createdAt", o.updated_at AS "updatedAt"
       FROM organizations o
       LEFT JOIN regions r ON r.code = o.region_code
       WHERE o.id IN (SELECT id FROM public_organizations) AND ${AFTER('o.created_at', 'o.id')}
       ORDER BY o.created_at, o.id LIMIT $3`,
      this.params(after, limit),
    );
  }

  /** The public people; with `withOrganization`, those of them who belong to an organization (memberships). */
  people(after: OpenCursor | undefined, limit: number | null, withOrganization: boolean): Promise<PersonRow[]> {
    // Only the public columns: never e-mail, phone or anything of a registration.
    return this.dataSource.query(
      `WITH ${PUBLIC_EVENTS}, ${ADOPTED}, ${PUBLISHED_PROTOCOLS}, ${PUBLIC_PEOPLE}
       SELECT p.id, p.full_name AS "fullName", p.position, p.organization_id AS "organizationId",
              p.created_at::text AS "sortKey", p.created_at AS "createdAt", p.updated_at AS "updatedAt"
       FROM people p
       WHERE p.id IN (SELECT id FROM public_people) AND ${AFTER('p.created_at', 'p.id')}
         AND (NOT $4::boolean OR p.organization_id IS NOT NULL)
       ORDER BY p.created_at, p.id LIMIT $3`,
      [...this.params(after, limit), withOrganization],
    );
  }

  events(after: OpenCursor | undefined, limit: number | null): Promise<EventRow[]> {
    return this.dataSource.query(
      `WITH ${PUBLIC_EVENTS}
       SELECT * FROM (
         SELECT e.id, NULL::uuid AS "parentId", e.id AS "eventId", e.kind, e.title, e.description,
                e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.time_zone AS "timeZone", e.venue, NULL AS room,
                e.status, e.slug, ${FIRST_ORGANIZER('e.id')} AS "organizationId",
                e.created_at AS "createdAt", e.updated_at AS "updatedAt"
         FROM public_events e
         UNION ALL
         SELECT s.id, COALESCE(s.parent_id, s.event_id), s.event_id, s.kind, s.title, s.description,
                s.starts_at, s.ends_at, e.time_zone, e.venue, s.room,
                e.status, e.slug, ${FIRST_ORGANIZER('e.id')},
                s.created_at, s.updated_at
         FROM sessions s JOIN public_events e ON e.id = s.event_id
       ) x
       CROSS JOIN LATERAL (SELECT x."createdAt"::text AS "sortKey") k
       WHERE ${AFTER('x."createdAt"', 'x.id')}
       ORDER BY x."createdAt", x.id LIMIT $3`,
      this.params(after, limit),
    );
  }

  /** Adopted resolutions of public events, with their vote: the motions and the vote events. */
  /**
   * The acts of the public record, in order of adoption: adopted resolutions, and the decisions in words of the
   * items of published protocols that adopted no resolution (an item that did is the resolution's motion already).
   */
  adoptions(after: OpenCursor | undefined, limit: number | null): Promise<AdoptionRow[]> {
    return this.dataSource.query(
      `WITH ${PUBLIC_EVENTS}, ${ADOPTED}, ${PUBLISHED_PROTOCOLS}, acts AS (
         SELECT 'resolution' AS source, NULL::uuid AS "protocolId", r.id, r.event_id AS "eventId",
                r.session_id AS "sessionId", r.kind::text AS kind, r.title, r.preamble,
                COALESCE((SELECT json_agg(json_build_object('position', p.position, 'text', p.text) ORDER BY p.position)
                          FROM resolution_points p WHERE p.resolution_id = r.id), '[]') AS points,
                r.numbering_organization_id AS "organizationId", r.number, r.year, r.adopted_at AS "adoptedAt",
                e.time_zone AS "timeZone", seal.code AS "sealCode",
                r.votes_for AS "votesFor", r.votes_against AS "votesAgainst", r.votes_abstained AS "votesAbstained",
                r.present_count AS "presentCount", pl.mode::text AS "pollMode", pl.members AS "pollMembers",
                pl.required AS "pollRequired", pl.majority_of::text AS "majorityOf",
                COALESCE(s.quorum, e.quorum)::jsonb AS "quorumRule",
                r.adopted_at::text AS "sortKey", r.adopted_at AS at, r.created_at AS "createdAt", r.updated_at AS "updatedAt"
         FROM adopted r
         JOIN public_events e ON e.id = r.event_id
         LEFT JOIN sessions s ON s.id = r.session_id
         LEFT JOIN polls pl ON pl.id = r.poll_id
         LEFT JOIN act_seals seal ON seal.kind = 'resolution' AND seal.act_id = r.id
         UNION ALL
         SELECT 'protocol', p.id, i.id, p.event_id, COALESCE(i.session_id, p.session_id), 'protocol_decision', i.title,
                i.decided, '[]'::json, p.numbering_organization_id, p.number, p.year, p.approved_at, e.time_zone,
                seal.code, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                p.approved_at::text, p.approved_at, p.created_at, p.updated_at
         FROM published_protocols p
         JOIN public_events e ON e.id = p.event_id
         JOIN protocol_items i ON i.protocol_id = p.id
         LEFT JOIN act_seals seal ON seal.kind = 'protocol' AND seal.act_id = p.id
         WHERE i.decided IS NOT NULL AND cardinality(COALESCE(i.resolution_ids, '{}')) = 0)
       SELECT * FROM acts WHERE ${AFTER('at', 'id')}
       ORDER BY at, id LIMIT $3`,
      this.params(after, limit),
    );
  }

  /** Each voter's vote on acts adopted by a vote by name (a voter who did not vote has no choice). */
  votes(after: OpenCursor | undefined, limit: number | null): Promise<VoteRow[]> {
    return this.dataSource.query(
      `WITH ${PUBLIC_EVENTS}, ${ADOPTED}
       SELECT a.adopted_at::text AS "sortKey", a.id AS "resolutionId", v.person_id AS "personId", pv.choice
       FROM adopted a
       JOIN poll_voters v ON v.poll_id = a.poll_id
       LEFT JOIN poll_votes pv ON pv.poll_id = v.poll_id AND pv.person_id = v.person_id
       WHERE $1::timestamptz IS NULL
          OR (a.adopted_at, a.id, v.person_id) > ($1::timestamptz, $2::uuid, $4::uuid)
       ORDER BY a.adopted_at, a.id, v.person_id LIMIT $3`,
      [...this.params(after, limit), after?.id2 ?? null],
    );
  }

  /**
   * One cheap statement over every table the public record is read from: row counts and last changes, and
   * for the link tables (no change time of their own) a sum of row hashes. Any write that could change an
   * answer of this module changes it.
   */
  async fingerprint(): Promise<Fingerprint> {
    const rows: { value: string; changedAt: Date | null }[] = await this.dataSource.query(FINGERPRINT);
    return { value: rows[0].value, changedAt: rows[0].changedAt ?? new Date(0) };
  }
}
