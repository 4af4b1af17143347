import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError, sharedBody } from '@app/common';
import { EVENT_KINDS, type EventKind, type Language } from '@app/contracts';
import { createHash } from 'node:crypto';
import { AgendaService, type RenderedAgenda } from '../../forum/agenda/agenda.service';
import type { AuthUser } from '../../platform/access/auth-user';
import { EventsService } from '../../forum/events/events.service';
import { MaterialsService } from '../../participation/materials/materials.service';
import { RegionsService } from '../../directory/regions/regions.service';
import { ProtocolsService } from '../../outcomes/protocols/protocols.service';
import { ResolutionsService } from '../../outcomes/resolutions/resolutions.service';
import { renderForumList } from './forum-list.html';
import { renderForumPage } from './forum-page.html';
import { renderNotFound } from './html';
import { renderVerifyPage } from './verify-page.html';
import { renderRobots, renderSitemap } from './sitemap';
import { VerificationService } from '../../outcomes/verification/verification.service';

export interface RenderedPage {
  status: 200 | 400 | 404;
  /** The document as UTF-8, the bytes every response writes. */
  body: Buffer;
  /** A weak validator of those bytes. */
  etag: string;
  /** The same for every reader of that language: shared caches may keep it. */
  isPublic: boolean;
}

function renderedPage(status: RenderedPage['status'], html: string, isPublic: boolean): RenderedPage {
  const body = Buffer.from(html);
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { status, body, etag, isPublic };
}

/** A file for machines at the site's root (sitemap.xml, robots.txt). */
export interface SiteFile {
  body: string;
  etag: string;
  contentType: string;
}

