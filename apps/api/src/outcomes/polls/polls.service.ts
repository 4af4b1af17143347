import { Injectable } from '@nestjs/common';
import { AppError, majorityOf, NextFlight, toZonedIso } from '@app/common';
import type { MyPoll, PollChoice, PollMode, PollResponse, ScreenState } from '@app/contracts';
import { AttendanceService } from '../../participation/attendance/attendance.service';
import { RosterService } from '../../participation/attendance/roster.service';
import { AuditService } from '../../platform/audit/audit.service';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { ProtocolsService } from '../protocols/protocols.service';
import { ResolutionsService } from '../resolutions/resolutions.service';
import { type PollRow, PollsRepository } from './polls.repository';

/**
 * Votes by name on a resolution. The voters are fixed when a poll opens (the voting members checked in at that
 * moment: the quorum is judged then); each votes once, a changed vote replacing the first while it is open; the
 * secretary closes it and the adoption takes its counts (ResolutionsService, through PollLedger).
 */
@Injectable()
export class PollsService {
  /** One screen query at a time per event, however many projectors and phones ask. */
  private readonly screens = new NextFlight<ScreenState>();

  constructor(
    private readonly polls: PollsRepository,
    private readonly resolutions: ResolutionsService,
    private readonly events: EventsService,
    private readonly roster: RosterService,
    private readonly attendance: AttendanceService,
    private readonly protocols: ProtocolsService,
    private readonly audit: AuditService,
  ) {}

  async open(user: AuthUser, resolutionId: string, mode: PollMode): Promise<PollResponse> {
    const resolution = await this.resolutions.get(user, resolutionId, 'kk');
    const event = await this.secretaryOf(user, resolution.eventId);
    if (resolution.status === 'adopted') {
      throw new AppError('RESOLUTION_ADOPTED');
    }
    const [people, quorum] = await Promise.all([
      this.roster.roster(event, resolution.sessionId),
      this.attendance.quorumFor(event, resolution.sessionId),
    ]);
    const voters = people.filter((p) => p.voting && p.presentAt !== null).map((p) => p.personId);
    if (voters.length === 0) {
      throw new AppError('NO_QUORUM', { present: 0, required: Math.max(quorum.required, 1) });
    }
    const id = await this.polls.transaction(async (tx) => {
      const opened = await this.polls.open(
        tx,
        {
          resolutionId,
          eventId: event.id,
          sessionId: resolution.sessionId,
          mode,
          members: quorum.members,
          present: voters.length,
          required: quorum.required,
          majorityOf: event.quorum?.majority === 'members' ? 'members' : 'present',
        },
        [...new Set(voters)],
        user.id,
      );
      if (!opened) {
        throw new AppError('POLL_OPEN');
      }
      await this.audit.record(tx, {
        actorId: user.id,
        entity: 'poll',
        entityId: opened,
        action: 'open',
        eventId: event.id,
        changes: { mode: { from: null, to: mode }, present: { from: null, to: voters.length } },
      });
      return opened;
    });
    return this.view(id, event);
  }

  async get(user: AuthUser, id: string): Promise<PollResponse> {
    const poll = await this.polls.find(id);
    const event = poll ? await this.events.findRow(poll.eventId) : undefined;
    if (!poll || !event || (!mayAccessEvent(user, event, 'draft') && !mayAccessEvent(user, event, 'watch'))) {
      throw AppError.notFound();
    }
    return this.view(id, event);
  }

  /** The polls of a resolution, newest first: the secretary's vote panel finds the one under way. */
  async ofResolution(user: AuthUser, resolutionId: string): Promise<PollResponse[]> {
    const resolution = await this.resolutions.get(user, resolutionId, 'kk');
    const event = await this.secretaryOf(user, resolution.eventId);
    const rows = await this.polls.ofResolution(resolutionId);
    return Promise.all(rows.map((row) => this.view(row.id, event)));
  }

  /** A member's own vote, from their phone: electronic polls, voters only, while it is open. */
  async voteMine(user: AuthUser, id: string, choice: PollChoice): Promise<MyPoll> {
    if (!user.personId) {
      throw new AppError('NOT_A_VOTER');
    }
    const personId = user.personId;
    await this.polls.transaction(async (tx) => {
      const poll = await this.polls.find(id, tx, 'share');
      if (!poll) {
        throw AppError.notFound();
      }
      if (!(await this.polls.isVoter(tx, id, personId))) {
        throw new AppError('NOT_A_VOTER');
      }
      this.assertOpen(poll);
      if (poll.mode !== 'electronic') {
        throw new AppError('POLL_WRONG_MODE');
      }
      await this.polls.castVote(tx, { pollId: id, personId, choice, via: 'self', userId: user.id });
    });
    const mine = (await this.mine(user)).find((p) => p.id === id);
    return mine ?? { ...(await this.myPollOf(id)), choice };
  }

  /** A roll call: the secretary marks a voter's vote. */
  async voteFor(user: AuthUser, id: string, personId: string, choice: PollChoice): Promise<PollResponse> {
    const event = await this.pollEvent(user, id);
    await this.polls.transaction(async (tx) => {
      const poll = (await this.polls.find(id, tx, 'share'))!;
      this.assertOpen(poll);
      if (poll.mode !== 'roll_call') {
        throw new AppError('POLL_WRONG_MODE');
      }
      if (!(await this.polls.isVoter(tx, id, personId))) {
        throw AppError.validation([{ field: 'personId', code: 'exists' }]);
      }
      await this.polls.castVote(tx, { pollId: id, personId, choice, via: 'secretary', userId: user.id });
    });
    return this.view(id, event);
  }

