import { Inject, Injectable } from '@nestjs/common';
import { AppError, interpolate, pickText, secretHash, StampedCache, toZonedIso } from '@app/common';
import { RateLimitsService, type SharedRateWindow } from '../../platform/rate-limits/rate-limits.service';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Language } from '@app/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { RegionsService } from '../../directory/regions/regions.service';
import { AgendaService } from '../../forum/agenda/agenda.service';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { ResolutionsService } from '../../outcomes/resolutions/resolutions.service';
import { RegistrationsService } from '../../participation/registrations/registrations.service';
import type { AuthUser } from '../../platform/access/auth-user';
import { UsersService } from '../../platform/users/users.service';
import { type FeedAct, renderActsAtom } from './acts-atom';
import { ProtocolDecisionsRepository } from './protocol-decisions.repository';
import type { FeedQueryDto, PrivateFeedCreatedResponseDto, PrivateFeedResponseDto } from './dto/feeds.dto';
import { feedTexts } from './feed-texts';
import { FeedsRepository } from './feeds.repository';

/** A rendered feed and its validator. */
export interface FeedDocument {
  body: string;
  etag: string;
  contentType: string;
  cacheControl: string;
}

/** Anonymous feed requests one address may make a minute (per instance): each costs a few queries and a rendering. */
const FEED_REQUESTS_PER_MINUTE = 60;
/** How often calendar clients are asked to fetch again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
const REFRESH_SECONDS = 3600;
/** Forums a calendar holds at most: those that ended in the last half year and every later one. */
const CALENDAR_LIMIT = 500;
const CALENDAR_HISTORY_MS = 183 * 86_400_000;
/** Entries of the feed of acts. */
const ACTS_LIMIT = 50;
/** Rendered calendars kept (per scope and language). */
const CACHE_ENTRIES = 200;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