function siteFile(body: string, contentType: string): SiteFile {
  return { body, contentType, etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** The sitemap protocol's limit of addresses in one file is 50 000: three per forum. */
const SITEMAP_LIMIT = 16_000;
const SITEMAP_TTL_MS = 60_000;

/**
 * A forum page, kept with the rendered agenda it shows (and so dropped with it), for the acts it lists: its
 * adopted resolutions and published protocols, neither of which changes the agenda's version.
 */
interface CachedForumPage {
  acts: string;
  page: RenderedPage;
}

/** Forums a page lists at most: the upcoming ones of a region fit many times over. */
const LIST_LIMIT = 100;

function isEventKind(value: unknown): value is EventKind {
  return typeof value === 'string' && (EVENT_KINDS as readonly string[]).includes(value);
}

/** A region code as the filter form sends it; anything else is ignored, not refused (a page has no error body). */
function regionCode(value: unknown): string | undefined {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return /^[A-Z0-9][A-Z0-9-]{1,39}$/.test(code) ? code : undefined;
}

/** The public pages: the same reads as the API (its services and their rules), rendered as HTML. */
@Injectable()
export class PagesService {
  private readonly forumPages = new WeakMap<RenderedAgenda, CachedForumPage>();
  private sitemapFile: { at: number; file: Promise<SiteFile> } | undefined;

  constructor(
    private readonly agendas: AgendaService,
    private readonly events: EventsService,
    private readonly regions: RegionsService,
    private readonly resolutions: ResolutionsService,
    private readonly protocols: ProtocolsService,
    private readonly verification: VerificationService,
    private readonly materials: MaterialsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Upcoming published public forums, soonest first, as an anonymous reader of `GET /api/v1/events` sees them. */
  async forumList(lang: Language, query: Record<string, unknown>): Promise<RenderedPage> {
    const filter = { region: regionCode(query.region), kind: isEventKind(query.kind) ? query.kind : undefined };
    const [regions, events] = await Promise.all([
      this.regions.list({}, lang),
      this.events.list(
        undefined,
        { from: new Date().toISOString(), status: 'published', ...filter, limit: LIST_LIMIT },
        lang,
      ),
    ]);
    const html = renderForumList({
      lang,
      publicUrl: this.config.publicUrl,
      filter,
      regions: regions.items.map((r) => ({ code: r.code, name: r.name })),
      forums: events.items.map((e) => ({
        slug: e.slug,
        kind: e.kind,
        title: e.title,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        timeZone: e.timeZone,
        venue: e.venue.name,
        address: e.venue.address,
        region: e.regionName,
      })),
    });
    return renderedPage(200, html, true);
  }

  /** A forum and its agenda; drafts and invite-only events only for those the API shows them to, else 404. */
  async forumPage(user: AuthUser | undefined, slug: string, lang: Language): Promise<RenderedPage> {
    let rendered;
    try {
      rendered = await this.agendas.agenda(user, slug, lang);
    } catch (error) {
      if (error instanceof AppError && error.statusCode === 404) {
        return renderedPage(404, renderNotFound(lang, `/events/${slug}`), false);
      }
      throw error;
    }
    const { agenda, isPublic } = rendered;
    const [resolutions, protocols, materials] = await Promise.all([
      this.resolutions.adoptedOf(agenda.event.id, agenda.event.timeZone, lang),
      this.protocols.publishedOf(agenda.event.id, lang),
      this.materials.publicOf(agenda.event.id, lang),
    ]);
    // Rendered once per version of the agenda and of the acts it lists, like the agenda's JSON: a
    // rendering took ~1 MB of short-lived strings, and at 50 readers at once most of it outlived
    // the young generation. A protocol published since (here or on another instance) is another version.
    const listed = JSON.stringify([resolutions, protocols, materials]);
    const cached = this.forumPages.get(rendered);
    if (cached?.acts === listed) {
      return cached.page;
    }
    const page = renderedPage(
      200,
      renderForumPage({ agenda, resolutions, protocols, materials, publicUrl: this.config.publicUrl }),
      isPublic,
    );
    // Kept: compressed once per encoding, not at every answer.
    sharedBody(page.body);
    this.forumPages.set(rendered, { acts: listed, page });
    return page;
  }

  /**
   * Every public forum (not a draft, not invite-only; past, cancelled and upcoming alike) in each language. Kept for
   * a minute: crawlers may ask often, and the list is one query of every public forum.
   */
  async sitemap(): Promise<SiteFile> {
    if (!this.sitemapFile || Date.now() - this.sitemapFile.at >= SITEMAP_TTL_MS) {
      const at = Date.now();
      const file = this.events
        .publicRows({}, SITEMAP_LIMIT)
        .then((rows) => siteFile(renderSitemap(this.config.publicUrl, rows), 'application/xml; charset=utf-8'));
      this.sitemapFile = { at, file };
      file.catch(() => {
        if (this.sitemapFile?.file === file) {
          this.sitemapFile = undefined;
        }
      });
    }
    return this.sitemapFile.file;
  }

  robots(): SiteFile {
    return siteFile(renderRobots(this.config.publicUrl), 'text/plain; charset=utf-8');
  }

  /** The verification page: the form alone, or the verdict on the act a printed code names. */
  async verifyPage(lang: Language, typed: string | undefined, client: string): Promise<RenderedPage> {
    if (typed === undefined || typed.trim() === '') {
      return renderedPage(200, renderVerifyPage(lang, { state: 'form' }), true);
    }
    try {
      const result = await this.verification.verify(typed, client);
      // Never kept by a shared cache: the verdict is what the database says now.
      const outcome = result.revoked ? { state: 'revoked' as const, result } : { state: 'found' as const, result };
      return renderedPage(200, renderVerifyPage(lang, outcome), false);
    } catch (error) {
      if (error instanceof AppError && error.statusCode === 400) {
        return renderedPage(400, renderVerifyPage(lang, { state: 'malformed', typed: typed.slice(0, 24) }), false);
      }
      if (error instanceof AppError && error.statusCode === 404) {
        return renderedPage(404, renderVerifyPage(lang, { state: 'unknown', typed: typed.slice(0, 24) }), false);
      }
      throw error;
    }
  }
}
