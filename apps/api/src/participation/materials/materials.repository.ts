import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MaterialVisibility } from '@app/contracts';
import type { Tx } from '@app/database';
import type { MaterialRow, MaterialValues, MaterialVersionRow } from './materials.model';

/** A material and its versions (newest first) in one row: lists of many materials stay one query. */
const SELECT_MATERIALS = `
  SELECT m.id, m.event_id AS "eventId", m.session_id AS "sessionId", m.speaker_id AS "speakerId",
         m.resolution_id AS "resolutionId", m.title, m.language, m.visibility,
         m.current_version AS "currentVersion", m.revision, m.created_at AS "createdAt",
         (SELECT json_agg(json_build_object(
                   'number', v.number, 'storageKey', v.storage_key, 'size', v.byte_size, 'fileType', v.file_type,
                   'sha256', v.sha256, 'originalName', v.original_name, 'uploadedAt', v.uploaded_at)
                 ORDER BY v.number DESC)
            FROM material_versions v WHERE v.material_id = m.id) AS versions
  FROM materials m`;

/** Every query of the materials module. */
@Injectable()
export class MaterialsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findById(id: string, manager: Tx = this.dataSource.manager): Promise<MaterialRow | undefined> {
    const rows: MaterialRow[] = await manager.query(`${SELECT_MATERIALS} WHERE m.id = $1`, [id]);
    return rows[0];
  }

  /**
   * The materials of many events at once that these readers may see: `visibilities[i]` for `eventIds[i]`
   * (an event's staff all, its participants public and participants', anyone else public ones).
   */
  listForEvents(eventIds: string[], visibilities: MaterialVisibility[][]): Promise<MaterialRow[]> {
    return this.dataSource.query(
      `WITH readers AS (
         SELECT * FROM unnest($1::uuid[], $2::text[]) AS r(event_id, visibilities)
       )
       ${SELECT_MATERIALS}
       JOIN readers r ON r.event_id = m.event_id AND m.visibility = ANY(string_to_array(r.visibilities, ','))
       ORDER BY m.event_id, m.session_id NULLS FIRST, m.created_at, m.id`,
      [eventIds, visibilities.map((v) => v.join(','))],
    );
  }

  async insert(
    manager: Tx,
    eventId: string,
    values: MaterialValues,
    version: Omit<MaterialVersionRow, 'number' | 'uploadedAt'>,
    userId: string | null,
  ): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO materials (event_id, session_id, speaker_id, resolution_id, title, language, visibility, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        eventId,
        values.sessionId,
        values.speakerId,
        values.resolutionId,
        JSON.stringify(values.title),
        values.language,
        values.visibility,
        userId,
      ],
    );
    await this.insertVersion(manager, id, 1, version, userId);
    return id;
  }

  /** Writes a material's own fields as they now stand (its files stay as they are). */
  async update(manager: Tx, id: string, values: MaterialValues): Promise<void> {
    await manager.query(
      `UPDATE materials SET title = $2, language = $3, visibility = $4, session_id = $5, speaker_id = $6,
         resolution_id = $7, revision = revision + 1
       WHERE id = $1`,
      [
        id,
        JSON.stringify(values.title),
        values.language,
        values.visibility,
        values.sessionId,
        values.speakerId,
        values.resolutionId,
      ],
    );
  }

  /** Whether this person speaks in this session (a speech a material may go with). */
  async isSpeaker(sessionId: string, personId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM session_people WHERE session_id = $1 AND person_id = $2 AND role = 'speaker'`,
      [sessionId, personId],
    );
    return rows.length === 1;
  }

  /** A resolution's event and status, for attaching a material to it; undefined when there is none. */
  async resolutionOf(id: string): Promise<{ eventId: string; status: string } | undefined> {
    const rows: { eventId: string; status: string }[] = await this.dataSource.query(
      `SELECT event_id AS "eventId", status FROM resolutions WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** Locks the material for an edit; its revision, or undefined when it is gone. */
  async lockRevision(manager: Tx, id: string): Promise<number | undefined> {
    const rows: { revision: number }[] = await manager.query(
      `SELECT revision FROM materials WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0]?.revision;
  }

  /** Locks the material for a new version; its current number, or undefined when it is gone. */
  async lockCurrentVersion(manager: Tx, id: string): Promise<number | undefined> {
    const rows: { currentVersion: number }[] = await manager.query(
      `SELECT current_version AS "currentVersion" FROM materials WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0]?.currentVersion;
  }

  async addVersion(
    manager: Tx,
    id: string,
    number: number,
    version: Omit<MaterialVersionRow, 'number' | 'uploadedAt'>,
    userId: string,
  ): Promise<void> {
    await this.insertVersion(manager, id, number, version, userId);
    await manager.query(`UPDATE materials SET current_version = $2, revision = revision + 1 WHERE id = $1`, [
      id,
      number,
    ]);
  }

  /** Deletes the material and its versions; the keys of their files, for the store. */
  async delete(manager: Tx, id: string): Promise<string[]> {
    const rows: { storageKey: string }[] = await manager.query(
      `SELECT storage_key AS "storageKey" FROM material_versions WHERE material_id = $1`,
      [id],
    );
    await manager.query(`DELETE FROM materials WHERE id = $1`, [id]);
    return rows.map((row) => row.storageKey);
  }

  private async insertVersion(
    manager: Tx,
    id: string,
    number: number,
    version: Omit<MaterialVersionRow, 'number' | 'uploadedAt'>,
    userId: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO material_versions (material_id, number, storage_key, byte_size, file_type, sha256, original_name,
         uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, number, version.storageKey, version.size, version.fileType, version.sha256, version.originalName, userId],
    );
  }
}
