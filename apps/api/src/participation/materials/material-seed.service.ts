import { Inject, Injectable } from '@nestjs/common';
import { PDF_FONT, renderPdf } from '@app/common';
import { Readable } from 'node:stream';
import { receiveFile } from './file-intake';
import { FILE_STORE, type FileStore } from './file-store';
import type { MaterialValues } from './materials.model';
import { MaterialsRepository } from './materials.repository';
import { newVersion } from './material-views';

/** A demo material: where it goes, and what its one page says. */
export interface SeededMaterial extends Omit<MaterialValues, 'speakerId' | 'resolutionId'> {
  eventId: string;
  paragraphs: string[];
  /** Who "uploaded" it: the admin or nobody. */
  userId: string | null;
  /** The date in the PDF's metadata (equal input, equal bytes). */
  date: Date;
}

/**
 * The demo forums' materials: small real PDFs made at loading, taken in through the same checks and the same
 * store as an upload, then recorded as their first version.
 */
@Injectable()
export class MaterialSeedService {
  constructor(
    private readonly materials: MaterialsRepository,
    @Inject(FILE_STORE) private readonly store: FileStore,
  ) {}

  async seed(items: SeededMaterial[]): Promise<void> {
    for (const item of items) {
      const title = item.title[item.language === 'ru' ? 'ru' : 'kk'];
      const pdf = await renderPdf({ size: 'A4', margin: 56, lang: item.language, title, date: item.date }, (doc) => {
        doc.font(PDF_FONT.bold).fontSize(16).text(title);
        doc.moveDown();
        for (const paragraph of item.paragraphs) {
          doc.font(PDF_FONT.regular).fontSize(11).text(paragraph).moveDown(0.5);
        }
      });
      const pending = await this.store.create();
      const received = await receiveFile(Readable.from([pdf]), pending, { mimeType: 'application/pdf' }, pdf.length);
      const version = newVersion(received);
      try {
        await this.materials.transaction(async (manager) => {
          await this.materials.insert(
            manager,
            item.eventId,
            { ...item, speakerId: null, resolutionId: null },
            version,
            item.userId,
          );
          await pending.commit(version.storageKey);
        });
      } catch (error) {
        await pending.discard();
        throw error;
      }
    }
  }
}
