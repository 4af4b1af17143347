import JSZip from 'jszip';
import type { Cell, DumpRows } from './open-data-columns';
import { DATASETS } from './open-data-datasets';

/**
 * The bulk download, in the way of the national open-data portal (data.egov.kz): one table per kind, UTF-8
 * CSV with a header row, and a passport naming every dataset and describing each of its fields in Kazakh
 * and Russian. The rows are the Popolo objects of the API with each text in both languages.
 */

const PASSPORT_FIELDS = ['dataset', 'title_kk', 'title_ru', 'field', 'type', 'description_kk', 'description_ru'];

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled; lines end in CRLF. */
export function csv(header: string[], rows: Cell[][]): string {
  const cell = (value: Cell): string => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function passportRows(): Cell[][] {
  return DATASETS.flatMap((d) =>
    d.fields.map((field) => [d.name, d.title.kk, d.title.ru, field.name, field.type, field.kk, field.ru]),
  );
}

/** Every dataset's rows, as objects keyed by the passport's field names. */
export function datasetRows(data: DumpRows, publicUrl: string): Record<string, Record<string, Cell>[]> {
  return Object.fromEntries(DATASETS.map((d) => [d.name, d.rows(data, publicUrl)]));
}

/** The ZIP: `<dataset>.csv` for each dataset and `passport.csv`, every entry dated at the last public change. */
export async function dumpZip(data: DumpRows, publicUrl: string, changedAt: Date): Promise<Buffer> {
  const zip = new JSZip();
  const rows = datasetRows(data, publicUrl);
  for (const dataset of DATASETS) {
    const names = dataset.fields.map((field) => field.name);
    zip.file(
      `${dataset.name}.csv`,
      csv(
        names,
        rows[dataset.name].map((row) => names.map((name) => row[name] ?? null)),
      ),
      { date: changedAt },
    );
  }
  zip.file('passport.csv', csv(PASSPORT_FIELDS, passportRows()), { date: changedAt });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

/** The same as one JSON document: the passport, then each dataset's rows. */
export function dumpJson(data: DumpRows, publicUrl: string, changedAt: Date): Buffer {
  return Buffer.from(
    JSON.stringify({
      changed_at: changedAt.toISOString(),
      passport: DATASETS.map((d) => ({ dataset: d.name, title: d.title, fields: d.fields })),
      datasets: datasetRows(data, publicUrl),
    }),
  );
}