  /** Closes a poll: its counts are fixed once every vote under way is in. */
  async close(user: AuthUser, id: string, cancel = false): Promise<PollResponse> {
    const event = await this.pollEvent(user, id);
    await this.polls.transaction(async (tx) => {
      const poll = (await this.polls.find(id, tx, 'update'))!;
      this.assertOpen(poll);
      const tally = await this.polls.tally(id, tx);
      if (cancel) {
        await this.polls.cancel(tx, id, user.id);
      } else {
        await this.polls.close(tx, id, tally, user.id);
      }
      await this.audit.record(tx, {
        actorId: user.id,
        entity: 'poll',
        entityId: id,
        action: cancel ? 'cancel' : 'close',
        eventId: event.id,
        changes: { tally: { from: null, to: tally } },
      });
    });
    return this.view(id, event);
  }

  /** The open votes the signed-in member takes part in. */
  async mine(user: AuthUser): Promise<MyPoll[]> {
    if (!user.personId) {
      return [];
    }
    const rows = await this.polls.mine(user.personId);
    return rows.map((row) => ({
      id: row.id,
      eventId: row.eventId,
      eventTitle: row.eventTitle,
      question: row.question,
      mode: row.mode,
      choice: row.choice,
      openedAt: new Date(row.openedAt).toISOString(),
    }));
  }

  /**
   * What the hall's projector shows: the item under way, the poll's question, the count of votes cast while it
   * is open and the result once closed. Never who voted how. A forum that is not public shows only to its staff.
   */
  async screen(user: AuthUser | undefined, eventIdOrSlug: string): Promise<ScreenState> {
    const event = await this.events.findRow(eventIdOrSlug);
    const isPublic = event?.visibility === 'public' && event.status !== 'draft';
    if (!event || (!isPublic && !mayAccessEvent(user, event, 'draft') && !mayAccessEvent(user, event, 'watch'))) {
      throw AppError.notFound();
    }
    return this.screens.run(event.id, async () => {
      const [poll, itemUnderWay] = await Promise.all([
        this.polls.latestOfEvent(event.id),
        this.protocols.itemUnderWay(event.id),
      ]);
      const shown = poll
        ? {
            id: poll.id,
            status: poll.status,
            mode: poll.mode,
            question: poll.question,
            present: poll.present,
            tally: poll.tally,
            carried: this.carried(poll),
            closedAt: poll.closedAt ? new Date(poll.closedAt).toISOString() : null,
          }
        : null;
      const version = JSON.stringify([itemUnderWay, shown?.id, shown?.status, shown?.tally]);
      return { eventId: event.id, eventTitle: event.title, itemUnderWay, poll: shown, version };
    });
  }

  private carried(poll: PollRow): boolean | null {
    if (poll.status !== 'closed') {
      return null;
    }
    return poll.present >= poll.required && poll.votesFor! >= this.majority(poll);
  }

  private majority(poll: PollRow): number {
    return majorityOf(poll.majorityOf === 'members' ? poll.members : poll.present);
  }

  private assertOpen(poll: PollRow): void {
    if (poll.status !== 'open') {
      throw new AppError('POLL_CLOSED');
    }
  }

  private async secretaryOf(user: AuthUser, eventId: string): Promise<EventRow> {
    const event = await this.events.findRow(eventId);
    if (!event) {
      throw AppError.notFound();
    }
    if (!mayAccessEvent(user, event, 'draft')) {
      throw AppError.forbidden();
    }
    return event;
  }

  /** The event of a poll its secretary acts on. */
  private async pollEvent(user: AuthUser, id: string): Promise<EventRow> {
    const poll = await this.polls.find(id);
    if (!poll) {
      throw AppError.notFound();
    }
    return this.secretaryOf(user, poll.eventId);
  }

  private async myPollOf(id: string): Promise<MyPoll> {
    const poll = (await this.polls.find(id))!;
    const event = (await this.events.findRow(poll.eventId))!;
    return {
      id,
      eventId: poll.eventId,
      eventTitle: event.title,
      question: poll.question,
      mode: poll.mode,
      choice: null,
      openedAt: new Date(poll.openedAt).toISOString(),
    };
  }

  private async view(id: string, event: EventRow): Promise<PollResponse> {
    const [poll, voters] = await Promise.all([this.polls.find(id), this.polls.voters([id])]);
    const row = poll!;
    const tally =
      row.status === 'closed'
        ? {
            for: row.votesFor!,
            against: row.votesAgainst!,
            abstained: row.votesAbstained!,
            cast: row.votesFor! + row.votesAgainst! + row.votesAbstained!,
          }
        : await this.polls.tally(id);
    return {
      id,
      resolutionId: row.resolutionId,
      eventId: row.eventId,
      sessionId: row.sessionId,
      mode: row.mode,
      status: row.status,
      question: row.question,
      members: row.members,
      present: row.present,
      required: row.required,
      quorum: row.present >= row.required,
      majority: this.majority(row),
      tally,
      carried: this.carried(row),
      openedAt: toZonedIso(new Date(row.openedAt), event.timeZone),
      closedAt: row.closedAt ? toZonedIso(new Date(row.closedAt), event.timeZone) : null,
      voters: voters.map((v) => ({
        personId: v.personId,
        fullName: { kk: v.fullName.kk, ru: v.fullName.ru ?? v.fullName.kk },
        organization: v.organization,
        choice: v.choice,
        via: v.via,
        recordedAt: v.recordedAt ? toZonedIso(new Date(v.recordedAt), event.timeZone) : null,
      })),
    };
  }
}
