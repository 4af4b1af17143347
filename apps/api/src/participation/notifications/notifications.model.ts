import type { Language, ResolutionKind } from '@app/contracts';
import type { EventRow } from '../../forum/events/events.model';
import type { AccountMailKind } from './account-templates';
import type { ControlMailInput } from './control-templates';
import type { AwardMailInput, EventMailKind } from './templates';

/** What the other modules tell NotificationsService: the notices it turns into messages. */

/** What a message needs to know of its event. */
export type MailEvent = Pick<EventRow, 'id' | 'slug' | 'title' | 'venue' | 'startsAt' | 'endsAt' | 'timeZone'>;

export interface RegistrationNotice {
  registrationId: string;
  kind: EventMailKind;
  email: string | null;
  language: Language;
  name: string;
  event: MailEvent;
  badgeCode?: string;
  waitlistPosition?: number;
  invitationUrl?: string;
}

export interface AdoptedResolution {
  id: string;
  kind: ResolutionKind;
  number: string;
  title: { kk: string; ru?: string; en?: string };
  event: MailEvent;
}

/** A file a message carries, made when it is sent. */
export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

/**
 * Where the files of one purpose of message come from: a module above this one (awards: the PDF of the award the
 * message's dedupe key names) registers it at start, so the mail worker can attach what it cannot make itself.
 */
export interface MailAttachmentSource {
  readonly purpose: string;
  attachmentsFor(message: { dedupeKey: string; language: Language }): Promise<MailAttachment[]>;
}

/** An award issued to someone: one message, in their language, with the links to it. */
export interface IssuedAwardNotice extends Omit<AwardMailInput, 'myUrl'> {
  awardId: string;
  eventId: string;
  email: string | null;
}

/** A message about an account: a one-time link to it (the link's id makes the message's key), never a password. */
export interface AccountNotice {
  key: string;
  kind: AccountMailKind;
  email: string;
  language: Language;
  name: string;
  url?: string;
  expiresAt?: Date;
}

/** A message of execution control to one person; `key` names the point and deadline (or organization and week). */
export interface ControlNotice extends Omit<ControlMailInput, 'controlUrl'> {
  key: string;
  email: string;
}
