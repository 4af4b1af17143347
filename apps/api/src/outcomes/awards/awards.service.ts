import { Inject, Injectable } from '@nestjs/common';
import { AppError, formatSealCode, localDate, pickText } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { AwardKind, AwardLanguage, Language, LocalizedText } from '@app/contracts';
import type { Tx } from '@app/database';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { PeopleService, personName } from '../../directory/people/people.service';
import { NotificationsService } from '../../participation/notifications/notifications.service';
import { AuditService } from '../../platform/audit/audit.service';
import { VerificationService } from '../verification/verification.service';
import { watchedEvent } from './award-events';
import { awardPdfPath, awardResponse } from './award-views';
import { AWARD_TITLES } from './award-texts';
import { type AwardRow, AwardsRepository, type Candidate, type CandidateQuery } from './awards.repository';
import { type AwardResponseDto, type IssueAwardsDto, MAX_AWARDS_PER_REQUEST } from './dto/award.dto';
import type { AwardsToSeed } from './awards.model';

/** Names quoted in an error: enough to find them, not the whole hall. */
const NAMES_IN_ERROR = 5;

/** An English reader's award is printed in Kazakh, the state language. */
const printedIn = (language: Language): AwardLanguage => (language === 'ru' ? 'ru' : 'kk');

/** What issuing writes, once the request has been checked. */
interface Issue {
  event: EventRow;
  kind: AwardKind;
  sessionId: string | null;
  organizationId: string;
  date: string;
  signatory: { id: string; fullName: { kk: string; ru?: string }; position: LocalizedText | null };
  recipients: Candidate[];
  issuedBy: string | null;
}

/**
 * Letters of gratitude and certificates: an event's organizers issue them to people they pick, numbered per organizer
 * and year without gaps; each is sealed (its code opens the public verification page) and its recipient is told
 * by e-mail, in the same transaction. Certificates go only to people who were actually checked in.
 */
