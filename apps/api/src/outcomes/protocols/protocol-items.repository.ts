import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LocalizedText, ProtocolItemState } from '@app/contracts';
import type { Tx } from '@app/database';
import { DataSource } from 'typeorm';
import type { HeardEntry, ItemRow, ItemValues, SpeechRow } from './protocols.model';

/** What is kept during a meeting: a protocol's items (the one under way, what was heard and decided) and the speeches from the floor. */
@Injectable()
export class ProtocolItemsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertItems(manager: Tx, protocolId: string, items: ItemValues[]): Promise<void> {
    if (items.length === 0) {
      return;
    }
    await manager.query(
      `INSERT INTO protocol_items (protocol_id, position, session_id, title, heard)
       SELECT $1, x.ord, x.session, x.title, x.heard
       FROM jsonb_to_recordset($2::jsonb) AS x(ord int, session uuid, title jsonb, heard jsonb)`,
      [
        protocolId,
        JSON.stringify(
          items.map((item, i) => ({ ord: i + 1, session: item.sessionId, title: item.title, heard: item.heard })),
        ),
      ],
    );
  }

  /** The title of the item marked under way in an event's protocols still being kept, if any. */
  async itemUnderWay(eventId: string): Promise<LocalizedText | null> {
    const rows: { title: LocalizedText }[] = await this.dataSource.query(
      `SELECT i.title FROM protocol_items i JOIN protocols p ON p.id = i.protocol_id
       WHERE p.event_id = $1 AND p.status = 'draft' AND i.state = 'current'
       ORDER BY p.created_at DESC LIMIT 1`,
      [eventId],
    );
    return rows[0]?.title ?? null;
  }

  itemsOf(protocolIds: string[], manager: Tx = this.dataSource.manager): Promise<ItemRow[]> {
    return manager.query(
      `SELECT i.id, i.protocol_id AS "protocolId", i.position, i.session_id AS "sessionId", i.title, i.heard, i.summary,
              i.decided, i.state, i.resolution_ids AS "resolutionIds", i.version
       FROM protocol_items i WHERE i.protocol_id = ANY($1::uuid[]) ORDER BY i.protocol_id, i.position`,
      [protocolIds],
    );
  }

  async findItem(manager: Tx, protocolId: string, itemId: string, lock = false): Promise<ItemRow | undefined> {
    const rows: ItemRow[] = await manager.query(
      `SELECT i.id, i.protocol_id AS "protocolId", i.position, i.session_id AS "sessionId", i.title, i.heard, i.summary,
              i.decided, i.state, i.resolution_ids AS "resolutionIds", i.version
       FROM protocol_items i WHERE i.protocol_id = $1 AND i.id = $2 ${lock ? 'FOR UPDATE' : ''}`,
      [protocolId, itemId],
    );
    return rows[0];
  }

  /** Changes only the fields given: two secretaries writing different items, or different fields, never collide. */
  async updateItem(
    manager: Tx,
    itemId: string,
    values: {
      title?: LocalizedText;
      heard?: HeardEntry[];
      summary?: LocalizedText | null;
      decided?: LocalizedText | null;
    },
  ): Promise<void> {
    const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));
    await manager.query(
      `UPDATE protocol_items SET
         title = COALESCE($2::jsonb, title),
         heard = COALESCE($3::jsonb, heard),
         summary = CASE WHEN $4::boolean THEN $5::jsonb ELSE summary END,
         decided = CASE WHEN $6::boolean THEN $7::jsonb ELSE decided END,
         version = version + 1
       WHERE id = $1`,
      [
        itemId,
        json(values.title),
        json(values.heard),
        values.summary !== undefined,
        json(values.summary),
        values.decided !== undefined,
        json(values.decided),
      ],
    );
  }

  /**
   * The item under way: the one before it is done, and the meeting's opening time is the first
   * time an item was taken up. With `itemId` null the current item is closed and none follows.
   */
  async setCurrent(manager: Tx, protocolId: string, itemId: string | null, at: Date): Promise<void> {
    await manager.query(
      `UPDATE protocol_items SET state = 'done', version = version + 1 WHERE protocol_id = $1 AND state = 'current'`,
      [protocolId],
    );
    if (itemId) {
      await manager.query(
        `UPDATE protocol_items SET state = 'current', version = version + 1 WHERE protocol_id = $1 AND id = $2`,
        [protocolId, itemId],
      );
      await manager.query(`UPDATE protocols SET opened_at = COALESCE(opened_at, $2) WHERE id = $1`, [protocolId, at]);
    }
  }

  async setItemState(manager: Tx, itemId: string, state: ProtocolItemState): Promise<void> {
    await manager.query(`UPDATE protocol_items SET state = $2, version = version + 1 WHERE id = $1`, [itemId, state]);
  }

  /** A meeting over: every item done, opened when it was. */
  async markAllDone(manager: Tx, protocolId: string, openedAt: Date): Promise<void> {
    await manager.query(`UPDATE protocol_items SET state = 'done' WHERE protocol_id = $1`, [protocolId]);
    await manager.query(`UPDATE protocols SET opened_at = $2 WHERE id = $1`, [protocolId, openedAt]);
  }

  speechesOf(protocolIds: string[], manager: Tx = this.dataSource.manager): Promise<SpeechRow[]> {
    return manager.query(
      `SELECT sp.id, sp.protocol_id AS "protocolId", sp.item_id AS "itemId", sp.person_id AS "personId",
              COALESCE(pe.full_name, sp.name) AS "fullName", sp.name AS "typedName",
              COALESCE(sp.position, pe.position) AS position, o.name AS organization,
              sp.spoken_at AS "spokenAt", sp.summary
       FROM protocol_speeches sp
       LEFT JOIN people pe ON pe.id = sp.person_id
       LEFT JOIN organizations o ON o.id = pe.organization_id
       WHERE sp.protocol_id = ANY($1::uuid[])
       ORDER BY sp.item_id, sp.spoken_at, sp.created_at`,
      [protocolIds],
    );
  }

  async insertSpeech(
    manager: Tx,
    values: {
      protocolId: string;
      itemId: string;
      personId: string | null;
      name: LocalizedText | null;
      position: LocalizedText | null;
      spokenAt: Date;
      summary: LocalizedText | null;
      createdBy: string | null;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO protocol_speeches (protocol_id, item_id, person_id, name, position, spoken_at, summary, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        values.protocolId,
        values.itemId,
        values.personId,
        values.name ? JSON.stringify(values.name) : null,
        values.position ? JSON.stringify(values.position) : null,
        values.spokenAt,
        values.summary ? JSON.stringify(values.summary) : null,
        values.createdBy,
      ],
    );
    return rows[0].id;
  }

  async deleteSpeech(manager: Tx, protocolId: string, speechId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await manager.query(
      `DELETE FROM protocol_speeches WHERE protocol_id = $1 AND id = $2`,
      [protocolId, speechId],
    );
    return count > 0;
  }
}
