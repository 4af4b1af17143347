import { Injectable } from '@nestjs/common';
import { pickText } from '@app/common';
import type { AuthUser } from '../../platform/access/auth-user';
import { protocolSections } from './protocol-content';
import { renderProtocolDocx } from './protocol-docx';
import { type DocLang, protocolLabels } from './protocol-labels';
import { renderProtocolPdf } from './protocol-pdf';
import { ProtocolAccess } from './protocol-access';
import { ProtocolRecordService } from './protocol-record.service';

export type DocLayout = DocLang | 'both';

/** The protocol as the documents the akimat files: a PDF to print and sign, a DOCX for its document flow. */
@Injectable()
export class ProtocolDocumentService {
  constructor(
    private readonly access: ProtocolAccess,
    private readonly record: ProtocolRecordService,
  ) {}

  async pdf(user: AuthUser | undefined, id: string, layout: DocLayout): Promise<{ body: Buffer; name: string }> {
    const { sections, meta, name } = await this.content(user, id);
    return { body: await renderProtocolPdf(sections, meta, layout), name: `${name}-${layout}.pdf` };
  }

  async docx(user: AuthUser | undefined, id: string, layout: DocLayout): Promise<{ body: Buffer; name: string }> {
    const { sections, meta, name } = await this.content(user, id);
    const title = (layout === 'both' ? (['kk', 'ru'] as const) : [layout]).map((l) => meta.title[l]).join(' / ');
    return { body: await renderProtocolDocx(sections, layout, title), name: `${name}-${layout}.docx` };
  }

  private async content(user: AuthUser | undefined, id: string) {
    const { row, event } = await this.access.readable(user, id);
    const [kk, ru] = await Promise.all([
      this.record.response(row, event, 'kk'),
      this.record.response(row, event, 'ru'),
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
      },
      name: `protocol-${(kk.number ?? 'draft').replace('/', '-')}`,
    };
  }
}
