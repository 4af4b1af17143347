import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '@app/database';
import { EventsService } from '../../forum/events/events.service';
import type { SealedActSource, SealedActSummary } from '../verification/act-source';
import { VerificationService } from '../verification/verification.service';
import { AWARD_TITLES } from './award-texts';
import { AwardsRepository } from './awards.repository';

/**
 * Issued awards as documents anyone can verify. The verification page names the recipient, the event, the date,
 * the number and the issuer: never a contact, a badge or a person's id.
 */
@Injectable()
export class AwardSealSource implements SealedActSource, OnModuleInit {
  readonly kind = 'award' as const;
  /** 1: kind, issuer, number, year, date, language, the recipient's name and the event's title as issued. */
  readonly format = 1;

  constructor(
    private readonly awards: AwardsRepository,
    private readonly events: EventsService,
    private readonly verification: VerificationService,
  ) {}

  onModuleInit(): void {
    this.verification.register(this);
  }

  canonical(tx: Tx, id: string, format: number): Promise<Record<string, unknown> | undefined> {
    return this.awards.canonicalOf(tx, id, format);
  }

  async summary(id: string): Promise<SealedActSummary | undefined> {
    const row = await this.awards.findById(id);
    const event = row ? await this.events.findRow(row.eventId) : undefined;
    if (!row || !event) {
      return undefined;
    }
    const publicEvent = event.visibility === 'public' && event.status !== 'draft';
    return {
      number: `${row.number}/${row.year}`,
      date: row.date,
      documentKind: row.kind,
      title: AWARD_TITLES[row.kind],
      organization: row.organization,
      eventTitle: row.eventTitle,
      eventSlug: publicEvent ? event.slug : null,
      // Its canonical form holds only what the page shows anyway.
      isPublic: true,
      recipient: row.recipientName,
      // A revoked award verifies as revoked: VerificationService then shows its number only.
      revoked: row.revokedAt !== null,
    };
  }
}
