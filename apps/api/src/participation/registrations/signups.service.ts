import { Injectable } from '@nestjs/common';
import { AppError, pickText } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { EventsService } from '../../forum/events/events.service';
import { type SignupRow, SignupsRepository } from './signups.repository';

export interface SignupResponse {
  id: string;
  sessionId: string;
  registrationId: string;
  status: SignupRow['status'];
  waitlistPosition?: number;
}

function toResponse(row: SignupRow): SignupResponse {
  return {
    id: row.id,
    sessionId: row.sessionId,
    registrationId: row.registrationId,
    status: row.status,
    ...(row.waitlistPosition ? { waitlistPosition: row.waitlistPosition } : {}),
  };
}

/**
 * Seats in parallel sessions: a registered participant holds one session per time slot;
 * past the seats they wait in line, and a cancellation gives the seat to the next.
 */
@Injectable()
export class SignupsService {
  constructor(
    private readonly signups: SignupsRepository,
    private readonly events: EventsService,
  ) {}

  async signUp(user: AuthUser, sessionId: string, lang: Language): Promise<SignupResponse> {
    const id = await this.signups.transaction(async (manager) => {
      const session = await this.signups.lockSession(manager, sessionId);
      if (!session) {
        throw AppError.notFound();
      }
      await this.events.getVisibleRow(user, session.eventId);
      const registrationId = user.personId
        ? await this.signups.registrationOf(manager, session.eventId, user.personId)
        : undefined;
      if (!session.seats || !registrationId) {
        throw new AppError('SIGNUP_NOT_OPEN');
      }
      const existing = await this.signups.active(manager, session.id, registrationId);
      if (existing) {
        return existing.id;
      }
      const other = await this.signups.overlapping(manager, registrationId, session);
      if (other) {
        throw new AppError('SIGNUP_CONFLICT', { other: pickText(other.title, lang) ?? '' });
      }
      const taken = await this.signups.confirmedCount(manager, session.id);
      return this.signups.insert(
        manager,
        session.id,
        registrationId,
        taken < session.seats ? 'confirmed' : 'waitlisted',
      );
    });
    return toResponse(await this.signups.transaction((manager) => this.signups.byId(manager, id)));
  }

  async cancelMine(user: AuthUser, sessionId: string): Promise<void> {
    await this.signups.transaction(async (manager) => {
      const session = await this.signups.lockSession(manager, sessionId);
      if (!session) {
        throw AppError.notFound();
      }
      const registrationId = user.personId
        ? await this.signups.registrationOf(manager, session.eventId, user.personId)
        : undefined;
      const existing = registrationId ? await this.signups.active(manager, session.id, registrationId) : undefined;
      if (!existing) {
        throw AppError.notFound();
      }
      await this.signups.setStatus(manager, existing.id, 'cancelled');
      if (existing.status === 'confirmed' && session.seats) {
        const free = session.seats - (await this.signups.confirmedCount(manager, session.id));
        for (const next of await this.signups.firstWaitlisted(manager, session.id, Math.max(0, free))) {
          await this.signups.setStatus(manager, next, 'confirmed');
        }
      }
    });
  }
}
