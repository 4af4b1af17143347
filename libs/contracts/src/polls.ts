import type { LocalizedText } from './languages';

/** How a vote by name is taken: the secretary marks each member (roll call), or each member votes from a phone. */
export const POLL_MODES = ['roll_call', 'electronic'] as const;
export type PollMode = (typeof POLL_MODES)[number];
export const POLL_CHOICES = ['for', 'against', 'abstained'] as const;
export type PollChoice = (typeof POLL_CHOICES)[number];
export const POLL_STATUSES = ['open', 'closed', 'cancelled'] as const;
export type PollStatus = (typeof POLL_STATUSES)[number];

/** The counts of a poll: running while it is open, final once closed. */
export interface PollTally {
  for: number;
  against: number;
  abstained: number;
  /** Votes cast so far (for + against + abstained). */
  cast: number;
}

/** A vote by name on a resolution: `GET /api/v1/polls/:id` (the secretary's view, with every voter). */
export interface PollResponse {
  id: string;
  resolutionId: string;
  eventId: string;
  sessionId: string | null;
  mode: PollMode;
  status: PollStatus;
  /** The resolution's title: the question put to the vote. */
  question: LocalizedText;
  /** Voting members of the meeting, and those checked in when the poll opened (the voters). */
  members: number;
  present: number;
  /** The quorum at opening: `present >= required`. */
  required: number;
  quorum: boolean;
  /** Votes for needed to carry, by the event's rule (a majority of those present or of all members). */
  majority: number;
  tally: PollTally;
  /** Once closed: whether the votes for reach the majority (and the quorum held). */
  carried: boolean | null;
  openedAt: string;
  closedAt: string | null;
  voters: PollVoter[];
}

export interface PollVoter {
  personId: string;
  fullName: LocalizedText;
  organization: LocalizedText | null;
  choice: PollChoice | null;
  /** `self` from the member's phone, `secretary` by roll call. */
  via: 'self' | 'secretary' | null;
  recordedAt: string | null;
}

/** `GET /api/v1/polls/mine`: an open vote the signed-in member takes part in, and their vote so far. */
export interface MyPoll {
  id: string;
  eventId: string;
  eventTitle: LocalizedText;
  question: LocalizedText;
  mode: PollMode;
  choice: PollChoice | null;
  openedAt: string;
}

/** `GET /api/v1/screen/:eventId`: what the hall's projector shows. Nothing of who voted how. */
export interface ScreenState {
  eventId: string;
  eventTitle: LocalizedText;
  /** The agenda item under way in the meeting's protocol, if one is marked. */
  itemUnderWay: LocalizedText | null;
  /** The open poll, or the last one closed; null when the forum has not voted yet. */
  poll: {
    id: string;
    status: PollStatus;
    mode: PollMode;
    question: LocalizedText;
    present: number;
    tally: PollTally;
    carried: boolean | null;
    closedAt: string | null;
  } | null;
  /** Changes whenever anything shown changes: the screen redraws only then. */
  version: string;
}
