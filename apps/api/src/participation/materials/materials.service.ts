import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError, contentDisposition, ifNoneMatchHits, patched, pickText, toFieldIssues } from '@app/common';
import { RateLimitsService, type SharedRateWindow } from '../../platform/rate-limits/rate-limits.service';
import { APP_CONFIG, type AppConfig } from '@app/config';
import {
  type Language,
  MATERIAL_FILE_TYPES,
  MATERIAL_VISIBILITIES,
  type MaterialResponse,
  type MaterialVisibility,
} from '@app/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import { AuditService, diff } from '../../platform/audit/audit.service';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { SessionsService } from '../../forum/sessions/sessions.service';
import { RegistrationsService } from '../registrations/registrations.service';
import { MaterialFieldsDto, type UpdateMaterialDto } from './dto/material.dto';
import { receiveFile, type ReceivedFile } from './file-intake';
import { parseRange } from './file-serving';
import { FILE_STORE, type FileStore, type PendingFile } from './file-store';
import type { MaterialDownload, MaterialValues, UploadPart } from './materials.model';
import { MaterialsRepository } from './materials.repository';
import { FIELD_NAMES, newVersion, plainTitle, titleOf, toMaterialResponse } from './material-views';

/** Files one address may fetch a minute without signing in: a delegate's whole forum many times over. */
export const ANONYMOUS_DOWNLOADS_PER_MINUTE = 120;

const STAFF: MaterialVisibility[] = [...MATERIAL_VISIBILITIES];
const PARTICIPANTS: MaterialVisibility[] = ['public', 'participants'];
const ANYONE: MaterialVisibility[] = ['public'];

interface Upload {
  fields: Record<string, string>;
  file: { pending: PendingFile; received: ReceivedFile };
}

/**
 * Materials of a forum and its sessions: who may read each (anyone, the registered participants, the staff), the
 * files behind them (streamed in, checked by content, kept per version) and serving them (ranges, ETags).
 */
@Injectable()
export class MaterialsService {
  private readonly logger = new Logger(MaterialsService.name);
  /** Anyone may read public files: one address cannot keep the disk and the link busy in a loop. */
  private readonly anonymous: SharedRateWindow;

