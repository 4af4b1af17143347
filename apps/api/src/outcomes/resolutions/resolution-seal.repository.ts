import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { LocalizedText } from '@app/contracts';
import type { Tx } from '@app/database';

/** What the seal of an adopted act is made over, read from the stored rows: the verification use case. */
@Injectable()
export class ResolutionSealRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The canonical form of an adopted resolution (format 1, or 2 with the poll it was adopted from), read from its rows: what it says, its points as
   * adopted (not their progress), the vote and who chaired. People and organizations by id: a renamed
   * district akimat does not change what was adopted. Instants in UTC with microseconds, days as YYYY-MM-DD.
   */
  async canonicalOf(manager: Tx, id: string, format: number): Promise<Record<string, unknown> | undefined> {
    const rows: { canonical: Record<string, unknown> }[] = await manager.query(
      `SELECT json_build_object(
         'act', 'resolution', 'format', $2::int, 'id', r.id, 'kind', r.kind, 'event', r.event_id, 'session', r.session_id,
         'numberingOrganization', r.numbering_organization_id, 'number', r.number, 'year', r.year,
         'adoptedAt', to_char(r.adopted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
         'title', r.title, 'preamble', r.preamble, 'chair', r.chair_id, 'amends', r.amends_id,
         'vote', json_build_object('for', r.votes_for, 'against', r.votes_against, 'abstained', r.votes_abstained,
                                   'present', r.present_count),
         'points', COALESCE((SELECT json_agg(json_build_object('position', p.position, 'text', p.text,
                                'responsibleOrganization', p.responsible_organization_id, 'executor', p.executor_id,
                                'dueDate', to_char(p.due_date, 'YYYY-MM-DD')) ORDER BY p.position)
                             FROM resolution_points p WHERE p.resolution_id = r.id), '[]'::json)
       )::jsonb || CASE WHEN $2::int >= 2 THEN jsonb_build_object('poll', r.poll_id) ELSE '{}'::jsonb END AS canonical
       FROM resolutions r WHERE r.id = $1 AND r.status = 'adopted'`,
      [id, format],
    );
    return rows[0]?.canonical;
  }

  /** A protocol's instructions as its canonical form holds them: their wording, not their progress. */
  async canonicalInstructionsOf(manager: Tx, protocolId: string): Promise<Record<string, unknown>[]> {
    const rows: { canonical: Record<string, unknown>[] }[] = await manager.query(
      `SELECT COALESCE(json_agg(json_build_object('position', p.position, 'item', p.protocol_item_id, 'text', p.text,
                'responsibleOrganization', p.responsible_organization_id, 'executor', p.executor_id,
                'dueDate', to_char(p.due_date, 'YYYY-MM-DD')) ORDER BY p.position), '[]'::json) AS canonical
       FROM resolution_points p WHERE p.protocol_id = $1`,
      [protocolId],
    );
    return rows[0].canonical;
  }

  /** The name of the organization an adopted resolution is numbered by. */
  async numberingOrganizationOf(id: string): Promise<LocalizedText | undefined> {
    const rows: { name: LocalizedText }[] = await this.dataSource.query(
      `SELECT o.name FROM resolutions r JOIN organizations o ON o.id = r.numbering_organization_id WHERE r.id = $1`,
      [id],
    );
    return rows[0]?.name;
  }
}
