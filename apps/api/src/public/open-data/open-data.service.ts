import { Inject, Injectable } from '@nestjs/common';
import { ExpiringMap, ifNoneMatchHits, NextFlight } from '@app/common';
import type { Language } from '@app/contracts';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { createHash } from 'node:crypto';
import type { DumpRows } from './open-data-columns';
import { dumpJson, dumpZip } from './open-data-dump';
import type { OpenCursor, OpenDataKind, OpenDataPage } from './open-data.model';
import { OpenDataRepository, type Fingerprint } from './open-data.repository';
import { decodeCursor, encodeCursor } from './open-cursor';
import { toEvent, toMembership, toMotion, toOrganization, toPerson, toVote, toVoteEvent } from './popolo';
import { RateLimitsService, type SharedRateWindow } from '../../platform/rate-limits/rate-limits.service';

/** Items a page holds unless `?limit=` asks for fewer (at most MAX_PAGE, see the query DTO). */
export const DEFAULT_PAGE = 100;

/** Pages kept rendered, by validator: a page read again before anything public changed costs no query. */
const KEPT_PAGES = 500;
const PAGE_KEPT_MS = 60_000;

/** Bulk downloads one address may take a minute (304s not counted): a portal mirrors them, nobody needs more. */
const DUMPS_PER_MINUTE = 20;

export interface OpenDataQuery {
  cursor?: string;
  limit?: number;
  lang?: Language;
}

/** An answer with a validator: 304 when the reader's copy is still current. */
export type OpenAnswer =
  | { status: 304; etag: string }
  | {
      status: 200;
      etag: string;
      body: Buffer;
      contentType: string;
      lastModified: Date;
      /** RFC 8288 `Link` header: the next page, as `next` in the body. */
      link?: string;
    };

interface Dump {
  fingerprint: string;
  zip: Buffer;
  json: Buffer;
}

/**
 * The open-data API: the public record (public events, adopted acts and the people and bodies they name) in
 * Popolo's shapes, paged with stable cursors, and the bulk download. Every answer is validated by a
 * fingerprint of the tables it is read from, so a reader whose copy is current gets a 304 for one cheap query,
 * and the download is built once per change of the public record (and per instance).
 */
@Injectable()
export class OpenDataService {
  private readonly limiter: SharedRateWindow;
  private readonly builds = new NextFlight<Dump>();
  private dump: Dump | undefined;
  /** Rendered pages by their ETag, which names the fingerprint they were read at: never stale. */
  private readonly pages = new ExpiringMap<string, { body: Buffer; next: string | null }>(KEPT_PAGES);

  constructor(
    private readonly repository: OpenDataRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    rateLimits: RateLimitsService,
  ) {
    this.limiter = rateLimits.window('open-data-dump', DUMPS_PER_MINUTE, 60);
  }

