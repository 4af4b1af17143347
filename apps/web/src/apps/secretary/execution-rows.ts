import type { ProtocolResponse } from '@app/contracts';
import type { Execution, Point, PointStatus, Resolution } from './types';

export const SECTIONS = ['overdue', 'in_progress', 'not_started', 'done', 'cancelled'] as const;
export type Section = (typeof SECTIONS)[number];

/** The act a point belongs to: a resolution, or a protocol whose instructions are tracked the same way. */
export interface Act {
  kind: 'resolution' | 'protocol';
  id: string;
  number: string | null;
}

export interface Row {
  act: Act;
  point: Point;
  /** The point's own status; `overdue` is derived at the chosen date, so it is kept apart. */
  status: PointStatus;
  overdue: boolean;
}

/** The point's recorded status: the API reports a late point as `overdue`, its last progress entry says what it is. */
function ownStatus(point: Point): PointStatus {
  if (point.status !== 'overdue') {
    return point.status as PointStatus;
  }
  return (point.progress.at(-1)?.status as PointStatus | undefined) ?? 'not_started';
}

export interface Data {
  resolutions: Resolution[];
  protocols: ProtocolResponse[];
  options: Execution;
  report: Execution;
}

/** The points the report counts, with their act: adopted resolutions' points and approved protocols' instructions. */
export function executionRows(data: Data): Row[] {
  const rows: Row[] = [];
  // The report says which organizations the filters keep (its groups) and what is late at the date.
  const kept = new Set(data.report.groups.map((g) => g.key));
  const late = new Set(data.report.overdue.map((o) => o.pointId));
  const acts: { act: Act; points: Point[] }[] = [
    ...data.resolutions
      .filter((r) => r.status === 'adopted')
      .map((r) => ({ act: { kind: 'resolution' as const, id: r.id, number: r.number }, points: r.points })),
    ...data.protocols
      .filter((p) => p.status !== 'draft')
      .map((p) => ({
        act: { kind: 'protocol' as const, id: p.id, number: p.number },
        points: p.instructions as Point[],
      })),
  ];
  for (const { act, points } of acts) {
    for (const point of points) {
      if (kept.has(point.responsible?.id ?? 'none')) {
        rows.push({ act, point, status: ownStatus(point), overdue: late.has(point.id) });
      }
    }
  }
  return rows;
}

/** The section a point is listed under: overdue at the chosen date, else its own status. */
export function sectionOf(row: Row): Section {
  return row.overdue ? 'overdue' : row.status;
}
