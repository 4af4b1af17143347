/** The API's answers this console reads (see apps/api/src/resolutions/dto/resolution.dto.ts). */
export interface Text {
  kk: string;
  ru: string;
  en?: string;
}

export interface Forum {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: string;
  organizers: { id: string; name: string }[];
}

export interface ForumSession {
  id: string;
  kind: string;
  title: string;
  startsAt: string;
}

export interface Progress {
  at: string;
  status: string;
  percent: number;
  note: string | null;
  evidenceUrl: string | null;
}

export interface Point {
  id: string;
  number: number;
  text: string;
  texts: Text;
  responsible: { id: string; name: string } | null;
  executor: { id: string; name: string } | null;
  dueDate: string | null;
  status: string;
  percent: number;
  progress: Progress[];
}

export interface Resolution {
  id: string;
  eventId: string;
  sessionId: string | null;
  kind: string;
  status: 'draft' | 'adopted';
  title: string;
  titles: Text;
  preamble: string | null;
  preambles: Text | null;
  number: string | null;
  adoptedAt: string | null;
  vote: { for: number; against: number; abstained: number; present: number } | null;
  chair: { id: string; name: string } | null;
  amends: { id: string; number: string | null } | null;
  amendments: { id: string; number: string | null; status: string }[];
  points: Point[];
  version: number;
}

export interface QuorumState {
  sessionId: string | null;
  members: number;
  present: number;
  required: number;
  reached: boolean;
}

export interface ExecutionGroup {
  key: string;
  label: string;
  points: number;
  done: number;
  overdue: number;
  percent: number;
}

export interface Execution {
  totals: { points: number; done: number; overdue: number; percent: number };
  groups: ExecutionGroup[];
  regions: ExecutionGroup[];
  overdue: { resolutionId: string; pointId: string; dueDate: string }[];
}

export { POINT_STATUSES, RESOLUTION_KINDS, type PointStatus, type ResolutionKind } from '@app/contracts';
