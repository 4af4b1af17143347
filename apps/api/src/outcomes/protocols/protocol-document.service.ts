import { Injectable } from '@nestjs/common';
import { pickText } from '@app/common';
import type { AuthUser } from '../../platform/access/auth-user';
import { protocolSections, sealSection } from './protocol-content';
import { renderProtocolDocx } from './protocol-docx';
import { type DocLang, protocolLabels } from './protocol-labels';
import { renderProtocolPdf } from './protocol-pdf';
import { ProtocolAccess } from './protocol-access';
import { ProtocolRecordService } from './protocol-record.service';
import { VerificationService } from '../verification/verification.service';

export type DocLayout = DocLang | 'both';

/** The protocol as the documents the akimat files: a PDF to print and sign, a DOCX for its document flow. */
@Injectable()
export class ProtocolDocumentService {
  constructor(
    private readonly access: ProtocolAccess,
    private readonly record: ProtocolRecordService,
    private readonly verification: VerificationService,
  ) {}

  async pdf(user: AuthUser | undefined, id: string, layout: DocLayout): Promise<{ body: Buffer; name: string }> {
    const { sections, meta, name } = await this.content(user, id);
    return { body: await renderProtocolPdf(sections, meta, layout), name: `${name}-${layout}.pdf` };
  }

  async docx(user: AuthUser | undefined, id: string, layout: DocLayout): Promise<{ body: Buffer; name: string }> {
    const { sections, meta, name } = await this.content(user, id);
    // The PDF draws its seal with a QR code; the DOCX carries the code and the page as text.
    const withSeal = meta.seal ? [...sections, sealSection(meta.seal)] : sections;
    const title = (layout === 'both' ? (['kk', 'ru'] as const) : [layout]).map((l) => meta.title[l]).join(' / ');
    return { body: await renderProtocolDocx(withSeal, layout, title), name: `${name}-${layout}.docx` };
  }

  private async content(user: AuthUser | undefined, id: string) {
    const { row, event } = await this.access.readable(user, id);
    const [kk, ru, seals] = await Promise.all([
      this.record.response(row, event, 'kk'),
      this.record.response(row, event, 'ru'),
      this.verification.codesOf('protocol', [id]),
    ]);
    const docs = { kk, ru };
    const title = (l: DocLang): string =>
      `${protocolLabels(l).protocol}${docs[l].number ? ` № ${docs[l].number}` : ''} — ${docs[l].title}`;
    const author = (l: DocLang): string => event.organizers.map((o) => pickText(o.name, l) ?? '').join('; ');
    return {
      sections: protocolSections(docs, event.timeZone),
      meta: {
        title: { kk: title('kk'), ru: title('ru') },
        author: { kk: author('kk'), ru: author('ru') },
        approvedAt: kk.approvedAt,
        seal: seals.get(id) ?? null,
      },
      name: `protocol-${(kk.number ?? 'draft').replace('/', '-')}`,
    };
  }
}