  constructor(
    private readonly materials: MaterialsRepository,
    private readonly events: EventsService,
    private readonly sessions: SessionsService,
    private readonly registrations: RegistrationsService,
    private readonly audit: AuditService,
    @Inject(FILE_STORE) private readonly store: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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

  /** `POST /events/:id/materials`: by the event's organizers and secretaries. */
  async create(
    user: AuthUser,
    eventIdOrSlug: string,
    parts: AsyncIterable<UploadPart>,
    lang: Language,
  ): Promise<MaterialResponse> {
    const event = await this.editableEvent(user, eventIdOrSlug);
    const upload = await this.receive(parts);
    let id: string;
    try {
      const values = await this.fieldsOf(upload.fields, event);
      const version = newVersion(upload.file.received);
      id = await this.materials.transaction(async (manager) => {
        const created = await this.materials.insert(manager, event.id, values, version, user.id);
        await this.audit.record(manager, {
          actorId: user.id,
          entity: 'material',
          entityId: created,
          action: 'create',
          eventId: event.id,
          changes: { ...values, version: 1, size: version.size, fileType: version.fileType, sha256: version.sha256 },
        });
        // The file takes its place last: should that fail, nothing was recorded either.
        await upload.file.pending.commit(version.storageKey);
        return created;
      });
    } catch (error) {
      await upload.file.pending.discard();
      throw error;
    }
    return toMaterialResponse((await this.materials.findById(id))!, lang);
  }

  /** `POST /materials/:id/versions`: a new file for the material; the ones before stay readable. */
  async addVersion(
    user: AuthUser,
    id: string,
    parts: AsyncIterable<UploadPart>,
    lang: Language,
  ): Promise<MaterialResponse> {
    const row = await this.materials.findById(id);
    if (!row) {
      throw AppError.notFound();
    }
    const event = await this.editableEvent(user, row.eventId);
    const upload = await this.receive(parts);
    try {
      const unknown = Object.keys(upload.fields);
      if (unknown.length > 0) {
        throw AppError.validation(unknown.map((field) => ({ field, code: 'whitelistValidation' })));
      }
      const version = newVersion(upload.file.received);
      await this.materials.transaction(async (manager) => {
        // Two uploads at once queue on the material's row: each gets the next number.
        const current = await this.materials.lockCurrentVersion(manager, id);
        if (current === undefined) {
          throw AppError.notFound();
        }
        await this.materials.addVersion(manager, id, current + 1, version, user.id);
        await this.audit.record(manager, {
          actorId: user.id,
          entity: 'material',
          entityId: id,
          action: 'version',
          eventId: event.id,
          changes: { version: current + 1, size: version.size, fileType: version.fileType, sha256: version.sha256 },
        });
        await upload.file.pending.commit(version.storageKey);
      });
    } catch (error) {
      await upload.file.pending.discard();
      throw error;
    }
    return toMaterialResponse((await this.materials.findById(id))!, lang);
  }

  /** `PATCH /materials/:id`: its title, language, visibility and what it goes with, by the event's editors. */
  async update(
    user: AuthUser,
    id: string,
    dto: UpdateMaterialDto,
    revision: number | undefined,
    lang: Language,
  ): Promise<MaterialResponse> {
    const row = await this.materials.findById(id);
    if (!row) {
      throw AppError.notFound();
    }
    const event = await this.editableEvent(user, row.eventId);
    const sessionId = patched(dto.sessionId, row.sessionId);
    const values = await this.checkLinks(event, {
      title: dto.title
        ? { kk: dto.title.kk, ru: dto.title.ru, ...(dto.title.en ? { en: dto.title.en } : {}) }
        : row.title,
      language: dto.language ?? row.language,
      visibility: dto.visibility ?? row.visibility,
      sessionId,
      // Off its session, it is off the speech too.
      speakerId: patched(dto.speakerId, sessionId === row.sessionId ? row.speakerId : null),
      resolutionId: patched(dto.resolutionId, row.resolutionId),
    });
    await this.materials.transaction(async (manager) => {
      // Two edits at once queue on the row: the second, naming the revision the first replaced, is stale.
      const current = await this.materials.lockRevision(manager, id);
      if (current === undefined) {
        throw AppError.notFound();
      }
      if (current !== (revision ?? row.revision)) {
        throw AppError.versionMismatch();
      }
      await this.materials.update(manager, id, values);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'material',
        entityId: id,
        action: 'update',
        eventId: event.id,
        changes: diff({ ...row, versions: undefined }, { ...row, ...values, versions: undefined }),
      });
    });
    return toMaterialResponse((await this.materials.findById(id))!, lang);
  }

  /** `DELETE /materials/:id`: the material, every version and their files. */
  async delete(user: AuthUser, id: string): Promise<void> {
    const row = await this.materials.findById(id);
    if (!row) {
      throw AppError.notFound();
    }
    const event = await this.editableEvent(user, row.eventId);
    const keys = await this.materials.transaction(async (manager) => {
      const removed = await this.materials.delete(manager, id);
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'material',
        entityId: id,
        action: 'delete',
        eventId: event.id,
        changes: { title: row.title, versions: row.versions.length },
      });
      return removed;
    });
    // After the commit: a file left behind by a failure here is unreferenced, never a row without its file.
    await this.store
      .remove(keys)
      .catch((error: Error) => this.logger.warn(`files of material ${id}: ${error.message}`));
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

  /** The event if the user may add and remove its materials: its organizers and secretaries (and admins). */
  private async editableEvent(user: AuthUser, eventIdOrSlug: string): Promise<EventRow> {
    const event = await this.events.findRow(eventIdOrSlug);
    if (!event) {
      throw AppError.notFound();
    }
    if (!mayAccessEvent(user, event, 'draft')) {
      const [levels] = await this.readerLevels(user, [event]);
      throw levels ? AppError.forbidden() : AppError.notFound();
    }
    return event;
  }

  /** Reads every part: the text fields, and the one file streamed to the store and checked. */
  private async receive(parts: AsyncIterable<UploadPart>): Promise<Upload> {
    const fields: Record<string, string> = {};
    let file: Upload['file'] | undefined;
    try {
      for await (const part of parts) {
        if (part.kind === 'field') {
          fields[part.name] = part.value;
        } else if (part.name !== 'file' || file) {
          part.stream.resume();
          throw AppError.validation([{ field: part.name, code: 'whitelistValidation' }]);
        } else {
          const pending = await this.store.create();
          file = { pending, received: await receiveFile(part.stream, pending, part, this.config.materials.maxBytes) };
        }
      }
    } catch (error) {
      await file?.pending.discard();
      throw error;
    }
    if (!file) {
      throw new AppError('FILE_REQUIRED');
    }
    return { fields, file };
  }

  private async fieldsOf(fields: Record<string, string>, event: EventRow): Promise<MaterialValues> {
    const unknown = Object.keys(fields).filter((name) => !FIELD_NAMES.test(name));
    if (unknown.length > 0) {
      throw AppError.validation(unknown.map((field) => ({ field, code: 'whitelistValidation' })));
    }
    const dto = plainToInstance(MaterialFieldsDto, {
      title: titleOf(fields),
      language: fields.language,
      visibility: fields.visibility,
      sessionId: fields.sessionId || undefined,
      speakerId: fields.speakerId || undefined,
      resolutionId: fields.resolutionId || undefined,
    });
    const errors = await validate(dto, { stopAtFirstError: true });
    if (errors.length > 0) {
      throw AppError.validation(toFieldIssues(errors));
    }
    return this.checkLinks(event, {
      title: plainTitle(dto.title),
      language: dto.language,
      visibility: dto.visibility,
      sessionId: dto.sessionId ?? null,
      speakerId: dto.speakerId ?? null,
      resolutionId: dto.resolutionId ?? null,
    });
  }

  /** A session of this event, a speaker of that session, a draft resolution of this event: 400 for another. */
  private async checkLinks(event: EventRow, values: MaterialValues): Promise<MaterialValues> {
    if (values.sessionId) {
      const session = await this.sessions.findRow(values.sessionId);
      if (!session || session.eventId !== event.id) {
        throw AppError.validation([{ field: 'sessionId', code: 'exists' }]);
      }
    }
    if (
      values.speakerId &&
      !(values.sessionId && (await this.materials.isSpeaker(values.sessionId, values.speakerId)))
    ) {
      throw AppError.validation([{ field: 'speakerId', code: 'exists' }]);
    }
    if (values.resolutionId) {
      const resolution = await this.materials.resolutionOf(values.resolutionId);
      if (!resolution || resolution.eventId !== event.id) {
        throw AppError.validation([{ field: 'resolutionId', code: 'exists' }]);
      }
      if (resolution.status !== 'draft') {
        throw new AppError('RESOLUTION_ADOPTED');
      }
    }
    return values;
  }
}
