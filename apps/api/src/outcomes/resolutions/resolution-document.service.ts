import { Injectable } from '@nestjs/common';
import { toZonedIso } from '@app/common';
import type { AuthUser } from '../../platform/access/auth-user';
import { ResolutionAccess } from './resolution-access';
import type { ResolutionDocument } from './resolution-document';
import { renderResolutionPdf } from './resolution-pdf';
import { numberOf, voteOf } from './resolution-views';
import { ResolutionPointsRepository } from './resolution-points.repository';
import { VerificationService } from '../verification/verification.service';

/** The official document of a resolution: what it shows, and its PDF. */
@Injectable()
export class ResolutionDocumentService {
  constructor(
    private readonly points: ResolutionPointsRepository,
    private readonly access: ResolutionAccess,
    private readonly verification: VerificationService,
  ) {}

  async pdf(user: AuthUser | undefined, id: string, layout: 'kk' | 'ru' | 'both'): Promise<Buffer> {
    return renderResolutionPdf(await this.document(user, id), layout);
  }

  /** What the PDF shows. */
  async document(user: AuthUser | undefined, id: string): Promise<ResolutionDocument> {
    const { row, event } = await this.access.readable(user, id);
    const [points, seals] = await Promise.all([
      this.points.pointsOf([id]),
      this.verification.codesOf('resolution', [id]),
    ]);
    const both = (text: { kk: string; ru?: string } | null | undefined): { kk: string; ru: string } | null =>
      text ? { kk: text.kk, ru: text.ru ?? text.kk } : null;
    return {
      kind: row.kind,
      status: row.status,
      number: numberOf(row),
      adoptedAt: row.adoptedAt ? toZonedIso(new Date(row.adoptedAt), event.timeZone) : null,
      timeZone: event.timeZone,
      // The city it was adopted in; adoptions recorded before places were print the event's region, as they did.
      place: both(row.place) ?? (row.status === 'adopted' ? both(event.regionName) : null),
      organizers: event.organizers.map((o) => both(o.name)!),
      eventTitle: both(event.title)!,
      title: both(row.title)!,
      preamble: both(row.preamble),
      points: points.map((p) => ({
        number: p.position,
        text: both(p.text)!,
        responsible: both(p.responsibleName),
        executor: both(p.executorName),
        dueDate: p.dueDate,
      })),
      vote: voteOf(row),
      chair: row.chairId ? { name: both(row.chairName)!, position: both(row.chairPosition) } : null,
      amends: row.amendsNumber,
      amendedBy: row.amendments.flatMap((a) => (a.number ? [a.number] : [])),
      seal: seals.get(id) ?? null,
    };
  }
}
