import type {
  AwardKind,
  SurveyQuestionKind,
  EventKind,
  EventVisibility,
  OrganizationKind,
  PersonCategory,
  RegionLevel,
  SessionKind,
} from '@app/contracts';

/** kk and ru required, en optional: the rule for every human text. */
export interface Text {
  kk: string;
  ru: string;
  en?: string;
}

/** Regions below the 20 top-level units that the demo forums need (the top level ships with the migration). */
export interface DemoRegion {
  /** 9-digit KATO code where known, else an organizer-made code such as `KZ-27-ZHANAKALA`. */
  code: string;
  parentCode: string;
  level: Exclude<RegionLevel, 'oblast'>;
  name: Text;
}

export interface DemoOrganization {
  key: string;
  name: Text;
  kind: OrganizationKind;
  regionCode?: string;
  /** The organization it belongs to (a district akimat under the oblast's), given before it. */
  parentKey?: string;
}

export interface DemoPerson {
  key: string;
  /** A public official named in the reference articles (the others are invented for the demo). */
  namedInArticles?: boolean;
  /** As written in Kazakh; Russian spelling optional. */
  fullName: { kk: string; ru?: string };
  position?: Text;
  organizationKey?: string;
  regionCode?: string;
  category: PersonCategory;
  language?: 'kk' | 'ru' | 'en';
}

export interface DemoSpeaker {
  personKey: string;
  topic?: Text;
  minutes?: number;
}

export interface DemoSession {
  key: string;
  kind: SessionKind;
  title: Text;
  description?: Text;
  /** Day of the event, 0-based. */
  day?: number;
  /** Local times in the event's zone, 'HH:MM'. */
  start: string;
  end: string;
  room?: string;
  /** A section that holds this session (parallel seminars of the forum's second part). */
  parentKey?: string;
  moderatorKeys?: string[];
  speakers?: DemoSpeaker[];
}

/** Progress reported on a point or an instruction: 100 is done, more than 0 under way. */
export interface DemoProgress {
  percent: number;
  note: Text;
  evidenceUrl?: string;
}

export interface DemoResolutionPoint {
  text: Text;
  responsibleKey: string;
  /** Deadline in days from the day the demo is loaded (negative: already past). */
  dueInDays: number;
  progress?: DemoProgress;
  /** Target indicators ("build 12 schools: 7 done"): fixed with the act, the value reached as of loading. */
  indicators?: { name: Text; unit: Text; target: number; actual: number }[];
}

/** A resolution adopted at the end of the event, with its execution under way. */
export interface DemoResolution {
  /** Where it was adopted: the city, not the oblast. */
  place: Text;
  title: Text;
  preamble: Text;
  /** The organizer that numbers it (the body whose act it is). */
  numberingKey: string;
  chairKey: string;
  sessionKey: string;
  /**
   * The vote; `byName` makes it a closed poll of the checked-in voting members (`present` of them), the first
   * `for` of them (in the order registered) for, the next `against` against, the next `abstained` abstaining.
   */
  vote: { for: number; against: number; abstained: number; present: number; byName?: 'electronic' | 'roll_call' };
  points: DemoResolutionPoint[];
}

/** Someone registered for a forum already held, and whether they came through the door. */
export interface DemoRegistration {
  personKey: string;
  role: 'delegate' | 'speaker' | 'moderator' | 'guest' | 'press' | 'staff';
  /** Local time of the check-in at the door, 'HH:MM' on the first day; absent when they did not come. */
  checkedInAt?: string;
}

/** A speech from the floor: a person of the directory, or a name as said in the hall. */
export interface DemoSpeech {
  personKey?: string;
  name?: Text;
  /** Local time, 'HH:MM', on the first day. */
  at: string;
  summary?: Text;
}

/** The protocol of a forum already held: what was said under each item, the instructions, signed and published. */
export interface DemoProtocol {
  chairKey: string;
  secretaryKey: string;
  /** When the first item was taken up, 'HH:MM': the attendance log is judged then. */
  openedAt: string;
  items: Record<string, { summary?: Text; decided?: Text; speeches?: DemoSpeech[] }>;
  instructions: {
    sessionKey?: string;
    text: Text;
    responsibleKey: string;
    executorKey?: string;
    dueInDays: number;
    progress?: DemoProgress;
  }[];
  /** Minutes after the end of the forum that both signed. */
  signedMinutesAfter: number;
  published: boolean;
}

/** A file on the forum or one of its sessions: a small PDF made at loading with its heading and paragraphs. */
export interface DemoMaterial {
  /** The session it belongs to; absent: the forum as a whole. */
  sessionKey?: string;
  title: Text;
  language: 'kk' | 'ru' | 'en';
  visibility: 'public' | 'participants' | 'staff';
  /** What its pages say, in its language. */
  paragraphs: string[];
}

export interface DemoEvent {
  slug: string;
  kind: EventKind;
  title: Text;
  description: Text;
  organizerKeys: string[];
  regionCode: string;
  /** Rooms in kk and ru; a session names its room by the Kazakh name. */
  venue: { name: Text; address?: Text; rooms: Text[] };
  /** Days from the day the demo is loaded, so the demo forums are always upcoming. */
  startsInDays: number;
  /** How many days the event lasts (1 = one day). */
  days: number;
  /** Local start/end of the whole event, 'HH:MM'. */
  start: string;
  end: string;
  timeZone: string;
  visibility: EventVisibility;
  capacity?: number;
  /** Days before the start on which the event was announced (the rule asks for 5 or more). */
  announcedDaysBefore: number;
  sessions: DemoSession[];
  /** Who counts toward the quorum: the registrations of these roles. */
  quorum?: { roles: string[] };
  registrations?: DemoRegistration[];
  resolution?: DemoResolution;
  protocol?: DemoProtocol;
  materials?: DemoMaterial[];
  /** Awards handed at the end of the forum, dated its last day. */
  awards?: DemoAwards[];
  /** The feedback survey that opens when the forum ends. */
  survey?: DemoSurvey;
}

/** A forum's feedback survey: it closes `closesInDays` after the forum's last day, at the forum's end time. */
export interface DemoSurvey {
  title: Text;
  anonymous: boolean;
  closesInDays: number;
  questions: { kind: SurveyQuestionKind; text: Text; required?: boolean; options?: Text[] }[];
}

/** A road map: numbered points with responsible bodies, deadlines, weights and dated progress (data/plans/). */
export interface DemoPlan {
  key: string;
  title: Text;
  ownerKey: string;
  /** The forum where it was discussed. */
  eventSlug?: string;
  startsInDays: number;
  endsInDays: number;
  points: {
    number: number;
    text: Text;
    responsibleKey: string;
    regionCode?: string;
    dueInDays: number;
    weight: number;
    /** Reports in the order made: percent reached, how many days before the day of loading. */
    progress: { daysAgo: number; percent: number; note: Text }[];
  }[];
}

export interface DemoData {
  regions: DemoRegion[];
  organizations: DemoOrganization[];
  people: DemoPerson[];
  events: DemoEvent[];
  plans: DemoPlan[];
}

/** Awards of one kind handed at a forum, numbered by one of its organizers in the order of `recipientKeys`. */
export interface DemoAwards {
  kind: AwardKind;
  numberingKey: string;
  signatoryKey: string;
  recipientKeys: string[];
}
