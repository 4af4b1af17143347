import { Injectable } from '@nestjs/common';
import { AppError, localDate, localTime, majorityOf, toZonedIso } from '@app/common';
import type { Language } from '@app/contracts';
import { AttendanceService } from '../../participation/attendance/attendance.service';
import { AuditService } from '../../platform/audit/audit.service';
import type { AuthUser } from '../../platform/access/auth-user';
import type { EventRow } from '../../forum/events/events.model';
import { NotificationsService } from '../../participation/notifications/notifications.service';
import { PeopleService } from '../../directory/people/people.service';
import { WebhooksService } from '../../platform/webhooks/webhooks.service';
import { VerificationService } from '../verification/verification.service';
import type { AdoptDto, ResolutionResponseDto } from './dto/resolution.dto';
import { ResolutionAccess } from './resolution-access';
import { type ClosedPoll, ResolutionVotes } from './resolution-votes';
import type { ResolutionRow } from './resolutions.model';
import { ResolutionsRepository } from './resolutions.repository';
import { ResolutionsService } from './resolutions.service';

interface VoteCounts {
  votesFor: number;
  votesAgainst: number;
  votesAbstained: number;
  present: number;
}

/** A device clock a little fast is fine; an adoption dated ahead of the present is not. */
const CLOCK_TOLERANCE_MS = 10 * 60_000;

/** "10.01.2026 16:00" in the event's zone, for the messages that name a time. */
function wallClock(instant: Date, timeZone: string): string {
  const [year, month, day] = localDate(instant, timeZone).split('-');
  return `${day}.${month}.${year} ${localTime(instant, timeZone)}`;
}

/**
 * When the act was adopted. An adoption belongs to its adopting session's time (the event's, without one): now,
 * while the session runs; a late record, once the session has ended, gives the instant it was adopted, from the
 * session's start to the event's end. Never before the session, after the event or ahead of the present.
 */
function adoptionTime(
  event: Pick<EventRow, 'startsAt' | 'endsAt' | 'timeZone'>,
  row: Pick<ResolutionRow, 'sessionStartsAt' | 'sessionEndsAt'>,
  given: string | undefined,
): Date {
  const now = new Date();
  const at = given ? new Date(given) : now;
  const startsAt = new Date(row.sessionStartsAt ?? event.startsAt);
  const endsAt = new Date(row.sessionEndsAt ?? event.endsAt);
  const eventEnd = new Date(event.endsAt);
  if (at < startsAt) {
    throw new AppError('ADOPTED_BEFORE_SESSION', { startsAt: wallClock(startsAt, event.timeZone) }, [
      { field: 'adoptedAt', code: 'min' },
    ]);
  }
  if (at > eventEnd || at.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) {
    throw new AppError('ADOPTED_AFTER_EVENT', { endsAt: wallClock(eventEnd, event.timeZone) }, [
      { field: 'adoptedAt', code: 'max' },
    ]);
  }
  if (!given && at > endsAt) {
    throw new AppError('ADOPTION_TIME_REQUIRED', { endsAt: wallClock(endsAt, event.timeZone) }, [
      { field: 'adoptedAt', code: 'isDefined' },
    ]);
  }
  return at;
}

/** Adopting a draft: its time, its vote checked against the quorum and the majority, its number and its seal. */
@Injectable()
export class ResolutionAdoptionService {
  constructor(
    private readonly resolutions: ResolutionsRepository,
    private readonly reading: ResolutionsService,
    private readonly access: ResolutionAccess,
    private readonly attendance: AttendanceService,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly verification: VerificationService,
    private readonly votes: ResolutionVotes,
    private readonly webhooks: WebhooksService,
  ) {}

