import { Injectable } from '@nestjs/common';
import { AppError, errorMessage, fromDatabaseError, toZonedIso } from '@app/common';
import { type Language, normalizeBadgeCode } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { personName } from '../../directory/people/people.service';
import type { BatchItemResultDto, CheckInDto, CheckInResponseDto } from './dto/attendance.dto';
import { AttendanceCache } from './attendance.cache';
import type { AttendanceEvent, ClientResult } from './attendance.model';
import { attendanceEventFor } from './attendance-access';
import { CheckInsRepository } from './check-ins.repository';

/** Scans from a device whose clock runs a little fast are fine; a check-in days ahead is a mistake. */
const FUTURE_TOLERANCE_MS = 10 * 60_000;

/** Admission at the door: one scan, or an offline device's queue, each idempotent by its clientId. */
@Injectable()
export class CheckInService {
  constructor(
    private readonly checkIns: CheckInsRepository,
    private readonly cache: AttendanceCache,
  ) {}

  /** Checkers and organizers of this event admit people; nobody else. */
  private admittingEvent(user: AuthUser, eventId: string): Promise<AttendanceEvent> {
    return attendanceEventFor(this.cache, user, eventId, 'admit');
  }

  async checkIn(user: AuthUser, eventId: string, item: CheckInDto, lang: Language): Promise<CheckInResponseDto> {
    return this.admit(user, await this.admittingEvent(user, eventId), item, lang);
  }

  /**
   * The queue of an offline device: each item on its own (one bad item never blocks the
   * others), idempotent by clientId, recorded at the time it happened. The items go to the
   * database together, a few statements for the whole queue; scans of one badge or clientId
   * still run one after the other, in the queue's order (see CheckInsRepository.admit).
   */
  async checkInBatch(
    user: AuthUser,
    eventId: string,
    items: CheckInDto[],
    lang: Language,
  ): Promise<{ results: BatchItemResultDto[] }> {
    const event = await this.admittingEvent(user, eventId);
    const results = await Promise.all(
      items.map(async (item): Promise<BatchItemResultDto> => {
        try {
          const done = await this.admit(user, event, item, lang);
          return {
            clientId: item.clientId ?? null,
            status: done.status,
            id: done.id,
            at: done.at,
            registrationId: done.registrationId,
          };
        } catch (caught) {
          const error = caught instanceof AppError ? caught : fromDatabaseError(caught);
          if (!error) {
            throw caught;
          }
          return {
            clientId: item.clientId ?? null,
            status: 'rejected',
            code: error.code,
            message: errorMessage(error.messageCode ?? error.code, lang, error.params),
          };
        }
      }),
    );
    return { results };
  }

  /** One statement (see CheckInsRepository.admit); a second only when a concurrent request recorded the answer. */
  private async admit(
    user: AuthUser,
    event: AttendanceEvent,
    item: CheckInDto,
    lang: Language,
  ): Promise<CheckInResponseDto> {
    // Typed from the printed groups or scanned: the stored form either way (see normalizeBadgeCode).
    const badgeCode = item.badgeCode ? normalizeBadgeCode(item.badgeCode) : null;
    if (badgeCode === '') {
      throw AppError.validation([{ field: 'badgeCode', code: 'isNotEmpty' }]);
    }
    if (!badgeCode && !item.registrationId) {
      // Nothing to look up but, perhaps, an answer given before.
      const previous = item.clientId ? await this.checkIns.clientResult(event.id, item.clientId) : undefined;
      if (previous) {
        return this.replay(event, previous, lang);
      }
      throw AppError.validation([{ field: 'badgeCode', code: 'isDefined' }]);
    }
    const at = item.at ? new Date(item.at) : new Date();
    if (at.getTime() > Date.now() + FUTURE_TOLERANCE_MS) {
      throw AppError.validation([{ field: 'at', code: 'max' }]);
    }
    if (item.sessionId && !(await this.checkIns.sessionBelongs(event.id, item.sessionId))) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'sessionId', code: 'exists' }]);
    }
    const sessionId = item.sessionId ?? null;
    const result = await this.checkIns.admit({
      eventId: event.id,
      clientId: item.clientId ?? null,
      badgeCode,
      registrationId: badgeCode ? null : (item.registrationId ?? null),
      sessionId,
      at,
      deviceId: item.deviceId ?? null,
      recordedBy: user.id,
    });
    if (result.previous) {
      return this.replay(event, result.previous, lang, result.previous.fullName);
    }
    if (!result.registrationId || result.registrationStatus !== 'registered') {
      throw result.registrationId
        ? new AppError('NOT_ADMITTED', { status: result.registrationStatus! })
        : new AppError('BADGE_UNKNOWN');
    }
    let checkIn = result.checkIn;
    let fresh = result.fresh;
    if (!checkIn || (item.clientId && fresh && !result.clientStored)) {
      // A concurrent request got there first (its row was not in this statement's snapshot):
      // the same clientId gets that request's answer; another scan of the badge, its time.
      const previous = item.clientId ? await this.checkIns.clientResult(event.id, item.clientId) : undefined;
      if (previous) {
        return this.replay(event, previous, lang);
      }
      checkIn = checkIn ?? (await this.checkIns.findCheckIn(result.registrationId, sessionId))!;
      fresh = false;
    }
    return {
      id: checkIn.id,
      status: fresh ? 'checked_in' : 'already_checked_in',
      at: toZonedIso(new Date(checkIn.at), event.timeZone),
      registrationId: result.registrationId,
      name: personName(result.fullName!, lang),
      sessionId,
    };
  }

  /** The answer a clientId got before; the name is read when the caller does not have it. */
  private async replay(
    event: AttendanceEvent,
    previous: ClientResult,
    lang: Language,
    knownName?: { kk: string; ru?: string } | null,
  ): Promise<CheckInResponseDto> {
    if (previous.status === 'rejected' || !previous.checkInId || !previous.registrationId) {
      throw new AppError((previous.code as 'BADGE_UNKNOWN' | 'NOT_ADMITTED' | null) ?? 'BADGE_UNKNOWN');
    }
    const fullName = knownName ?? (await this.checkIns.registrationName(previous.registrationId));
    return {
      id: previous.checkInId,
      status: previous.status as 'checked_in' | 'already_checked_in',
      at: toZonedIso(new Date(previous.at!), event.timeZone),
      registrationId: previous.registrationId,
      name: fullName ? personName(fullName, lang) : '',
      sessionId: null,
    };
  }
}
