import { Injectable, type OnModuleInit } from '@nestjs/common';
import { localDate } from '@app/common';
import type { Tx } from '@app/database';
import { EventsService } from '../../forum/events/events.service';
import type { SealedActSource, SealedActSummary } from '../verification/act-source';
import { VerificationService } from '../verification/verification.service';
import { numberOf } from './resolution-views';
import { ResolutionsRepository } from './resolutions.repository';

/** Adopted resolutions as acts anyone can verify: their canonical form and what the verification page says. */
@Injectable()
export class ResolutionSealSource implements SealedActSource, OnModuleInit {
  readonly kind = 'resolution' as const;
  readonly format = 1;

  constructor(
    private readonly resolutions: ResolutionsRepository,
    private readonly events: EventsService,
    private readonly verification: VerificationService,
  ) {}

  onModuleInit(): void {
    this.verification.register(this);
  }

  canonical(tx: Tx, id: string): Promise<Record<string, unknown> | undefined> {
    return this.resolutions.canonicalOf(tx, id);
  }

  async summary(id: string): Promise<SealedActSummary | undefined> {
    const row = await this.resolutions.findById(id);
    const event = row ? await this.events.findRow(row.eventId) : undefined;
    const organization = row ? await this.resolutions.numberingOrganizationOf(id) : undefined;
    if (!row || !event || row.status !== 'adopted' || !organization) {
      return undefined;
    }
    const isPublic = event.visibility === 'public' && event.status !== 'draft';
    return {
      number: numberOf(row)!,
      date: localDate(new Date(row.adoptedAt!), event.timeZone),
      documentKind: row.kind,
      title: row.title,
      organization,
      eventTitle: event.title,
      eventSlug: isPublic ? event.slug : null,
      isPublic,
    };
  }
}