  /**
   * Adopts a draft: checks its time (see adoptionTime), the quorum (present defaults to the voting members
   * present at the adopting session, see AttendanceService.quorumFor) and the majority, then numbers it in its
   * kind's series per organizer and year, gapless, and freezes its text with the place and the chair.
   */
  async adopt(user: AuthUser, id: string, dto: AdoptDto, lang: Language): Promise<ResolutionResponseDto> {
    const existing = await this.resolutions.findById(id);
    if (!existing) {
      throw AppError.notFound();
    }
    const event = await this.access.draftingEvent(user, existing.eventId);
    if ((await this.people.findByIds([dto.chairId])).length === 0) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'chairId', code: 'exists' }]);
    }
    const adoptedAt = adoptionTime(event, existing, dto.adoptedAt);
    const counted = await this.countsOf(event, existing.sessionId, id, dto);
    const year = Number(localDate(adoptedAt, event.timeZone).slice(0, 4));
    const organizationId = dto.organizationId ?? event.organizers[0].id;
    if (!event.organizers.some((o) => o.id === organizationId)) {
      throw AppError.validation([{ field: 'organizationId', code: 'exists' }]);
    }
    await this.resolutions.transaction(async (manager) => {
      const current = (await this.resolutions.findById(id, manager, true))!;
      if (current.status === 'adopted') {
        throw new AppError('RESOLUTION_ADOPTED');
      }
      // The poll is read again under lock: it is closed, and closed polls never change.
      const vote = dto.pollId ? this.pollCounts(await this.votes.polls.closedPoll(manager, dto.pollId, id)) : counted;
      const number = await this.resolutions.nextNumber(manager, organizationId, current.kind, year);
      await this.resolutions.adopt(manager, id, {
        organizationId,
        number,
        year,
        votesFor: vote.votesFor,
        votesAgainst: vote.votesAgainst,
        votesAbstained: vote.votesAbstained,
        present: vote.present,
        chairId: dto.chairId,
        adoptedAt,
        place: dto.place,
        pollId: dto.pollId ?? null,
      });
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'resolution',
        entityId: id,
        action: 'adopt',
        eventId: event.id,
        changes: { number: { from: null, to: `${number}/${year}` }, vote: { from: null, to: { ...dto, ...vote } } },
      });
      // The act as adopted is sealed in the same transaction: its digest and the code its PDF prints.
      await this.verification.seal(manager, 'resolution', id);
      // Everyone registered hears of it, or nobody does: the messages commit with the adoption.
      await this.notifications.resolutionAdopted(manager, {
        id,
        kind: current.kind,
        number: `${number}/${year}`,
        title: current.title,
        event,
      });
      if (event.visibility === 'public') {
        await this.webhooks.announce(manager, {
          type: 'act.adopted',
          data: {
            id,
            eventId: event.id,
            kind: current.kind,
            number: `${number}/${year}`,
            title: current.title,
            organizationId,
            adoptedAt: toZonedIso(adoptedAt, event.timeZone),
            votesFor: vote.votesFor,
            votesAgainst: vote.votesAgainst,
            votesAbstained: vote.votesAbstained,
            present: vote.present,
          },
        });
      }
    });
    return this.reading.get(user, id, lang);
  }

  /**
   * The vote an adoption records, checked: typed counts against the live check-ins (or the present count
   * typed), or a closed poll's counts against the voters and quorum fixed when it opened. The event's
   * majority rule: more than half of those present (default), or of all voting members.
   */
  private async countsOf(event: EventRow, sessionId: string | null, id: string, dto: AdoptDto): Promise<VoteCounts> {
    let vote: VoteCounts;
    let members: number;
    let required: number;
    if (dto.pollId) {
      const poll = await this.resolutions.transaction((tx) => this.votes.polls.closedPoll(tx, dto.pollId!, id));
      vote = this.pollCounts(poll);
      ({ members, required } = poll);
    } else {
      const quorum = await this.attendance.quorumFor(event, sessionId);
      vote = {
        votesFor: dto.votesFor!,
        votesAgainst: dto.votesAgainst!,
        votesAbstained: dto.votesAbstained!,
        present: dto.presentCount ?? quorum.present,
      };
      ({ members, required } = quorum);
    }
    const votes = vote.votesFor + vote.votesAgainst + vote.votesAbstained;
    if (votes > vote.present) {
      throw new AppError('VOTES_EXCEED_PRESENT', { votes, present: vote.present });
    }
    if (vote.present < required) {
      throw new AppError('NO_QUORUM', { present: vote.present, required });
    }
    const majority = majorityOf(event.quorum?.majority === 'members' ? members : vote.present);
    if (vote.votesFor < majority) {
      throw new AppError('NOT_ADOPTED', { votesFor: vote.votesFor, required: majority });
    }
    return vote;
  }

  private pollCounts(poll: ClosedPoll): VoteCounts {
    return {
      votesFor: poll.votesFor,
      votesAgainst: poll.votesAgainst,
      votesAbstained: poll.votesAbstained,
      present: poll.present,
    };
  }
}
