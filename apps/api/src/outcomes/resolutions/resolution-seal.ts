import { Injectable, type OnModuleInit } from '@nestjs/common';
import { localDate } from '@app/common';
import type { Tx } from '@app/database';
import { EventsService } from '../../forum/events/events.service';
import type { SealedActSource, SealedActSummary } from '../verification/act-source';
import { VerificationService } from '../verification/verification.service';
import { numberOf } from './resolution-views';
import { ResolutionsRepository } from './resolutions.repository';
import { ResolutionSealRepository } from './resolution-seal.repository';
import { ResolutionVotes } from './resolution-votes';

/** Adopted resolutions as acts anyone can verify: their canonical form and what the verification page says. */
@Injectable()
export class ResolutionSealSource implements SealedActSource, OnModuleInit {
  readonly kind = 'resolution' as const;
  /** 1: the text, points and counts; 2: and, when adopted from a vote by name, who voted how. */
  readonly format = 2;

  constructor(
    private readonly resolutions: ResolutionsRepository,
    private readonly seals: ResolutionSealRepository,
    private readonly events: EventsService,
    private readonly verification: VerificationService,
    private readonly votes: ResolutionVotes,
  ) {}

  onModuleInit(): void {
    this.verification.register(this);
  }

  async canonical(tx: Tx, id: string, format: number): Promise<Record<string, unknown> | undefined> {
    const act = await this.seals.canonicalOf(tx, id, format);
    if (!act || format < 2) {
      return act;
    }
    const pollId = act.poll as string | null;
    return { ...act, poll: pollId ? { id: pollId, votes: await this.votes.polls.namedVotes(tx, pollId) } : null };
  }

  async summary(id: string): Promise<SealedActSummary | undefined> {
    const row = await this.resolutions.findById(id);
    const event = row ? await this.events.findRow(row.eventId) : undefined;
    const organization = row ? await this.seals.numberingOrganizationOf(id) : undefined;
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