@Injectable()
export class AwardsService {
  constructor(
    private readonly awards: AwardsRepository,
    private readonly events: EventsService,
    private readonly people: PeopleService,
    private readonly notifications: NotificationsService,
    private readonly verification: VerificationService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(user: AuthUser, eventId: string, dto: IssueAwardsDto, lang: Language): Promise<AwardResponseDto[]> {
    const event = await this.managedEvent(user, eventId);
    const ways = [dto.registrationIds, dto.personIds, dto.select].filter((way) => way !== undefined).length;
    if (ways !== 1) {
      throw AppError.validation([{ field: 'registrationIds', code: 'oneSelection' }]);
    }
    const organizationId = dto.organizationId ?? event.organizers[0].id;
    if (!event.organizers.some((o) => o.id === organizationId)) {
      throw AppError.validation([{ field: 'organizationId', code: 'exists' }]);
    }
    if (dto.date < localDate(new Date(event.startsAt), event.timeZone)) {
      throw AppError.validation([{ field: 'date', code: 'notBeforeEvent' }]);
    }
    const [signatory] = await this.people.findByIds([dto.signatoryId]);
    if (!signatory) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'signatoryId', code: 'exists' }]);
    }
    if (dto.sessionId && !(await this.awards.sessionBelongs(event.id, dto.sessionId))) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'sessionId', code: 'exists' }]);
    }
    const query: CandidateQuery = dto.registrationIds
      ? { registrationIds: [...new Set(dto.registrationIds)] }
      : dto.personIds
        ? { personIds: [...new Set(dto.personIds)] }
        : { select: dto.select! };
    const recipients = await this.awards.candidates(event.id, query);
    this.checkRecipients(dto.kind, query, recipients, lang);
    const ids = await this.awards.transaction((tx) =>
      this.write(tx, {
        event,
        kind: dto.kind,
        sessionId: dto.sessionId ?? null,
        organizationId,
        date: dto.date,
        signatory: { id: signatory.id, fullName: signatory.fullName, position: signatory.position },
        recipients,
        issuedBy: user.id,
      }),
    );
    return (await this.awards.byIds(ids)).map((row) => this.toResponse(row, lang));
  }

  /** Every one asked for exists; certificates only to those checked in. */
  private checkRecipients(kind: AwardKind, query: CandidateQuery, found: Candidate[], lang: Language): void {
    if ('select' in query) {
      if (found.length === 0) {
        throw AppError.validation([{ field: 'select', code: 'noRecipients' }]);
      }
      if (found.length > MAX_AWARDS_PER_REQUEST) {
        throw AppError.validation([
          { field: 'select', code: 'tooManyRecipients', params: { max: MAX_AWARDS_PER_REQUEST } },
        ]);
      }
    } else {
      const asked = 'personIds' in query ? query.personIds : query.registrationIds;
      const field = 'personIds' in query ? 'personIds' : 'registrationIds';
      const known = new Set(found.map((c) => ('personIds' in query ? c.personId : c.registrationId)));
      if (asked.some((id) => !known.has(id))) {
        throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field, code: 'exists' }]);
      }
    }
    if (kind !== 'gratitude') {
      const absent = found.filter((c) => !c.checkedIn);
      if (absent.length > 0) {
        throw new AppError('AWARD_NOT_ATTENDED', { names: this.names(absent, lang) });
      }
    }
  }

  private names(people: { fullName: { kk: string; ru?: string } }[], lang: Language): string {
    const shown = people.slice(0, NAMES_IN_ERROR).map((p) => personName(p.fullName, lang));
    return people.length > NAMES_IN_ERROR
      ? `${shown.join(', ')} (+${people.length - NAMES_IN_ERROR})`
      : shown.join(', ');
  }

  /**
   * In one transaction: the numbers (the counter row stays locked until commit), the rows, their seals and the
   * messages. Who already holds such an award is read after the counter is locked, so of two identical requests
   * the second sees the first's awards and is refused as a whole.
   */
  private async write(tx: Tx, issue: Issue): Promise<string[]> {
    const year = Number(issue.date.slice(0, 4));
    const first = await this.awards.takeNumbers(tx, issue.organizationId, year, issue.recipients.length);
    const held = new Set(
      await this.awards.alreadyAwarded(
        tx,
        issue.event.id,
        issue.kind,
        issue.recipients.map((r) => r.personId),
      ),
    );
    if (held.size > 0) {
      const holders = issue.recipients.filter((r) => held.has(r.personId));
      throw new AppError('AWARD_EXISTS', { names: this.names(holders, 'kk') });
    }
    const ids = await this.awards.insertMany(
      tx,
      issue.recipients.map((r, i) => ({
        eventId: issue.event.id,
        sessionId: issue.sessionId,
        personId: r.personId,
        registrationId: r.registrationId,
        kind: issue.kind,
        organizationId: issue.organizationId,
        number: first + i,
        year,
        date: issue.date,
        language: printedIn(r.language),
        recipientName: r.fullName,
        recipientPosition: r.position,
        signatoryId: issue.signatory.id,
        signatoryName: issue.signatory.fullName,
        signatoryPosition: issue.signatory.position,
        eventTitle: issue.event.title,
        issuedBy: issue.issuedBy,
      })),
    );
    const codes: string[] = [];
    for (const id of ids) {
      codes.push(await this.verification.seal(tx, 'award', id));
    }
    await this.audit.record(tx, {
      actorId: issue.issuedBy,
      entity: 'event',
      entityId: issue.event.id,
      action: 'issue',
      eventId: issue.event.id,
      changes: {
        awards: {
          from: null,
          to: issue.recipients.map((r, i) => ({
            id: ids[i],
            kind: issue.kind,
            number: `${first + i}/${year}`,
            personId: r.personId,
          })),
        },
      },
    });
    await this.notifications.awardsIssued(
      tx,
      issue.recipients.map((r, i) => {
        const language = printedIn(r.language);
        return {
          awardId: ids[i],
          eventId: issue.event.id,
          email: r.email,
          language: r.language,
          name: personName(r.fullName, r.language),
          title: AWARD_TITLES[issue.kind][r.language],
          number: `${first + i}/${year}`,
          eventTitle: pickText(issue.event.title, r.language) ?? '',
          pdfUrl: `${this.config.publicUrl}${awardPdfPath(ids[i])}?code=${formatSealCode(codes[i])}&lang=${language}`,
          verificationUrl: this.verification.pageUrl(codes[i]),
        };
      }),
    );
    return ids;
  }

  /** The demo's awards: issued as an organizer would, without a signed-in user. */
  async seed(awards: AwardsToSeed): Promise<void> {
    const event = await this.events.findRow(awards.eventId);
    const [signatory] = await this.people.findByIds([awards.signatoryId]);
    if (!event || !signatory) {
      throw new Error('demo awards: no such event or signatory');
    }
    const recipients = await this.awards.candidates(event.id, { personIds: awards.personIds });
    const order = new Map(awards.personIds.map((id, i) => [id, i]));
    recipients.sort((a, b) => order.get(a.personId)! - order.get(b.personId)!);
    await this.awards.transaction((tx) =>
      this.write(tx, {
        event,
        kind: awards.kind,
        sessionId: null,
        organizationId: awards.organizationId,
        date: awards.date,
        signatory: { id: signatory.id, fullName: signatory.fullName, position: signatory.position },
        recipients,
        issuedBy: null,
      }),
    );
  }

  /** An event's awards: its organizers and the staff who watch it. */
  async list(user: AuthUser, eventId: string, lang: Language): Promise<AwardResponseDto[]> {
    const event = await watchedEvent(this.events, user, eventId);
    return (await this.awards.listForEvent(event.id)).map((row) => this.toResponse(row, lang));
  }

  /** The signed-in person's own awards, newest first. */
  async mine(user: AuthUser, lang: Language): Promise<AwardResponseDto[]> {
    if (!user.personId) {
      return [];
    }
    return (await this.awards.listForPerson(user.personId)).map((row) => this.toResponse(row, lang));
  }

  /** Revokes an issued award once, with the reason: the award itself stays as issued. */
  async revoke(user: AuthUser, id: string, reason: string, lang: Language): Promise<AwardResponseDto> {
    const row = await this.awards.findById(id);
    const event = row ? await this.events.findRow(row.eventId) : undefined;
    if (!row || !event) {
      throw AppError.notFound();
    }
    if (!mayAccessEvent(user, event, 'manage')) {
      throw AppError.forbidden();
    }
    const done = await this.awards.transaction(async (tx) => {
      const revoked = await this.awards.revoke(tx, id, user.id, reason);
      if (revoked) {
        await this.audit.record(tx, {
          actorId: user.id,
          entity: 'award',
          entityId: id,
          action: 'revoke',
          eventId: event.id,
          changes: { revoked: { from: null, to: { reason } } },
        });
      }
      return revoked;
    });
    if (!done) {
      throw new AppError('AWARD_REVOKED');
    }
    return this.toResponse((await this.awards.findById(id))!, lang);
  }

  private async managedEvent(user: AuthUser, eventId: string): Promise<EventRow> {
    const event = await this.events.findRow(eventId);
    if (!event) {
      throw AppError.notFound();
    }
    if (!mayAccessEvent(user, event, 'manage')) {
      throw AppError.forbidden();
    }
    return event;
  }

  private toResponse(row: AwardRow, lang: Language): AwardResponseDto {
    return awardResponse(row, lang, (code) => this.verification.pageUrl(code));
  }
}
