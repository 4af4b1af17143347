import { pickText, toZonedIso } from '@app/common';
import { actLabel, type Language, type PointIndicatorResponse, type PointStatus } from '@app/contracts';
import type { EventRow } from '../../forum/events/events.model';
import { personName } from '../../directory/people/people.service';
import type { PointResponseDto, ResolutionResponseDto } from './dto/resolution.dto';
import type { IndicatorRow, PointRow, ResolutionRow } from './resolutions.model';

/** How a resolution and its points read in a response: texts in the reader's language, times in the event's zone. */

export function numberOf(row: Pick<ResolutionRow, 'number' | 'year'>): string | null {
  return row.number === null ? null : `${row.number}/${row.year}`;
}

/** The recorded vote of an adopted resolution; a draft has none. */
export function voteOf(row: ResolutionRow): ResolutionResponseDto['vote'] {
  return row.status === 'adopted'
    ? {
        for: row.votesFor!,
        against: row.votesAgainst!,
        abstained: row.votesAbstained!,
        present: row.presentCount!,
        mode: row.pollMode ?? 'counts',
        pollId: row.pollId,
      }
    : null;
}

export function toResponse(
  row: ResolutionRow,
  points: PointRow[],
  event: EventRow,
  lang: Language,
  audience: 'staff' | 'public' = 'staff',
): ResolutionResponseDto {
  return {
    id: row.id,
    eventId: row.eventId,
    sessionId: row.sessionId,
    kind: row.kind,
    status: row.status,
    title: pickText(row.title, lang) ?? '',
    titles: row.title,
    preamble: pickText(row.preamble, lang),
    preambles: row.preamble,
    number: numberOf(row),
    label: actLabel(row.kind, numberOf(row), lang),
    adoptedAt: row.adoptedAt ? toZonedIso(new Date(row.adoptedAt), event.timeZone) : null,
    place: pickText(row.place, lang),
    places: row.place,
    session:
      row.sessionStartsAt && row.sessionEndsAt
        ? {
            startsAt: toZonedIso(new Date(row.sessionStartsAt), event.timeZone),
            endsAt: toZonedIso(new Date(row.sessionEndsAt), event.timeZone),
          }
        : null,
    vote: voteOf(row),
    chair: row.chairId ? { id: row.chairId, name: personName(row.chairName!, lang) } : null,
    amends: row.amendsId ? { id: row.amendsId, number: row.amendsNumber } : null,
    amendments: row.amendments,
    points: points
      .filter((p) => p.resolutionId === row.id)
      .map((p) => (audience === 'staff' ? pointResponse(p, lang) : publicPoint(pointResponse(p, lang)))),
    version: row.version,
  };
}

export function pointResponse(p: PointRow, lang: Language): PointResponseDto {
  return {
    id: p.id,
    number: p.position,
    text: pickText(p.text, lang) ?? '',
    texts: p.text,
    responsible: p.responsibleOrganizationId
      ? { id: p.responsibleOrganizationId, name: pickText(p.responsibleName, lang) ?? '' }
      : null,
    executor: p.executorId ? { id: p.executorId, name: personName(p.executorName!, lang) } : null,
    dueDate: p.dueDate,
    status: p.overdue ? 'overdue' : p.status,
    percent: p.percent,
    progress: p.progress,
    indicators: (p.indicators ?? []).map((i) => indicatorResponse(i, lang)),
  };
}

export function indicatorResponse(i: IndicatorRow, lang: Language): PointIndicatorResponse {
  const target = Number(i.target);
  const actual = Number(i.actual);
  return {
    id: i.id,
    number: i.position,
    name: pickText(i.name, lang) ?? '',
    names: i.name,
    unit: pickText(i.unit, lang) ?? '',
    units: i.unit,
    target,
    actual,
    percent: target === 0 ? 100 : Math.min(100, Math.round((actual / target) * 1000) / 10),
    updatedAt: i.updatedAt,
  };
}

/** A point as the public sees it: status and percent, with no notes, evidence links or people. */
export function publicPoint(point: PointResponseDto): PointResponseDto {
  return {
    ...point,
    executor: null,
    progress: point.progress.map(({ at, status, percent }) => ({ at, status, percent, note: null, evidenceUrl: null })),
  };
}

/** An adopted resolution as its forum's public page lists it, with the progress of each point. */
export interface PublicAdoptedResolution {
  id: string;
  number: string | null;
  label: string;
  title: string;
  place: string | null;
  adoptedAt: string | null;
  points: PublicPointProgress[];
}

/** What the public page shows of a point's execution. */
export interface PublicPointProgress {
  number: number;
  text: string;
  status: PointStatus | 'overdue';
  percent: number;
  /** Its target indicators: what is counted, the unit, the target and the value reached. */
  indicators: { name: string; unit: string; target: number; actual: number }[];
}

export function publicProgress(p: PointRow, lang: Language): PublicPointProgress {
  return {
    number: p.position,
    text: pickText(p.text, lang) ?? '',
    status: p.overdue ? 'overdue' : p.status,
    percent: p.percent,
    indicators: (p.indicators ?? []).map((i) => {
      const { name, unit, target, actual } = indicatorResponse(i, lang);
      return { name, unit, target, actual };
    }),
  };
}
