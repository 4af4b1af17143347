import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatBadgeCode } from '@app/contracts';
import QRCode from 'qrcode';
import { type BadgeInfo, renderBadgesPdf } from './badge-pdf';

const dir = mkdtempSync(join(tmpdir(), 'badge-pdf-'));
let fileNo = 0;

function save(pdf: Buffer): string {
  const file = join(dir, `badges-${++fileNo}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

function run(tool: string, args: string[], pdf: Buffer): string {
  return execFileSync(tool, [...args, save(pdf)].concat(tool === 'pdftotext' ? ['-'] : []), {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** Text of each page as poppler extracts it (pages end with a form feed). */
function pageTexts(pdf: Buffer): string[] {
  const pages = run('pdftotext', ['-layout', '-enc', 'UTF-8'], pdf).split('\f');
  return pages.slice(0, -1);
}

function pdfInfo(pdf: Buffer, lastPage = 1): Record<string, string> {
  const out = run('pdfinfo', ['-enc', 'UTF-8', '-f', '1', '-l', String(lastPage)], pdf);
  return Object.fromEntries(
    out.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** Rows of `pdfimages -list` below its two header lines. */
function pdfImages(
  pdf: Buffer,
): { page: number; type: string; width: number; height: number; color: string; bpc: number }[] {
  return run('pdfimages', ['-list'], pdf)
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const [page, , type, width, height, color, , bpc] = l.trim().split(/\s+/);
      return { page: Number(page), type, width: Number(width), height: Number(height), color, bpc: Number(bpc) };
    });
}

/** The 1-bit image of a page as `pdfimages` extracts it (binary PBM): a pixel reader, true for black. */
function pageBitmap(
  pdf: Buffer,
  page: number,
): { width: number; height: number; black: (x: number, y: number) => boolean } {
  const prefix = join(dir, `page-${++fileNo}`);
  execFileSync('pdfimages', ['-f', String(page), '-l', String(page), save(pdf), prefix]);
  const pbm = readFileSync(`${prefix}-000.pbm`);
  const header = /^P4\s+(\d+)\s+(\d+)\s/.exec(pbm.subarray(0, 32).toString('latin1'));
  expect(header).not.toBeNull();
  const [text, width, height] = header ?? ['', '0', '0'];
  const stride = Math.ceil(Number(width) / 8);
  const bits = pbm.subarray(text.length);
  return {
    width: Number(width),
    height: Number(height),
    black: (x, y) => (bits[y * stride + (x >> 3)] & (0x80 >> (x & 7))) !== 0,
  };
}

/** Words joined by single spaces (and a hyphen that ended a line joined back), so wrapped text still matches. */
function flat(text: string): string {
  return text.replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ');
}

const EVENT = {
  eventTitle: 'Батыс Қазақстан облысы әкімдігі мен Қазақстан мәслихаттары депутаттары қауымдастығының көшпелі отырысы',
  eventDates: '2026 жылғы 7 желтоқсан',
  venue: 'Орал қаласы, «Ақжайық» қонақүйі, Үлкен зал',
};

const LONG_ORGANIZATION =
  '«Қазақстан мәслихаттары депутаттарының қауымдастығы» республикалық қоғамдық бірлестігінің жергілікті ' +
  'өзін-өзі басқаруды дамыту және «Қаладан – Ауылға» пилоттық жобасын Жаңақала, Қазталов және Шыңғырлау ' +
  'аудандарында іске асыру жөніндегі өңіраралық үйлестіру кеңесінің Батыс Қазақстан облыстық филиалы';

const BADGES: BadgeInfo[] = [
  {
    ...EVENT,
    badgeCode: '7K3M9QXR2B5TCV8N4WPA',
    name: 'Нариман Төреғалиев',
    position: 'Батыс Қазақстан облысының әкімі',
    organization: 'Батыс Қазақстан облысының әкімдігі',
    role: 'speaker',
  },
  {
    ...EVENT,
    badgeCode: 'H2DZ6YJ0QF9RSE1MGK4T',
    name: 'Гүлнұр Әбдіғалиқызы',
    position: 'Ақсеңгір ауылдық округінің әкімі',
    organization: LONG_ORGANIZATION,
    role: 'delegate',
  },
  {
    ...EVENT,
    venue: null,
    badgeCode: 'P8WQ3N5XB7CA2TVM6RHJ',
    name: 'Жаңабек Һасенұлы Шаһмарданов',
    position: 'Тіркеу үстелінің үйлестірушісі',
    organization: null,
    role: 'staff',
  },
];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderBadgesPdf', () => {
  let pdf: Buffer;
  let pages: string[];

  beforeAll(async () => {
    pdf = await renderBadgesPdf(BADGES);
    pages = pageTexts(pdf);
  });

  it('prints one A6 portrait page per badge with the event title as the document title', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = pdfInfo(pdf, 3);
    expect(info.Pages).toBe('3');
    expect(info.Title).toBe(EVENT.eventTitle);
    for (const page of [1, 2, 3]) {
      expect(info[`Page    ${page} size`]).toMatch(/^297\.6\d* x 419\.5\d* pts/);
    }
    expect(pages).toHaveLength(3);
  });

  it('extracts names, positions, organizations and codes with every Kazakh letter exact, one badge per page', () => {
    BADGES.forEach((badge, i) => {
      const text = flat(pages[i]);
      expect(text).toContain(badge.name);
      // The code is printed in four groups of five, for reading aloud and typing at the door.
      expect(text).toContain(formatBadgeCode(badge.badgeCode));
      expect(formatBadgeCode(badge.badgeCode)).toMatch(/^(\w{5}-){3}\w{5}$/);
      for (const line of [badge.position, badge.organization]) {
        if (line) {
          expect(text).toContain(line);
        }
      }
      expect(text).toContain(EVENT.eventTitle);
      expect(text).toContain(EVENT.eventDates);
      for (const other of BADGES.filter((b) => b !== badge)) {
        expect(text).not.toContain(other.name);
        expect(text).not.toContain(formatBadgeCode(other.badgeCode));
      }
    });
    expect(flat(pages[1])).toContain(LONG_ORGANIZATION);
    const all = flat(pages.join(' '));
    for (const letter of 'әғқңөұүһіӘҮҺ') {
      expect(all).toContain(letter);
    }
    expect(all).not.toContain('…');
  });

  it('labels the role band in Kazakh and prints the venue when there is one', () => {
    expect(flat(pages[0])).toContain('Баяндамашы');
    expect(flat(pages[1])).toContain('Делегат');
    expect(flat(pages[2])).toContain('Ұйымдастырушы');
    expect(flat(pages[0])).toContain(EVENT.venue);
    expect(flat(pages[2])).not.toContain('Ақжайық');
  });

  it('embeds one QR image per page, square, 1-bit grey and at least 600 px wide', () => {
    const images = pdfImages(pdf);
    expect(images.map((i) => i.page)).toEqual([1, 2, 3]);
    for (const image of images) {
      expect(image).toMatchObject({ type: 'image', color: 'gray', bpc: 1, height: image.width });
      expect(image.width).toBeGreaterThanOrEqual(600);
    }
  });

  it('draws the QR code of the badge code with error correction M and a one-module quiet zone', () => {
    BADGES.forEach((badge, i) => {
      const { modules } = QRCode.create(badge.badgeCode, { errorCorrectionLevel: 'M' });
      const count = modules.size + 2;
      const image = pageBitmap(pdf, i + 1);
      expect(image.width % count).toBe(0);
      const scale = image.width / count;
      const centre = (n: number) => Math.floor((n + 0.5) * scale);
      let mismatches = 0;
      for (let row = 0; row < count; row++) {
        for (let col = 0; col < count; col++) {
          const inside = row > 0 && col > 0 && row <= modules.size && col <= modules.size;
          const dark = inside && modules.get(row - 1, col - 1) !== 0;
          if (image.black(centre(col), centre(row)) !== dark) {
            mismatches++;
          }
        }
      }
      expect(mismatches).toBe(0);
    });
  });

  it('renders the same bytes for the same badges and takes the title from the options', async () => {
    const again = await renderBadgesPdf(BADGES.map((b) => ({ ...b })));
    expect(again.equals(pdf)).toBe(true);
    const titled = await renderBadgesPdf(BADGES, { title: 'Бейдждер: көшпелі отырыс' });
    expect(pdfInfo(titled).Title).toBe('Бейдждер: көшпелі отырыс');
  });

  it('keeps an absurdly long organization on its own page, cut with an ellipsis', async () => {
    const huge = { ...BADGES[1], organization: LONG_ORGANIZATION.repeat(12), name: 'Әбілқайыр '.repeat(8).trim() };
    const out = await renderBadgesPdf([huge, BADGES[0]]);
    expect(pdfInfo(out).Pages).toBe('2');
    const [first, second] = pageTexts(out).map(flat);
    expect(first).toContain('…');
    expect(first).toContain(formatBadgeCode(huge.badgeCode));
    expect(first).toContain(EVENT.eventDates);
    expect(second).toContain(BADGES[0].name);
  });

  it('renders 200 badges as 200 pages with 200 images', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      ...BADGES[i % 3],
      badgeCode: `BADGE${String(i).padStart(15, '0')}`,
    }));
    const out = await renderBadgesPdf(many);
    expect(pdfInfo(out).Pages).toBe('200');
    expect(pdfImages(out)).toHaveLength(200);
    const texts = pageTexts(out);
    expect(texts).toHaveLength(200);
    expect(flat(texts[199])).toContain('BADGE-00000-00000-00199');
  });

  it('gives one blank page for no badges', async () => {
    const out = await renderBadgesPdf([]);
    expect(pdfInfo(out).Pages).toBe('1');
    expect(pdfImages(out)).toHaveLength(0);
  });
});
