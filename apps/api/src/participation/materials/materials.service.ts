import { Inject, Injectable } from '@nestjs/common';
import { AppError, contentDisposition, ifNoneMatchHits, pickText } from '@app/common';
import { RateLimitsService, type SharedRateWindow } from '../../platform/rate-limits/rate-limits.service';
import {
  type Language,
  MATERIAL_FILE_TYPES,
  MATERIAL_VISIBILITIES,
  type MaterialResponse,
  type MaterialVisibility,
} from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { RegistrationsService } from '../registrations/registrations.service';
import { parseRange } from './file-serving';
import { FILE_STORE, type FileStore } from './file-store';
import type { MaterialDownload } from './materials.model';
import { MaterialsRepository } from './materials.repository';
import { toMaterialResponse } from './material-views';

/** Files one address may fetch a minute without signing in: a delegate's whole forum many times over. */
export const ANONYMOUS_DOWNLOADS_PER_MINUTE = 120;

const STAFF: MaterialVisibility[] = [...MATERIAL_VISIBILITIES];
const PARTICIPANTS: MaterialVisibility[] = ['public', 'participants'];
const ANYONE: MaterialVisibility[] = ['public'];

/**
 * Reading a forum's materials: who may read each (anyone, the registered participants, the staff), the lists, and
 * serving the files (ranges, ETags). Changing them is MaterialEditingService's.
 */
@Injectable()
export class MaterialsService {
  /** Anyone may read public files: one address cannot keep the disk and the link busy in a loop. */
  private readonly anonymous: SharedRateWindow;

  constructor(
    private readonly materials: MaterialsRepository,
    private readonly events: EventsService,
    private readonly registrations: RegistrationsService,
    @Inject(FILE_STORE) private readonly store: FileStore,
    rateLimits: RateLimitsService,
  ) {
    this.anonymous = rateLimits.window('material-download', ANONYMOUS_DOWNLOADS_PER_MINUTE, 60);
  }

  /**
   * What each of these events lets this reader see, in one query for all: every material to its staff, public and
   * participants' ones to its registered participants, public ones of a published public forum to anyone else;
   * undefined where the reader may not see the event at all.
   */
  async readerLevels(user: AuthUser | undefined, events: EventRow[]): Promise<(MaterialVisibility[] | undefined)[]> {
    const notStaff = events.filter((event) => !mayAccessEvent(user, event, 'watch')).map((event) => event.id);
    const registered = new Set(await this.registrations.registeredEvents(user, notStaff));
    return events.map((event) => {
      if (!notStaff.includes(event.id)) {
        return STAFF;
      }
      if (registered.has(event.id)) {
        return PARTICIPANTS;
      }
      return event.visibility === 'public' && event.status !== 'draft' ? ANYONE : undefined;
    });
  }

  /** `GET /events/:id/materials`: those the reader may see. */
  async list(user: AuthUser | undefined, eventIdOrSlug: string, lang: Language): Promise<MaterialResponse[]> {
    const event = await this.events.findRow(eventIdOrSlug);
    const [levels] = event ? await this.readerLevels(user, [event]) : [undefined];
    if (!event || !levels) {
      throw AppError.notFound();
    }
    const rows = await this.materials.listForEvents([event.id], [levels]);
    return rows.map((row) => toMaterialResponse(row, lang));
  }

  /**
   * The materials of many events at once (the public page, `/my`), as this reader may see them, by event id: one
   * query for the registrations and one for the materials, whatever the number of events.
   */
  async listForEvents(
    user: AuthUser | undefined,
    events: EventRow[],
    lang: Language,
  ): Promise<Map<string, MaterialResponse[]>> {
    const levels = await this.readerLevels(user, events);
    const readable = events.map((event, i) => ({ id: event.id, levels: levels[i] })).filter((e) => e.levels);
    const byEvent = new Map<string, MaterialResponse[]>(readable.map((e) => [e.id, []]));
    if (readable.length === 0) {
      return byEvent;
    }
    const rows = await this.materials.listForEvents(
      readable.map((e) => e.id),
      readable.map((e) => e.levels!),
    );
    for (const row of rows) {
      byEvent.get(row.eventId)!.push(toMaterialResponse(row, lang));
    }
    return byEvent;
  }

  /** The public materials of an event the caller has shown already (its public page): for anyone to read. */
  async publicOf(eventId: string, lang: Language): Promise<MaterialResponse[]> {
    const rows = await this.materials.listForEvents([eventId], [ANYONE]);
    return rows.map((row) => toMaterialResponse(row, lang));
  }

  /** `GET /materials/:id`: the file (or a range of it) if the reader may see it. */
  async download(
    user: AuthUser | undefined,
    id: string,
    request: { version?: number; range?: string; ifNoneMatch?: string; client: string },
    lang: Language,
  ): Promise<MaterialDownload> {
    if (!user) {
      await this.anonymous.take(request.client);
    }
    const row = await this.materials.findById(id);
    const event = row && (await this.events.findRow(row.eventId));
    const [levels] = event ? await this.readerLevels(user, [event]) : [undefined];
    if (!row || !levels) {
      throw AppError.notFound();
    }
    if (!levels.includes(row.visibility)) {
      throw user ? AppError.forbidden() : AppError.unauthorized();
    }
    const version =
      request.version === undefined ? row.versions[0] : row.versions.find((v) => v.number === request.version);
    if (!version) {
      throw AppError.notFound();
    }
    const etag = `"${version.sha256}"`;
    if (ifNoneMatchHits(request.ifNoneMatch, etag)) {
      return { status: 304, etag, revision: row.revision };
    }
    const range = parseRange(request.range, version.size);
    if (range === 'unsatisfiable') {
      throw new AppError('RANGE_NOT_SATISFIABLE', { size: version.size }, [], {
        'content-range': `bytes */${version.size}`,
      });
    }
    const type = MATERIAL_FILE_TYPES[version.fileType];
    return {
      status: range ? 206 : 200,
      etag,
      revision: row.revision,
      mimeType: type.mime,
      size: version.size,
      range,
      isPublic: levels === ANYONE || (row.visibility === 'public' && event!.visibility === 'public'),
      disposition: contentDisposition('attachment', pickText(row.title, lang) ?? row.title.kk, type.extension),
      body: this.store.read(version.storageKey, range),
    };
  }
}
