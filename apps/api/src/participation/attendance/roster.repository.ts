import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText } from '@app/contracts';
import { DataSource } from 'typeorm';
import { presenceCtes } from './quorum-presence';

export interface RosterRow {
  registrationId: string;
  personId: string;
  fullName: { kk: string; ru?: string };
  position: LocalizedText | null;
  organizationId: string | null;
  organization: LocalizedText | null;
  role: string;
  /** Counts toward the quorum: the role is one of the quorum's roles (every role when none are named). */
  voting: boolean;
  /** Since when the person counts as present (see quorum-presence.ts); null: absent. */
  presentAt: Date | null;
}

@Injectable()
export class RosterRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Everyone registered for an event, with whether they count toward the quorum and whether they
   * were present at `at` (now when null), by the one rule of presence (see quorum-presence.ts).
   */
  roster(
    eventId: string,
    sessionId: string | null,
    eventRoles: string[] | null,
    at: Date | null,
  ): Promise<RosterRow[]> {
    return this.dataSource.query(
      `WITH ${presenceCtes('$1', '$4')}, cfg AS (
         SELECT COALESCE((SELECT s.quorum->'roles' FROM sessions s WHERE s.id = $2 AND s.event_id = $1), $3::jsonb) AS roles
       )
       SELECT r.id AS "registrationId", p.id AS "personId", p.full_name AS "fullName", p.position,
              o.id AS "organizationId", o.name AS organization, r.role,
              (cfg.roles IS NULL OR jsonb_array_length(cfg.roles) = 0 OR cfg.roles ? r.role) AS voting,
              pr.at AS "presentAt"
       FROM registrations r
       CROSS JOIN cfg
       JOIN people p ON p.id = r.person_id
       LEFT JOIN organizations o ON o.id = p.organization_id
       LEFT JOIN presence pr ON pr.registration_id = r.id AND pr.session_id IS NOT DISTINCT FROM $2::uuid
       WHERE r.event_id = $1 AND r.status = 'registered'
       ORDER BY p.sort_name COLLATE "kk-KZ-x-icu", p.id`,
      [eventId, sessionId, eventRoles?.length ? JSON.stringify(eventRoles) : null, at],
    );
  }
}
