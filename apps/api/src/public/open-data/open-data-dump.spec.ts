import JSZip from 'jszip';
import type { DumpRows } from './open-data-columns';
import { DATASETS } from './open-data-datasets';
import { csv, datasetRows, dumpZip } from './open-data-dump';

const EMPTY: DumpRows = { organizations: [], people: [], events: [], adoptions: [], votes: [] };

describe('the bulk download', () => {
  it('writes RFC 4180 CSV: a header row, quoted fields where needed, CRLF', () => {
    expect(
      csv(
        ['a', 'b'],
        [
          ['Қаулы, 1', 'он сказал "да"'],
          [null, 3],
          ['жол\nекі', true],
        ],
      ),
    ).toBe('a,b\r\n"Қаулы, 1","он сказал ""да"""\r\n,3\r\n"жол\nекі",true\r\n');
  });

  it('describes every field of every dataset in Kazakh and Russian, once', () => {
    expect(DATASETS.map((d) => d.name)).toEqual([
      'organizations',
      'people',
      'memberships',
      'events',
      'motions',
      'vote_events',
      'votes',
    ]);
    for (const dataset of DATASETS) {
      expect(dataset.title.kk).toBeTruthy();
      expect(dataset.title.ru).toBeTruthy();
      const names = dataset.fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
      for (const field of dataset.fields) {
        expect(field.kk).toMatch(/\S/);
        expect(field.ru).toMatch(/\S/);
        expect(field.kk).not.toBe(field.ru);
      }
    }
  });

  it('fills exactly the passport fields of each row', () => {
    const rows = datasetRows(
      {
        ...EMPTY,
        people: [
          {
            id: '6f1c1a52-8f0e-4c55-9a43-7f7a1c0b9e10',
            fullName: { kk: 'Мұрат Мұқаев', ru: 'Мурат Мукаев' },
            position: { kk: 'Төраға', ru: 'Председатель' },
            organizationId: '0b4f9d52-1d3e-4a8e-b1c2-3e4f5a6b7c8d',
            sortKey: '',
            createdAt: new Date(0),
            updatedAt: new Date(0),
          },
        ],
      },
      'https://forum.example.kz',
    );
    for (const dataset of DATASETS) {
      for (const row of rows[dataset.name]) {
        expect(Object.keys(row).sort()).toEqual(dataset.fields.map((f) => f.name).sort());
      }
    }
    expect(rows.people[0]).toMatchObject({
      name_kk: 'Мұрат Мұқаев',
      name_ru: 'Мурат Мукаев',
      position_ru: 'Председатель',
    });
    expect(rows.memberships).toHaveLength(1);
  });

  it('zips one CSV per dataset and the passport, the same bytes for the same data', async () => {
    const at = new Date('2026-12-01T00:00:00Z');
    const first = await dumpZip(EMPTY, 'https://forum.example.kz', at);
    expect((await dumpZip(EMPTY, 'https://forum.example.kz', at)).equals(first)).toBe(true);
    const zip = await JSZip.loadAsync(first);
    expect(Object.keys(zip.files)).toHaveLength(DATASETS.length + 1);
    expect(await zip.file('votes.csv')!.async('string')).toBe('vote_event_id,voter_id,option,role\r\n');
  });
});
