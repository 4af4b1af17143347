import type { LocalizedText, PointStatus } from '@app/contracts';

/** A road map or programme as stored. */
export interface PlanRow {
  id: string;
  title: LocalizedText;
  ownerOrganizationId: string;
  ownerName: LocalizedText;
  startsOn: string;
  endsOn: string;
  eventId: string | null;
  eventSlug: string | null;
  eventTitle: LocalizedText | null;
  version: number;
}

export interface PlanListRow extends PlanRow {
  points: number;
  percent: number;
}

export interface PlanPointRow {
  id: string;
  planId: string;
  position: number;
  text: LocalizedText;
  responsibleOrganizationId: string | null;
  responsibleName: LocalizedText | null;
  executorId: string | null;
  executorName: { kk: string; ru?: string } | null;
  regionCode: string | null;
  dueDate: string | null;
  weight: number;
  status: PointStatus;
  percent: number;
  overdue: boolean;
  version: number;
  progress: { at: string; status: string; percent: number; note: string | null; evidenceUrl: string | null }[];
  links: { pointId: string; source: 'resolution' | 'protocol'; actId: string; number: string | null }[];
}

/** A plan point as written: its references already checked. */
export interface PlanPointValues {
  position: number;
  text: LocalizedText;
  responsibleOrganizationId: string | null;
  executorId: string | null;
  regionCode: string | null;
  dueDate: string | null;
  weight: number;
  status: PointStatus;
  percent: number;
}

/** A progress note on a plan point. */
export interface PlanProgressValues {
  status: PointStatus;
  percent: number;
  note: string | null;
  evidenceUrl: string | null;
  authorId: string | null;
  /** When the progress was reported; now by default (a seed of past work gives its dates). */
  at?: string;
}
