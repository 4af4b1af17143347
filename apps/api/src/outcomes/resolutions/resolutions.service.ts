import { Injectable } from '@nestjs/common';
import { VerificationService } from '../verification/verification.service';
import { pickText, toZonedIso } from '@app/common';
import { actLabel, type Language, type ProtocolDecisionResponse, type ResolutionKind } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import { EventsService } from '../../forum/events/events.service';
import { personName } from '../../directory/people/people.service';
import type { ResolutionResponseDto } from './dto/resolution.dto';
import { audienceOf, ResolutionAccess } from './resolution-access';
import { numberOf, type PublicAdoptedResolution, publicProgress, toResponse, voteOf } from './resolution-views';
import { ResolutionsRepository } from './resolutions.repository';
import { ResolutionPointsRepository } from './resolution-points.repository';
import { ResolutionVotes } from './resolution-votes';

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

/** Reading resolutions: an event's list, one with its points, and what pages, feeds and protocols show of them. */
@Injectable()
export class ResolutionsService {
  constructor(
    private readonly resolutions: ResolutionsRepository,
    private readonly points: ResolutionPointsRepository,
    private readonly access: ResolutionAccess,
    private readonly events: EventsService,
    private readonly verification: VerificationService,
    private readonly votes: ResolutionVotes,
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
}
