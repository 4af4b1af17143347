import type {
  EventResponse,
  ExecutionGroupResponse,
  ExecutionResponse,
  LocalizedText,
  PointProgressResponse,
  PointResponse,
  QuorumStateResponse,
  ResolutionResponse,
  SessionResponse,
} from '@app/contracts';

/** The API's answers this console reads: the shapes in libs/contracts that the API's response DTOs implement. */
export type Text = LocalizedText;
export type Forum = Pick<EventResponse, 'id' | 'title' | 'startsAt' | 'endsAt' | 'timeZone' | 'status' | 'organizers'>;
export type ForumSession = Pick<SessionResponse, 'id' | 'kind' | 'title' | 'startsAt'>;
export type Progress = PointProgressResponse;
export type Point = PointResponse;
export type Resolution = ResolutionResponse;
export type QuorumState = QuorumStateResponse;
export type ExecutionGroup = ExecutionGroupResponse;
export type Execution = ExecutionResponse;

export { POINT_STATUSES, RESOLUTION_KINDS, type PointStatus, type ResolutionKind } from '@app/contracts';
