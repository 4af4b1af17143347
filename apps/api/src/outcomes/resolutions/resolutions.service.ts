import { Injectable } from '@nestjs/common';
import { VerificationService } from '../verification/verification.service';
import { AppError, localDate, localTime, majorityOf, pickText, toZonedIso } from '@app/common';
import { actLabel, type Language, type ProtocolDecisionResponse, type ResolutionKind } from '@app/contracts';
import { AttendanceService } from '../../participation/attendance/attendance.service';
import { AuditService, diff } from '../../platform/audit/audit.service';
import type { AuthUser } from '../../platform/access/auth-user';
import { EventsService } from '../../forum/events/events.service';
import { NotificationsService } from '../../participation/notifications/notifications.service';
import { PeopleService, personName } from '../../directory/people/people.service';
import type { AdoptDto, CreateResolutionDto, ResolutionResponseDto, UpdateResolutionDto } from './dto/resolution.dto';
import { audienceOf, ResolutionAccess } from './resolution-access';
import { ResolutionExecutionService } from './resolution-execution.service';
import { numberOf, type PublicAdoptedResolution, publicProgress, toResponse, voteOf } from './resolution-views';
import type { ResolutionRow } from './resolutions.model';
import { ResolutionsRepository } from './resolutions.repository';
import { ResolutionPointsRepository } from './resolution-points.repository';
import { type ClosedPoll, ResolutionVotes } from './resolution-votes';
import type { EventRow } from '../../forum/events/events.model';

interface VoteCounts {
  votesFor: number;
  votesAgainst: number;
  votesAbstained: number;
  present: number;
}
import { mayAccessEvent } from '../../platform/access/event-access';
import { WebhooksService } from '../../platform/webhooks/webhooks.service';

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

/** An adopted resolution of a public forum, as feeds list it; texts in the asked language. */
export interface PublicAct {
  id: string;
  kind: ResolutionKind;
  number: string | null;
  title: string;
  preamble: string | null;
  /** ISO 8601 with the forum's offset. */
  adoptedAt: string;
  votes: { for: number | null; against: number | null; abstained: number | null };
  event: { id: string; slug: string; title: string };
  organizers: string[];
}

@Injectable()
export class ResolutionsService {
  constructor(
    private readonly resolutions: ResolutionsRepository,
    private readonly points: ResolutionPointsRepository,
    private readonly access: ResolutionAccess,
    private readonly events: EventsService,
    private readonly attendance: AttendanceService,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly execution: ResolutionExecutionService,
    private readonly verification: VerificationService,
    private readonly votes: ResolutionVotes,
    private readonly webhooks: WebhooksService,
  ) {}

  async list(user: AuthUser | undefined, eventIdOrSlug: string, lang: Language): Promise<ResolutionResponseDto[]> {
    const event = await this.events.getVisibleRow(user, eventIdOrSlug);
    const rows = await this.resolutions.listForEvent(event.id, !mayAccessEvent(user, event, 'draft'));
    const points = await this.points.pointsOf(rows.map((r) => r.id));
    return rows.map((row) => toResponse(row, points, event, lang, audienceOf(user, event)));
  }

  /**
   * The adopted resolutions of an event for its public page, each point with its status and percent only (no notes,
   * evidence or people): adopted ones are public, and the caller has already checked that the reader may see the event.
   */
  async adoptedOf(eventId: string, timeZone: string, lang: Language): Promise<PublicAdoptedResolution[]> {
    const rows = await this.resolutions.listForEvent(eventId, true);
    const points = await this.points.pointsOf(rows.map((row) => row.id));
    return rows.map((row) => ({
      id: row.id,
      number: numberOf(row),
      label: actLabel(row.kind, numberOf(row), lang),
      place: pickText(row.place, lang),
      title: pickText(row.title, lang) ?? '',
      adoptedAt: row.adoptedAt ? toZonedIso(new Date(row.adoptedAt), timeZone) : null,
      points: points.filter((p) => p.resolutionId === row.id).map((p) => publicProgress(p, lang)),
    }));
  }

