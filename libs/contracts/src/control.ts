import type { LocalizedText } from './languages';
import type { NamedReference, PointResponse } from './responses';

/** Where a point of the control room comes from. */
export const CONTROL_SOURCES = ['resolution', 'protocol', 'plan'] as const;
export type ControlSource = (typeof CONTROL_SOURCES)[number];

/** How many days ahead the control room's default view looks for deadlines. */
export const CONTROL_DEFAULT_WINDOW_DAYS = 14;

/** A point of a road map: a resolution's point with a weight, a region and the acts' points it carries out. */
export interface PlanPointResponse extends PointResponse {
  weight: number;
  regionCode: string | null;
  /** Points of resolutions and protocol instructions linked to this one. */
  links: { pointId: string; source: 'resolution' | 'protocol'; actId: string; number: string | null }[];
  version: number;
}

export interface PlanResponse {
  id: string;
  /** In the asked language. */
  title: string;
  titles: LocalizedText;
  owner: NamedReference;
  startsOn: string;
  endsOn: string;
  /** The forum where the plan was discussed, if any. */
  event: { id: string; slug: string; title: string } | null;
  totals: { points: number; done: number; percent: number };
  points: PlanPointResponse[];
  version: number;
}

export interface PlanSummaryResponse {
  id: string;
  title: string;
  owner: NamedReference;
  startsOn: string;
  endsOn: string;
  points: number;
  percent: number;
}

/** One row of the control room. */
export interface ControlPointResponse {
  id: string;
  source: ControlSource;
  /** The resolution, protocol or plan. */
  actId: string;
  actNumber: string | null;
  actTitle: string;
  eventId: string | null;
  number: number;
  text: string;
  responsible: NamedReference | null;
  regionCode: string | null;
  dueDate: string | null;
  /** A point status, or `overdue`. */
  status: string;
  percent: number;
  weight: number;
  overdue: boolean;
}

export interface ControlPointsResponse {
  items: ControlPointResponse[];
  total: number;
  limit: number;
  offset: number;
  /** The day overdue was judged on. */
  date: string;
  /** `mine`: no filter was asked, so the user's own organizations' points overdue or due within 14 days. */
  view: 'filtered' | 'mine' | 'all_open';
}

export interface ControlFigures {
  points: number;
  done: number;
  inProgress: number;
  overdue: number;
  /** Completion weighted by each point's weight, cancelled points left out, 0–100 with one decimal. */
  percent: number;
}

export interface ControlSummaryResponse {
  date: string;
  totals: ControlFigures;
  byOrganization: (ControlFigures & { id: string | null; name: string })[];
  /** Weighted completion at the end of each week (Monday dates), from the dated progress notes. */
  trend: { week: string; percent: number }[];
}

export interface ControlHistoryEntry {
  at: string;
  status: string;
  percent: number;
  note: string | null;
  evidenceUrl: string | null;
  author: string | null;
}

export interface ControlHistoryResponse {
  point: ControlPointResponse;
  history: ControlHistoryEntry[];
}
