import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatLocalDate, formatLocalTime } from '@app/common';
import { renderAgendaPdf } from './agenda-pdf';
import { KAZAKH_LETTERS, agendaFixture, longAgendaFixture } from '../../../../../test/support/agenda.fixture';

const dir = mkdtempSync(join(tmpdir(), 'agenda-pdf-'));
let fileNo = 0;

function save(pdf: Buffer): string {
  const file = join(dir, `agenda-${++fileNo}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** Text as poppler extracts it; pages end with a form feed. */
function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', save(pdf), '-'], { encoding: 'utf8' });
}

function pdfInfo(pdf: Buffer): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', save(pdf)], { encoding: 'utf8' });
  return Object.fromEntries(
    out.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** Words joined by single spaces, so text that wrapped across lines still matches. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderAgendaPdf', () => {
  const kk = agendaFixture('kk');
  let kkPdf: Buffer;
  let kkText: string;

  beforeAll(async () => {
    kkPdf = await renderAgendaPdf(kk);
    kkText = pdfText(kkPdf);
  });

  it('extracts every Kazakh letter exactly', () => {
    expect(kkPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = flat(kkText);
    expect(text).toContain(kk.event.title);
    expect(text).toContain('Қаладан – Ауылға');
    expect(text).toContain('Нариман Төреғалиев');
    expect(text).toContain('Мұрат Мұқаев');
    expect(text).toContain('Гүлнұр Әбдіғалиқызы');
    expect(text).toContain('Айгүл Құрманғазиева');
    expect(text).toContain(KAZAKH_LETTERS);
    expect(text).toContain('әғқңөұүһі');
  });

  it('lays out days, times in the event zone, rooms and people with kk labels', () => {
    const text = flat(kkText);
    expect(text).toContain('2026 жылғы 6 желтоқсан');
    expect(text).toContain('2026 жылғы 7 желтоқсан');
    expect(text).toContain('Күн тәртібі');
    expect(text).toContain('10:00–10:20 Отырыстың ашылуы');
    expect(text).toContain('10:20–12:00');
    expect(text).toContain('Зал: Үлкен зал');
    expect(text).toContain('Модератор: Төлеубек Мұқашев, бірлестік төрағасы');
    expect(text).toContain('Баяндамашылар:');
    expect(text).toContain('1. Нариман Төреғалиев — облыс әкімі; «Өңірдегі әлеуметтік-экономикалық ахуал»; 15 мин');
    expect(text).toContain('Ұйымдастырушылар: Батыс Қазақстан облысының әкімдігі');
    expect(text).toContain('(UTC+05:00)');
    expect(text).toContain('Бет 1 / 1');
    // Speakers keep their order.
    const order = ['Төреғалиев', 'Мұқаев', 'Кушкинбаев', 'Саркулов', 'Умралеев'].map((n) => text.indexOf(n));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('indents the parallel seminars under their section', () => {
    const lines = kkText.split('\n');
    const indent = (needle: string) => {
      const line = lines.find((l) => l.includes(needle));
      expect(line).toBeDefined();
      return (line ?? '').indexOf(needle);
    };
    const section = indent('Семинар-тренингтер');
    expect(indent('Мемлекеттік сатып алу туралы')).toBeGreaterThan(section);
    expect(indent('Басқару және мемлекеттік қызметші имиджі')).toBeGreaterThan(section);
    expect(lines.filter((l) => l.trimStart().startsWith('13:00–14:30'))).toHaveLength(3);
  });

  it('uses Russian labels and dates for a ru agenda', async () => {
    const ru = agendaFixture('ru');
    const text = flat(pdfText(await renderAgendaPdf(ru)));
    expect(text).toContain(ru.event.title);
    expect(text).toContain('6 декабря 2026 г.');
    expect(text).toContain('7 декабря 2026 г.');
    expect(text).toContain('Повестка дня');
    expect(text).toContain('Модератор: Төлеубек Мұқашев, председатель ассоциации');
    expect(text).toContain('Докладчики:');
    expect(text).toContain('Организаторы:');
    expect(text).toContain('Место проведения:');
    expect(text).toContain('Зал: Большой зал');
    expect(text).toContain('15 мин');
    expect(text).toContain('Стр. 1 / 1');
    expect(text).not.toContain('Баяндамашылар');
  });

  it('sets the metadata and renders the same bytes for the same agenda', async () => {
    const info = pdfInfo(kkPdf);
    expect(info.Title).toBe(kk.event.title);
    expect(info['Page size']).toContain('(A4)');
    expect(info.Pages).toBe('1');
    const again = await renderAgendaPdf(agendaFixture('kk'));
    expect(again.equals(kkPdf)).toBe(true);
  });

  it('breaks a 60-session agenda into numbered pages', async () => {
    const pdf = await renderAgendaPdf(longAgendaFixture(60));
    const pages = Number(pdfInfo(pdf).Pages);
    expect(pages).toBeGreaterThan(1);
    const text = pdfText(pdf);
    expect(text.split('\f').filter((p) => p.trim() !== '')).toHaveLength(pages);
    const flatText = flat(text);
    for (let n = 1; n <= pages; n++) {
      expect(flatText).toContain(`Бет ${n} / ${pages}`);
    }
    expect(flatText).toContain('08:00–08:10 1. «Қаладан – Ауылға»');
    expect(flatText).toContain('17:50–18:00 60. «Қаладан – Ауылға»');
  });

  it('says so when the event is cancelled', async () => {
    const text = flat(pdfText(await renderAgendaPdf({ ...kk, event: { ...kk.event, status: 'cancelled' } })));
    expect(text).toContain('Іс-шара болдырылмады');
  });
});

describe('agenda date labels', () => {
  it('writes dates out in kk, ru and en on the event zone clock', () => {
    // 20:30 UTC is already the next day in Oral.
    expect(formatLocalDate('2026-12-06T20:30:00Z', 'Asia/Oral', 'kk')).toBe('2026 жылғы 7 желтоқсан');
    expect(formatLocalDate('2026-12-06T20:30:00Z', 'Asia/Oral', 'ru')).toBe('7 декабря 2026 г.');
    expect(formatLocalDate('2026-12-06T20:30:00Z', 'Asia/Oral', 'en')).toBe('7 December 2026');
    expect(formatLocalDate('2026-03-01', 'Asia/Almaty', 'kk')).toBe('2026 жылғы 1 наурыз');
    expect(formatLocalTime('2026-12-06T20:30:00Z', 'Asia/Almaty')).toBe('01:30');
    expect(formatLocalTime('2026-12-06T10:00:00+05:00', 'Asia/Oral')).toBe('10:00');
  });
});