  /** The newest adopted resolutions of public forums (of a region and the regions below it, or of an organizer). */
  async latestPublic(
    filter: { region?: string; organizationId?: string },
    lang: Language,
    limit: number,
  ): Promise<PublicAct[]> {
    const rows = await this.resolutions.latestPublicAdopted(filter, limit);
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      number: row.number,
      title: pickText(row.title, lang) ?? '',
      preamble: pickText(row.preamble, lang),
      adoptedAt: toZonedIso(new Date(row.adoptedAt), row.timeZone),
      votes: { for: row.votesFor, against: row.votesAgainst, abstained: row.votesAbstained },
      event: { id: row.eventId, slug: row.eventSlug, title: pickText(row.eventTitle, lang) ?? '' },
      organizers: row.organizers.map((name) => pickText(name, lang) ?? ''),
    }));
  }

  /** The adopted resolutions of an event with their session and vote: what a protocol records as decided. */
  async decisionsOf(
    eventId: string,
    lang: Language,
  ): Promise<(ProtocolDecisionResponse & { sessionId: string | null })[]> {
    const rows = await this.resolutions.listForEvent(eventId, true);
    const rolls = await this.votes.rolls(rows.flatMap((row) => (row.pollId ? [row.pollId] : [])));
    return rows.map((row) => ({
      id: row.id,
      sessionId: row.sessionId,
      kind: row.kind,
      number: numberOf(row),
      title: pickText(row.title, lang) ?? '',
      vote: voteOf(row),
      votes: (row.pollId ? (rolls.get(row.pollId) ?? []) : []).map((v) => ({
        id: v.personId,
        name: personName(v.fullName, lang),
        position: pickText(v.position, lang),
        choice: v.choice,
      })),
    }));
  }

  async get(user: AuthUser | undefined, id: string, lang: Language): Promise<ResolutionResponseDto> {
    const { row, event } = await this.access.readable(user, id);
    const seal = row.status === 'adopted' ? (await this.verification.codesOf('resolution', [id])).get(id) : undefined;
    const response = toResponse(row, await this.points.pointsOf([id]), event, lang, audienceOf(user, event));
    return { ...response, verification: seal ?? null };
  }

  async create(
    user: AuthUser,
    eventId: string,
    dto: CreateResolutionDto,
    lang: Language,
    amendsId: string | null = null,
  ): Promise<ResolutionResponseDto> {
    const event = await this.access.draftingEvent(user, eventId);
    const points = await this.execution.pointValues(dto.points);
    const id = await this.resolutions.transaction(async (manager) => {
      const created = await this.resolutions.insert(manager, {
        eventId: event.id,
        sessionId: dto.sessionId ?? null,
        kind: dto.kind ?? 'resolution',
        title: dto.title,
        preamble: dto.preamble ?? null,
        amendsId,
        createdBy: user.id,
      });
      await this.resolutions.replacePoints(manager, created, points);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'resolution',
        entityId: created,
        action: amendsId ? 'amend' : 'create',
        eventId: event.id,
        changes: diff({}, { title: dto.title, preamble: dto.preamble ?? null, points, amendsId }),
      });
      return created;
    });
    return this.get(user, id, lang);
  }

  async update(
    user: AuthUser,
    id: string,
    dto: UpdateResolutionDto,
    version: number | undefined,
    lang: Language,
  ): Promise<ResolutionResponseDto> {
    const existing = await this.resolutions.findById(id);
    if (!existing) {
      throw AppError.notFound();
    }
    const event = await this.access.draftingEvent(user, existing.eventId);
    const points = dto.points ? await this.execution.pointValues(dto.points) : undefined;
    await this.resolutions.transaction(async (manager) => {
      const current = (await this.resolutions.findById(id, manager, true))!;
      if (current.status === 'adopted') {
        throw new AppError('RESOLUTION_ADOPTED');
      }
      if (version !== undefined && current.version !== version) {
        throw AppError.versionMismatch();
      }
      const before = {
        kind: current.kind,
        title: current.title,
        preamble: current.preamble,
        sessionId: current.sessionId,
      };
      const after = {
        kind: dto.kind ?? current.kind,
        title: dto.title ?? current.title,
        preamble: dto.preamble ?? current.preamble,
        sessionId: dto.sessionId ?? current.sessionId,
      };
      await this.resolutions.updateDraft(manager, id, after);
      if (points) {
        await this.resolutions.replacePoints(manager, id, points);
      }
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'resolution',
        entityId: id,
        action: 'update',
        eventId: event.id,
        changes: diff({ ...before }, { ...after, ...(points ? { points } : {}) }),
      });
    });
    return this.get(user, id, lang);
  }

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
    return this.get(user, id, lang);
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

  /** A correction of an adopted resolution: a new draft that links to it. */
  async amend(user: AuthUser, id: string, dto: CreateResolutionDto, lang: Language): Promise<ResolutionResponseDto> {
    const target = await this.resolutions.findById(id);
    if (!target) {
      throw AppError.notFound();
    }
    if (target.status !== 'adopted') {
      throw new AppError('NOT_AMENDABLE');
    }
    return this.create(user, target.eventId, dto, lang, id);
  }
}
