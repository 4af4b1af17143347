import type { LocalizedText, PointStatus, ResolutionKind } from '@app/contracts';

/** The rows of acts and their points as the repositories read them, and the values they write. */

export interface ResolutionRow {
  id: string;
  eventId: string;
  sessionId: string | null;
  kind: ResolutionKind;
  status: 'draft' | 'adopted';
  title: LocalizedText;
  preamble: LocalizedText | null;
  number: number | null;
  year: number | null;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstained: number | null;
  presentCount: number | null;
  chairId: string | null;
  chairName: { kk: string; ru?: string } | null;
  chairPosition: LocalizedText | null;
  adoptedAt: Date | null;
  /** Where it was adopted: a city (kk/ru); null on a draft and on adoptions recorded before places were. */
  place: LocalizedText | null;
  /** The adopting session's time, when it has one. */
  sessionStartsAt: Date | null;
  sessionEndsAt: Date | null;
  amendsId: string | null;
  amendsNumber: string | null;
  amendments: { id: string; number: string | null; status: string }[];
  /** The vote by name the resolution was adopted from, if any. */
  pollId: string | null;
  pollMode: 'roll_call' | 'electronic' | null;
  version: number;
}

/** An adopted resolution of a public forum with what a feed entry says of its forum. */
export interface PublicActRow {
  id: string;
  kind: ResolutionKind;
  title: LocalizedText;
  preamble: LocalizedText | null;
  number: string | null;
  adoptedAt: Date;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstained: number | null;
  eventId: string;
  eventSlug: string;
  eventTitle: LocalizedText;
  timeZone: string;
  organizers: LocalizedText[];
}

export interface PointRow {
  id: string;
  /** The act the point belongs to: a resolution, or a protocol (an instruction, under one of its items). */
  resolutionId: string | null;
  protocolId: string | null;
  itemId: string | null;
  position: number;
  text: LocalizedText;
  responsibleOrganizationId: string | null;
  responsibleName: LocalizedText | null;
  executorId: string | null;
  executorName: { kk: string; ru?: string } | null;
  dueDate: string | null;
  status: PointStatus;
  percent: number;
  overdue: boolean;
  progress: { at: string; status: string; percent: number; note: string | null; evidenceUrl: string | null }[];
  indicators: IndicatorRow[];
}

/** A target indicator of a point as stored. */
export interface IndicatorRow {
  id: string;
  position: number;
  name: LocalizedText;
  unit: LocalizedText;
  target: number;
  actual: number;
  updatedAt: string;
}

export interface PointValues {
  text: LocalizedText;
  responsibleOrganizationId: string | null;
  executorId: string | null;
  dueDate: string | null;
}
