import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LocalizedText } from '@app/contracts';
import { regionSubtree, Where } from '@app/database';

/** A decision in words of a published protocol of a public forum, as the acts feed lists it. */
export interface PublicDecisionRow {
  id: string;
  protocolId: string;
  number: string;
  title: LocalizedText;
  decided: LocalizedText;
  adoptedAt: Date;
  eventId: string;
  eventSlug: string;
  eventTitle: LocalizedText;
  timeZone: string;
  organizers: LocalizedText[];
}

/**
 * The acts feed's second source, read here rather than through the protocols module (its repository is being
 * split): items of published protocols whose decision adopted no resolution (one that did is the resolution's
 * entry already). Published protocols never change, so these rows never do either.
 */
@Injectable()
export class ProtocolDecisionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  latestPublic(filter: { region?: string; organizationId?: string }, limit: number): Promise<PublicDecisionRow[]> {
    const where = new Where()
      .add(`p.status = 'published' AND e.visibility = 'public' AND e.status <> 'draft'`)
      .add(`i.decided IS NOT NULL AND cardinality(COALESCE(i.resolution_ids, '{}')) = 0`)
      .when(filter.region, (param) => regionSubtree('e.region_code', param))
      .when(
        filter.organizationId,
        (param) => `EXISTS (SELECT 1 FROM event_organizers f WHERE f.event_id = e.id AND f.organization_id = ${param})`,
      );
    return this.dataSource.query(
      `SELECT i.id, p.id AS "protocolId", p.number || '/' || p.year AS number, i.title, i.decided,
              p.approved_at AS "adoptedAt", e.id AS "eventId", e.slug AS "eventSlug", e.title AS "eventTitle",
              e.time_zone AS "timeZone",
              COALESCE((SELECT json_agg(o.name ORDER BY eo.position) FROM event_organizers eo
                        JOIN organizations o ON o.id = eo.organization_id WHERE eo.event_id = e.id), '[]'::json) AS organizers
       FROM protocol_items i JOIN protocols p ON p.id = i.protocol_id JOIN events e ON e.id = p.event_id
       WHERE ${where.sql()}
       ORDER BY p.approved_at DESC, i.position LIMIT ${where.param(limit)}`,
      where.params,
    );
  }
}
