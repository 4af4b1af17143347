import type { Language, PointStatus } from '@app/contracts';
import { pointResponse as actPointResponse } from '../resolutions/resolution-views';
import type { PlanPointResponseDto } from './dto/plan.dto';
import type { PlanPointRow } from './plans.model';

/** The status a progress report leaves a point in: 100 % is done, anything above 0 is under way. */
export function progressStatus(
  percent: number,
  status?: PointStatus,
  current: PointStatus = 'not_started',
): PointStatus {
  return status ?? (percent === 100 ? 'done' : percent > 0 ? 'in_progress' : current);
}

export function planPointResponse(p: PlanPointRow, lang: Language): PlanPointResponseDto {
  // A road-map point reads as a resolution's point does, plus what only plans have.
  const point = actPointResponse({ ...p, resolutionId: null, protocolId: null, itemId: null, indicators: [] }, lang);
  return { ...point, weight: p.weight, regionCode: p.regionCode, links: p.links, version: p.version };
}

/** The weighted completion of points, cancelled ones left out, with one decimal. */
export function weightedPercent(points: { weight: number; percent: number; status: string }[]): number {
  const counted = points.filter((p) => p.status !== 'cancelled');
  const weight = counted.reduce((sum, p) => sum + p.weight, 0);
  return weight === 0 ? 0 : Math.round((counted.reduce((sum, p) => sum + p.weight * p.percent, 0) / weight) * 10) / 10;
}
