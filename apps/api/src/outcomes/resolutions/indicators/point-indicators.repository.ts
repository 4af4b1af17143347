import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '@app/contracts';
import type { Tx } from '@app/database';

/** The target indicators of points, written inside the caller's transaction. */
@Injectable()
export class PointIndicatorsRepository {
  /** The status of a point's resolution, locked against a concurrent adoption until the caller's transaction ends. */
  async lockResolution(manager: Tx, resolutionId: string): Promise<'draft' | 'adopted' | undefined> {
    const rows: { status: 'draft' | 'adopted' }[] = await manager.query(
      `SELECT status FROM resolutions WHERE id = $1 FOR SHARE`,
      [resolutionId],
    );
    return rows[0]?.status;
  }

  async insert(
    manager: Tx,
    pointId: string,
    values: { name: LocalizedText; unit: LocalizedText; target: number; actual: number },
  ): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO point_indicators (point_id, position, name, unit, target_value, actual_value)
       SELECT $1, COALESCE(max(position), 0) + 1, $2, $3, $4, $5 FROM point_indicators WHERE point_id = $1
       RETURNING id`,
      [pointId, JSON.stringify(values.name), JSON.stringify(values.unit), values.target, values.actual],
    );
    return rows[0].id;
  }

  /** Changes the given fields; the others stay. */
  async update(
    manager: Tx,
    id: string,
    values: { name?: LocalizedText; unit?: LocalizedText; target?: number; actual?: number },
  ): Promise<void> {
    await manager.query(
      `UPDATE point_indicators SET name = COALESCE($2, name), unit = COALESCE($3, unit),
              target_value = COALESCE($4, target_value), actual_value = COALESCE($5, actual_value), updated_at = now()
       WHERE id = $1`,
      [
        id,
        values.name ? JSON.stringify(values.name) : null,
        values.unit ? JSON.stringify(values.unit) : null,
        values.target ?? null,
        values.actual ?? null,
      ],
    );
  }

  /** Removes one and closes the gap in the numbering (positions are deferred-unique). */
  async delete(manager: Tx, pointId: string, id: string): Promise<void> {
    await manager.query(
      `WITH gone AS (DELETE FROM point_indicators WHERE id = $1 AND point_id = $2 RETURNING point_id, position)
       UPDATE point_indicators i SET position = i.position - 1 FROM gone
       WHERE i.point_id = gone.point_id AND i.position > gone.position`,
      [id, pointId],
    );
  }
}
