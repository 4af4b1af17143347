import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Tx } from '@app/database';
import { EventsService } from '../../forum/events/events.service';
import { ResolutionExecutionService } from '../resolutions/resolution-execution.service';
import type { SealedActSource, SealedActSummary } from '../verification/act-source';
import { VerificationService } from '../verification/verification.service';
import { ProtocolsRepository } from './protocols.repository';

/** Approved protocols as acts anyone can verify. */
@Injectable()
export class ProtocolSealSource implements SealedActSource, OnModuleInit {
  readonly kind = 'protocol' as const;
  readonly format = 1;

  constructor(
    private readonly protocols: ProtocolsRepository,
    private readonly execution: ResolutionExecutionService,
    private readonly events: EventsService,
    private readonly verification: VerificationService,
  ) {}

  onModuleInit(): void {
    this.verification.register(this);
  }

  async canonical(tx: Tx, id: string): Promise<Record<string, unknown> | undefined> {
    const protocol = await this.protocols.canonicalOf(tx, id);
    return protocol && { ...protocol, instructions: await this.execution.canonicalInstructions(tx, id) };
  }

  async summary(id: string): Promise<SealedActSummary | undefined> {
    const row = await this.protocols.findById(id);
    const event = row ? await this.events.findRow(row.eventId) : undefined;
    const organization = event?.organizers.find((o) => o.id === row?.numberingOrganizationId);
    if (!row || !event || row.status === 'draft' || !organization) {
      return undefined;
    }
    const eventPublic = event.visibility === 'public' && event.status !== 'draft';
    return {
      number: `${row.number}/${row.year}`,
      date: row.meetingDate,
      documentKind: row.kind,
      title: event.title,
      organization: organization.name,
      eventTitle: event.title,
      eventSlug: eventPublic ? event.slug : null,
      // Until it is published, a protocol is confirmed by its code but not shown.
      isPublic: eventPublic && row.status === 'published',
    };
  }
}
