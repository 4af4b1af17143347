import type {
  EventResponse,
  NamedReference,
  PageResponse,
  PersonResponse,
  QuorumRule,
  RegistrationResponse,
  SessionPersonResponse,
  SessionResponse,
  SessionSpeakerResponse,
} from '@app/contracts';

/** The API's answers that the console reads: the shapes are the API's own, from libs/contracts. */
export type EventData = EventResponse;
export type SessionData = SessionResponse;
export type SessionPerson = SessionPersonResponse;
export type SessionSpeaker = SessionSpeakerResponse;
export type PersonData = PersonResponse;
export type RegistrationData = RegistrationResponse;
export type Quorum = QuorumRule;
export type Organization = NamedReference;
/** The part of a page of a list that the console reads. */
export type Page<T> = Pick<PageResponse<T>, 'items' | 'total'>;

export interface Region {
  code: string;
  name: string;
}

/** Moves the organizer app to another of its addresses. */
export type Navigate = (to: string) => void;
