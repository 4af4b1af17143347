import { Inject, Injectable } from '@nestjs/common';
import { AppError, formatSealCode, localDate, parseSealCode, pickText, zipFiles } from '@app/common';
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
import { type AwardDocument, renderAwardsPdf } from './award-pdf';
import { AWARD_TITLES } from './award-texts';
import { type AwardRow, AwardsRepository, type Candidate, type CandidateQuery } from './awards.repository';
import { type AwardResponseDto, type IssueAwardsDto, MAX_AWARDS_PER_REQUEST } from './dto/award.dto';
import type { AwardsToSeed } from './awards.model';
import { RateLimitsService, type SharedRateWindow } from '../../platform/rate-limits/rate-limits.service';

/** PDFs an address may open by code alone (no sign-in) a minute: a recipient opens a few, nobody thousands. */
const PDFS_BY_CODE_PER_MINUTE = 30;

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
  private readonly byCodeLimiter: SharedRateWindow;

  constructor(
    private readonly awards: AwardsRepository,
    private readonly events: EventsService,
    private readonly people: PeopleService,
    private readonly notifications: NotificationsService,
    private readonly verification: VerificationService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    rateLimits: RateLimitsService,
  ) {
    this.byCodeLimiter = rateLimits.window('award-pdf', PDFS_BY_CODE_PER_MINUTE, 60);
  }

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
          pdfUrl: `${this.config.publicUrl}${this.pdfPath(ids[i])}?code=${formatSealCode(codes[i])}&lang=${language}`,
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
    const event = await this.watchedEvent(user, eventId);
    return (await this.awards.listForEvent(event.id)).map((row) => this.toResponse(row, lang));
  }

  /** The signed-in person's own awards, newest first. */
  async mine(user: AuthUser, lang: Language): Promise<AwardResponseDto[]> {
    if (!user.personId) {
      return [];
    }
    return (await this.awards.listForPerson(user.personId)).map((row) => this.toResponse(row, lang));
  }

  /**
   * One award's PDF: for its recipient, the event's staff, or whoever holds its printed code (the e-mail's link;
   * the code opens the verification page, which says as much). Others get 404, as for an unknown award.
   */
  async pdf(
    user: AuthUser | undefined,
    id: string,
    code: string | undefined,
    asked: AwardLanguage | undefined,
    client: string,
  ): Promise<Buffer> {
    if (!user) {
      // Anyone may try a code: each try renders a PDF, so an address gets a few a minute.
      await this.byCodeLimiter.take(client);
    }
    const row = await this.awards.findById(id);
    const event = row ? await this.events.findRow(row.eventId) : undefined;
    if (!row || !event) {
      throw AppError.notFound();
    }
    const own = !!user?.personId && user.personId === row.personId;
    const byCode = code !== undefined && parseSealCode(code) === row.code;
    if (!own && !byCode && !mayAccessEvent(user, event, 'manage') && !mayAccessEvent(user, event, 'watch')) {
      throw AppError.notFound();
    }
    return renderAwardsPdf([this.document(row, event, asked ?? row.language)]);
  }

  /** The PDF an award's e-mail carries, in the award's language; undefined for an unknown award. */
  async mailedPdf(id: string): Promise<{ number: string; pdf: Buffer } | undefined> {
    const row = await this.awards.findById(id);
    const event = row ? await this.events.findRow(row.eventId) : undefined;
    if (!row || !event) {
      return undefined;
    }
    return {
      number: `${row.number}-${row.year}`,
      pdf: await renderAwardsPdf([this.document(row, event, row.language)]),
    };
  }

  /** Every award of an event in one PDF, a page each. */
  async eventPdf(user: AuthUser, eventId: string): Promise<Buffer> {
    const { rows, event } = await this.eventAwards(user, eventId);
    return renderAwardsPdf(rows.map((row) => this.document(row, event, row.language)));
  }

  /** Every award of an event, a PDF each, in one ZIP file. */
  async eventZip(user: AuthUser, eventId: string): Promise<Buffer> {
    const { rows, event } = await this.eventAwards(user, eventId);
    const files = [];
    for (const row of rows) {
      files.push({
        name: `${row.kind}-${row.year}-${String(row.number).padStart(4, '0')}.pdf`,
        content: await renderAwardsPdf([this.document(row, event, row.language)]),
      });
    }
    return zipFiles(files);
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

  private async eventAwards(user: AuthUser, eventId: string): Promise<{ rows: AwardRow[]; event: EventRow }> {
    const event = await this.watchedEvent(user, eventId);
    const rows = await this.awards.listForEvent(event.id);
    if (rows.length === 0) {
      throw AppError.notFound();
    }
    return { rows, event };
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

  private async watchedEvent(user: AuthUser, eventId: string): Promise<EventRow> {
    const event = await this.events.findRow(eventId);
    if (!event) {
      throw AppError.notFound();
    }
    if (!mayAccessEvent(user, event, 'manage') && !mayAccessEvent(user, event, 'watch')) {
      throw AppError.forbidden();
    }
    return event;
  }

  private pdfPath(id: string): string {
    return `/api/v1/awards/${id}.pdf`;
  }

  private document(row: AwardRow, event: EventRow, lang: AwardLanguage): AwardDocument {
    const text = (value: { kk: string; ru?: string } | null): string | null =>
      value ? (pickText(value, lang) ?? null) : null;
    const issuer = pickText(row.organization, lang) ?? '';
    const others = event.organizers.map((o) => pickText(o.name, lang) ?? '').filter((name) => name !== issuer);
    return {
      language: lang,
      kind: row.kind,
      number: `${row.number}/${row.year}`,
      date: row.date,
      organizers: [issuer, ...others],
      recipientName: personName(row.recipientName, lang),
      recipientPosition: text(row.recipientPosition),
      eventTitle: text(row.eventTitle) ?? '',
      sessionTitle: text(row.sessionTitle),
      signatoryName: personName(row.signatoryName, lang),
      signatoryPosition: text(row.signatoryPosition),
      seal: { code: formatSealCode(row.code), url: this.verification.pageUrl(row.code) },
    };
  }

  private toResponse(row: AwardRow, lang: Language): AwardResponseDto {
    const text = (value: { kk: string; ru?: string } | null): string | null =>
      value ? (pickText(value, lang) ?? null) : null;
    return {
      id: row.id,
      eventId: row.eventId,
      eventTitle: text(row.eventTitle) ?? '',
      kind: row.kind,
      number: `${row.number}/${row.year}`,
      date: row.date,
      language: row.language,
      recipient: {
        personId: row.personId,
        name: personName(row.recipientName, lang),
        position: text(row.recipientPosition),
      },
      signatory: { name: personName(row.signatoryName, lang), position: text(row.signatoryPosition) },
      verificationCode: formatSealCode(row.code),
      verificationUrl: this.verification.pageUrl(row.code),
      pdfUrl: this.pdfPath(row.id),
      issuedAt: new Date(row.issuedAt).toISOString(),
      revokedAt: row.revokedAt ? new Date(row.revokedAt).toISOString() : null,
    };
  }
}