function weakEtag(text: string): string {
  return `W/"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
}

/** A scope of public feeds, checked: the region and the organization exist. */
interface Scope {
  region?: string;
  organizationId?: string;
  /** The region's and the organizer's names in the asked language, for the feed's title. */
  names: string[];
}

/**
 * Calendar subscriptions and the feed of adopted acts. Public feeds show only what the public pages show (public
 * forums that are not drafts, their adopted resolutions): titles, times, places and organizers, never a person's
 * contact or badge. A private calendar is reached by a random token of the account; only its SHA-256 is stored.
 */
@Injectable()
export class FeedsService {
  private readonly limiter: SharedRateWindow;
  private readonly calendars = new StampedCache<string>(CACHE_ENTRIES);

  constructor(
    private readonly repository: FeedsRepository,
    private readonly decisions: ProtocolDecisionsRepository,
    private readonly agendas: AgendaService,
    private readonly events: EventsService,
    private readonly regions: RegionsService,
    private readonly organizations: OrganizationsService,
    private readonly resolutions: ResolutionsService,
    private readonly registrations: RegistrationsService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    rateLimits: RateLimitsService,
  ) {
    this.limiter = rateLimits.window('feeds', FEED_REQUESTS_PER_MINUTE, 60);
  }

  /** The public forums of a region (and the regions below it) or of an organizer, as a calendar. */
  async publicCalendar(query: FeedQueryDto, lang: Language, client: string): Promise<FeedDocument> {
    await this.limiter.take(client);
    const scope = await this.scope(query, lang);
    const texts = feedTexts(lang);
    const name = scope.names.length ? interpolate(texts.forumsOf, { of: scope.names.join(' · ') }) : texts.allForums;
    const events = await this.events.publicRows(
      { region: scope.region, organizationId: scope.organizationId, from: new Date(Date.now() - CALENDAR_HISTORY_MS) },
      CALENDAR_LIMIT,
    );
    return this.calendar(
      `public:${scope.region ?? ''}:${scope.organizationId ?? ''}:${lang}`,
      events,
      name,
      lang,
      true,
    );
  }

  /** One person's registrations as a calendar, by the private token of their account; 410 once revoked. */
  async privateCalendar(token: string, asked: Language | undefined, client: string): Promise<FeedDocument> {
    await this.limiter.take(client);
    const found = TOKEN.test(token) ? await this.repository.findByHash(secretHash(token)) : undefined;
    if (!found) {
      throw AppError.notFound();
    }
    const user = await this.users.findRow(found.userId);
    if (found.revoked || !user?.isActive) {
      throw new AppError('FEED_REVOKED');
    }
    const lang = asked ?? user.language;
    const ids = user.personId ? await this.registrations.activeEventIdsOf(user.personId) : [];
    const events = await this.events.rowsByIds(ids);
    return this.calendar(`private:${found.userId}:${lang}`, events, feedTexts(lang).myForums, lang, false);
  }

  /** The newest adopted resolutions of public forums of a region or an organizer, as Atom. */
  async actsFeed(query: FeedQueryDto, lang: Language, client: string): Promise<FeedDocument> {
    await this.limiter.take(client);
    const scope = await this.scope(query, lang);
    const texts = feedTexts(lang);
    const filter = { region: scope.region, organizationId: scope.organizationId };
    const [resolutions, decisions] = await Promise.all([
      this.resolutions.latestPublic(filter, lang, ACTS_LIMIT),
      this.decisions.latestPublic(filter, ACTS_LIMIT),
    ]);
    const recorded: FeedAct[] = decisions.map((row) => ({
      id: row.id,
      protocolId: row.protocolId,
      kind: 'protocol_decision',
      number: row.number,
      title: pickText(row.title, lang) ?? '',
      preamble: pickText(row.decided, lang),
      adoptedAt: toZonedIso(new Date(row.adoptedAt), row.timeZone),
      votes: { for: null, against: null, abstained: null },
      event: { id: row.eventId, slug: row.eventSlug, title: pickText(row.eventTitle, lang) ?? '' },
      organizers: row.organizers.map((name) => pickText(name, lang) ?? ''),
    }));
    // Newest first, the two sources merged.
    const acts = [...resolutions, ...recorded]
      .sort((a, b) => Date.parse(b.adoptedAt) - Date.parse(a.adoptedAt))
      .slice(0, ACTS_LIMIT);
    const params = new URLSearchParams({
      ...(scope.region ? { region: scope.region } : {}),
      ...(scope.organizationId ? { organizer: scope.organizationId } : {}),
      lang,
    });
    const body = renderActsAtom({
      lang,
      title: scope.names.length ? interpolate(texts.actsOf, { of: scope.names.join(' · ') }) : texts.allActs,
      selfUrl: `${this.config.publicUrl}/api/v1/feeds/acts.atom?${params}`,
      siteUrl: `${this.config.publicUrl}/?lang=${lang}`,
      publicUrl: this.config.publicUrl,
      acts,
    });
    return {
      body,
      etag: weakEtag(body),
      contentType: 'application/atom+xml; charset=utf-8',
      cacheControl: 'public, max-age=300',
    };
  }

  async privateFeedState(user: AuthUser): Promise<PrivateFeedResponseDto> {
    const createdAt = await this.repository.live(user.id);
    return { active: !!createdAt, createdAt: createdAt ? new Date(createdAt).toISOString() : null };
  }

  /** A new private address for the account; the one before stops working. The token is shown only here. */
  async newPrivateFeed(user: AuthUser): Promise<PrivateFeedCreatedResponseDto> {
    const token = randomBytes(32).toString('base64url');
    const createdAt = await this.repository.rotate(user.id, secretHash(token));
    const url = `${this.config.publicUrl}/api/v1/feeds/my/${token}.ics`;
    return {
      active: true,
      createdAt: new Date(createdAt).toISOString(),
      url,
      webcalUrl: url.replace(/^https?:/, 'webcal:'),
    };
  }

  async revokePrivateFeed(user: AuthUser): Promise<void> {
    if (!(await this.repository.revoke(user.id))) {
      throw AppError.notFound();
    }
  }

  private async scope(query: FeedQueryDto, lang: Language): Promise<Scope> {
    const [region, organization] = await Promise.all([
      query.region ? this.regions.get(query.region, lang) : undefined,
      query.organizer ? this.organizations.get(query.organizer, lang) : undefined,
    ]);
    return {
      region: region?.code,
      organizationId: organization?.id,
      names: [region?.name, organization?.name].filter((n): n is string => !!n),
    };
  }

  /**
   * The calendar of these events, rendered again only when one of them changed (their revisions, read first) or
   * the set changed: a client that asks every hour costs two small queries.
   */
  private async calendar(
    key: string,
    events: EventRow[],
    name: string,
    lang: Language,
    isPublic: boolean,
  ): Promise<FeedDocument> {
    const revisions = await this.agendas.revisions(events.map((e) => e.id));
    const stamp = `${name}\n${events.map((e) => `${e.id}:${revisions.get(e.id) ?? 0}`).join(',')}`;
    const body = await this.calendars.get(key, stamp, () =>
      this.agendas.calendarFeed(events, revisions, { name, lang, refreshSeconds: REFRESH_SECONDS }),
    );
    return {
      body,
      etag: weakEtag(`${lang}\n${stamp}`),
      contentType: 'text/calendar; charset=utf-8',
      cacheControl: isPublic ? 'public, max-age=300' : 'private, max-age=300',
    };
  }
}
