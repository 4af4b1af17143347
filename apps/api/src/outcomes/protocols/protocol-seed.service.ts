import { Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import type { LocalizedText } from '@app/contracts';
import type { EventRow } from '../../forum/events/events.model';
import { EventsService } from '../../forum/events/events.service';
import { ResolutionExecutionService } from '../resolutions/resolution-execution.service';
import { ProtocolRecordService } from './protocol-record.service';
import { ProtocolSigningService } from './protocol-signing.service';
import { ProtocolsRepository } from './protocols.repository';
import { ProtocolItemsRepository } from './protocol-items.repository';

/** The record of a meeting already held, as a seed (the demo forums) writes it. */
export interface SeededProtocol {
  eventId: string;
  chairId: string;
  secretaryId: string;
  /** When the first item was taken up: the attendance log is judged then. */
  openedAt: Date;
  /** What was said under each item, by the session the item comes from. */
  items: Map<
    string,
    {
      summary?: LocalizedText;
      decided?: LocalizedText;
      speeches?: { personId?: string; name?: LocalizedText; at: Date; summary?: LocalizedText }[];
    }
  >;
  instructions: {
    sessionId: string | null;
    text: LocalizedText;
    responsibleOrganizationId: string;
    executorId?: string;
    dueDate: string;
    /** Reported after approval, as a responsible body would: the note is kept in Kazakh. */
    progress?: { percent: number; note: LocalizedText; evidenceUrl?: string };
  }[];
  /** When both signed: approval and its number follow; publication too when `publishedAt` is given. */
  signedAt: Date;
  publishedAt: Date | null;
}

/**
 * Writes the protocol of a meeting already held through the same skeleton and the same approval as a secretary's
 * protocol, with the signatures of the chair and the secretary made outside (no account signs a seed).
 */
@Injectable()
export class ProtocolSeedService {
  constructor(
    private readonly protocols: ProtocolsRepository,
    private readonly items: ProtocolItemsRepository,
    private readonly record: ProtocolRecordService,
    private readonly signing: ProtocolSigningService,
    private readonly events: EventsService,
    private readonly execution: ResolutionExecutionService,
  ) {}

  async seed(spec: SeededProtocol): Promise<string> {
    const event: EventRow | undefined = await this.events.findRow(spec.eventId);
    const skeleton = event && (await this.record.skeleton(event, null));
    if (!event || !skeleton) {
      throw AppError.notFound();
    }
    const instructions = await this.execution.pointValues(spec.instructions);
    const reported: [string, SeededProtocol['instructions'][number]['progress']][] = [];
    const id = await this.protocols.transaction(async (manager) => {
      const created = await this.protocols.insert(manager, {
        ...skeleton.header,
        chairId: spec.chairId,
        secretaryId: spec.secretaryId,
        body: null,
        eventId: event.id,
        sessionId: null,
        kind: 'protocol',
        addendsId: null,
        createdBy: null,
      });
      await this.items.insertItems(manager, created, skeleton.items);
      const items = await this.items.itemsOf([created], manager);
      const itemOf = (sessionId: string | null) => items.find((i) => i.sessionId === sessionId);
      for (const [sessionId, said] of spec.items) {
        const item = itemOf(sessionId);
        if (!item) {
          continue;
        }
        await this.items.updateItem(manager, item.id, { summary: said.summary, decided: said.decided });
        for (const speech of said.speeches ?? []) {
          await this.items.insertSpeech(manager, {
            protocolId: created,
            itemId: item.id,
            personId: speech.personId ?? null,
            name: speech.personId ? null : (speech.name ?? null),
            position: null,
            spokenAt: speech.at,
            summary: speech.summary ?? null,
            createdBy: null,
          });
        }
      }
      for (const [i, values] of instructions.entries()) {
        const pointId = await this.execution.addInstruction(
          manager,
          created,
          itemOf(spec.instructions[i].sessionId)?.id ?? null,
          values,
          null,
        );
        reported.push([pointId, spec.instructions[i].progress]);
      }
      await this.items.markAllDone(manager, created, spec.openedAt);
      for (const [role, personId] of [
        ['chair', spec.chairId],
        ['secretary', spec.secretaryId],
      ] as const) {
        await this.protocols.insertSignature(manager, {
          protocolId: created,
          role,
          personId,
          userId: null,
          at: spec.signedAt,
        });
      }
      return created;
    });
    await this.signing.approveSigned(id, spec.signedAt);
    if (spec.publishedAt) {
      await this.protocols.transaction((manager) => this.protocols.publish(manager, id, spec.publishedAt!));
    }
    // Progress is reported on instructions in force, so after the approval.
    await this.protocols.transaction(async (manager) => {
      for (const [pointId, progress] of reported) {
        if (progress) {
          await this.execution.seedProgress(manager, pointId, progress);
        }
      }
    });
    return id;
  }
}
