import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppError, patched, toFieldIssues } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Language, MaterialResponse } from '@app/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { AuthUser } from '../../platform/access/auth-user';
import { mayAccessEvent } from '../../platform/access/event-access';
import { AuditService, diff } from '../../platform/audit/audit.service';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { SessionsService } from '../../forum/sessions/sessions.service';
import { MaterialFieldsDto, type UpdateMaterialDto } from './dto/material.dto';
import { receiveFile, type ReceivedFile } from './file-intake';
import { FILE_STORE, type FileStore, type PendingFile } from './file-store';
import type { MaterialValues, UploadPart } from './materials.model';
import { MaterialsRepository } from './materials.repository';
import { MaterialsService } from './materials.service';
import { FIELD_NAMES, newVersion, plainTitle, titleOf, toMaterialResponse } from './material-views';

interface Upload {
  fields: Record<string, string>;
  file: { pending: PendingFile; received: ReceivedFile };
}

/**
 * Changing a forum's materials, by its organizers and secretaries: a new material with its file, a new version of
 * the file, its fields (If-Match on the revision), its removal with every file. Each is audited in its transaction.
 */
@Injectable()
export class MaterialEditingService {
  private readonly logger = new Logger(MaterialEditingService.name);

  constructor(
    private readonly materials: MaterialsRepository,
    private readonly reading: MaterialsService,
    private readonly events: EventsService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    @Inject(FILE_STORE) private readonly store: FileStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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

  /** The event if the user may add and remove its materials: its organizers and secretaries (and admins). */
  private async editableEvent(user: AuthUser, eventIdOrSlug: string): Promise<EventRow> {
    const event = await this.events.findRow(eventIdOrSlug);
    if (!event) {
      throw AppError.notFound();
    }
    if (!mayAccessEvent(user, event, 'draft')) {
      const [levels] = await this.reading.readerLevels(user, [event]);
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
