/** The kinds of document a forum adopts, and the execution statuses of their points. */
export const RESOLUTION_KINDS = ['resolution', 'decision', 'recommendations', 'protocol_instruction'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];
export const POINT_STATUSES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export type PointStatus = (typeof POINT_STATUSES)[number];
