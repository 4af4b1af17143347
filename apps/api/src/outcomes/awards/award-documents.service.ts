import { Injectable } from '@nestjs/common';
import { AppError, formatSealCode, parseSealCode, pickText, zipFiles } from '@app/common';
import type { AwardLanguage } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { personName } from '../../directory/people/people.service';
import { RateLimitsService, type SharedRateWindow } from '../../platform/rate-limits/rate-limits.service';
import { VerificationService } from '../verification/verification.service';
import { type AwardDocument, renderAwardsPdf } from './award-pdf';
import { watchedEvent } from './award-events';
import { awardText } from './award-views';
import { type AwardRow, AwardsRepository } from './awards.repository';

/** PDFs an address may open by code alone (no sign-in) a minute: a recipient opens a few, nobody thousands. */
const PDFS_BY_CODE_PER_MINUTE = 30;

/** The printed awards: one award's PDF (for its recipient, staff or its code's holder), an event's in one PDF or a ZIP. */
@Injectable()
export class AwardDocumentsService {
  private readonly byCodeLimiter: SharedRateWindow;

  constructor(
    private readonly awards: AwardsRepository,
    private readonly events: EventsService,
    private readonly verification: VerificationService,
    rateLimits: RateLimitsService,
  ) {
    this.byCodeLimiter = rateLimits.window('award-pdf', PDFS_BY_CODE_PER_MINUTE, 60);
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

  private async eventAwards(user: AuthUser, eventId: string): Promise<{ rows: AwardRow[]; event: EventRow }> {
    const event = await watchedEvent(this.events, user, eventId);
    const rows = await this.awards.listForEvent(event.id);
    if (rows.length === 0) {
      throw AppError.notFound();
    }
    return { rows, event };
  }

  private document(row: AwardRow, event: EventRow, lang: AwardLanguage): AwardDocument {
    const text = (value: { kk: string; ru?: string } | null): string | null => awardText(value, lang);
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
}