  async page(kind: OpenDataKind, query: OpenDataQuery, ifNoneMatch: string | undefined): Promise<OpenAnswer> {
    const lang = query.lang ?? 'kk';
    const limit = query.limit ?? DEFAULT_PAGE;
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, kind === 'votes');
    const fingerprint = await this.repository.fingerprint();
    const etag = weakTag(fingerprint.value, kind, lang, String(limit), query.cursor ?? '');
    if (ifNoneMatchHits(ifNoneMatch, etag)) {
      return { status: 304, etag };
    }
    const rendered = await this.pages.getOrLoad(etag, async () => {
      const { items, last } = await this.items(kind, after, limit, lang);
      const next = last ? this.pageUrl(kind, { cursor: encodeCursor(last), limit, lang }) : null;
      const page: OpenDataPage<unknown> = { items, next };
      return { value: { body: Buffer.from(JSON.stringify(page)), next }, until: Date.now() + PAGE_KEPT_MS };
    });
    return {
      status: 200,
      etag,
      body: rendered!.body,
      contentType: 'application/json; charset=utf-8',
      lastModified: fingerprint.changedAt,
      ...(rendered!.next ? { link: `<${rendered!.next}>; rel="next"` } : {}),
    };
  }

  /** The bulk download as a ZIP of CSV files or as one JSON document, built once per public change. */
  async download(format: 'zip' | 'json', client: string, ifNoneMatch: string | undefined): Promise<OpenAnswer> {
    const fingerprint = await this.repository.fingerprint();
    const etag = weakTag(fingerprint.value, 'dump', format);
    if (ifNoneMatchHits(ifNoneMatch, etag)) {
      return { status: 304, etag };
    }
    await this.limiter.take(client);
    const dump = await this.currentDump(fingerprint);
    return format === 'zip'
      ? { status: 200, etag, body: dump.zip, contentType: 'application/zip', lastModified: fingerprint.changedAt }
      : {
          status: 200,
          etag,
          body: dump.json,
          contentType: 'application/json; charset=utf-8',
          lastModified: fingerprint.changedAt,
        };
  }

  private async currentDump(fingerprint: Fingerprint): Promise<Dump> {
    if (this.dump?.fingerprint === fingerprint.value) {
      return this.dump;
    }
    // Concurrent misses share one build; a build started before the caller asked is not taken for its answer.
    const built = await this.builds.run('dump', async () => {
      if (this.dump?.fingerprint === fingerprint.value) {
        return this.dump;
      }
      const [organizations, people, events, adoptions, votes] = await Promise.all([
        this.repository.organizations(undefined, null),
        this.repository.people(undefined, null, false),
        this.repository.events(undefined, null),
        this.repository.adoptions(undefined, null),
        this.repository.votes(undefined, null),
      ]);
      // Read after the rows: a change committed meanwhile makes the next request build again.
      const seen = await this.repository.fingerprint();
      const data: DumpRows = { organizations, people, events, adoptions, votes };
      const { publicUrl } = this.config;
      return {
        fingerprint: seen.value === fingerprint.value ? seen.value : '',
        zip: await dumpZip(data, publicUrl, seen.changedAt),
        json: dumpJson(data, publicUrl, seen.changedAt),
      };
    });
    if (built.fingerprint) {
      this.dump = built;
    }
    return built;
  }

  private async items(
    kind: OpenDataKind,
    after: OpenCursor | undefined,
    limit: number,
    lang: Language,
  ): Promise<{ items: unknown[]; last: OpenCursor | undefined }> {
    const { publicUrl } = this.config;
    // One row more than asked says whether another page follows.
    const fetch = limit + 1;
    const byId = (row: { sortKey: string; id: string }): OpenCursor => ({ key: row.sortKey, id: row.id });
    switch (kind) {
      case 'organizations':
        return paged(await this.repository.organizations(after, fetch), limit, byId, (r) => toOrganization(r, lang));
      case 'people':
        return paged(await this.repository.people(after, fetch, false), limit, byId, (r) => toPerson(r, lang));
      case 'memberships':
        return paged(await this.repository.people(after, fetch, true), limit, byId, (r) =>
          toMembership({ ...r, organizationId: r.organizationId! }, lang),
        );
      case 'events':
        return paged(await this.repository.events(after, fetch), limit, byId, (r) => toEvent(r, lang, publicUrl));
      case 'motions':
        return paged(await this.repository.adoptions(after, fetch), limit, byId, (r) => toMotion(r, lang, publicUrl));
      case 'vote-events':
        return paged(await this.repository.adoptions(after, fetch), limit, byId, toVoteEvent);
      case 'votes':
        return paged(
          await this.repository.votes(after, fetch),
          limit,
          (r) => ({ key: r.sortKey, id: r.resolutionId, id2: r.personId }),
          toVote,
        );
    }
  }

  private pageUrl(kind: OpenDataKind, query: { cursor: string; limit: number; lang: Language }): string {
    const search = new URLSearchParams({ cursor: query.cursor, limit: String(query.limit), lang: query.lang });
    return `${this.config.publicUrl}/api/v1/open/${kind}?${search.toString()}`;
  }
}

/** A page of `limit` rendered rows out of `limit + 1` read, and the cursor after the last one if more follow. */
function paged<T>(
  rows: T[],
  limit: number,
  cursorOf: (row: T) => OpenCursor,
  render: (row: T) => unknown,
): { items: unknown[]; last: OpenCursor | undefined } {
  const shown = rows.slice(0, limit);
  return { items: shown.map(render), last: rows.length > limit ? cursorOf(shown[shown.length - 1]) : undefined };
}

/** A weak validator of what an answer is made of: the public record's fingerprint and the request. */
function weakTag(...parts: string[]): string {
  return `W/"${createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 27)}"`;
}
