import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatLocalDate } from '@app/common';
import type { ResolutionDocument } from './resolution-document';
import { renderResolutionPdf } from './resolution-pdf';

/*
 * The resolution adopted at the end of the Uralsk joint extended off-site session of the West Kazakhstan oblast
 * akimat and the Association of maslikhat deputies (reference article 000): the "Қаладан – Ауылға" pilot project.
 */
type Texts = { kk: string; ru: string };

const t = (kk: string, ru: string): Texts => ({ kk, ru });

const ASSOCIATION = t(
  '«Қазақстан мәслихаттары депутаттарының бірлестігі» РҚБ',
  'РОО «Ассоциация депутатов маслихатов Казахстана»',
);

function uralskResolution(): ResolutionDocument {
  return {
    kind: 'resolution',
    status: 'adopted',
    number: '7/2026',
    adoptedAt: '2026-12-07T17:30:00+05:00',
    timeZone: 'Asia/Oral',
    place: t('Орал қаласы', 'г. Уральск'),
    organizers: [t('Батыс Қазақстан облысының әкімдігі', 'Акимат Западно-Казахстанской области'), ASSOCIATION],
    eventTitle: t('Бірлескен кеңейтілген көшпелі отырыс', 'Совместное расширенное выездное заседание'),
    title: t(
      '«Қаладан – Ауылға» пилоттық жобасын іске асыру және жергілікті өзін-өзі басқаруды дамыту туралы',
      'О реализации пилотного проекта «Қаладан – Ауылға» и развитии местного самоуправления',
    ),
    preamble: t(
      'Облыс әкімінің, облыстық мәслихат төрағасының, Жаңақала, Казталов және Шыңғырлау аудандары әкімдерінің ' +
        'баяндамаларын тыңдап және талқылап, Батыс Қазақстан облысы әкімдігі мен бірлестіктің бірлескен ' +
        'кеңейтілген көшпелі отырысы қаулы етеді:',
      'Заслушав и обсудив доклады акима области, председателя областного маслихата, акимов Жангалинского, ' +
        'Казталовского и Чингирлауского районов, совместное расширенное выездное заседание акимата ' +
        'Западно-Казахстанской области и ассоциации постановляет:',
    ),
    points: [
      {
        number: 1,
        text: t(
          'Жаңақала, Казталов және Шыңғырлау аудандарының әкімдіктері «Қаладан – Ауылға» пилоттық жобасын ' +
            '2027 жылы барлық ауылдық округтерде іске асыруды қамтамасыз етсін.',
          'Акиматам Жангалинского, Казталовского и Чингирлауского районов обеспечить реализацию пилотного ' +
            'проекта «Қаладан – Ауылға» во всех сельских округах в 2027 году.',
        ),
        responsible: t('Аудандардың әкімдіктері', 'Акиматы районов'),
        executor: t('Ауылдық округтердің әкімдері', 'Акимы сельских округов'),
        dueDate: '2027-12-31',
      },
      {
        number: 2,
        text: t(
          'Облыстың білім басқармасы ауыл мектептерін жиһазбен және цифрлық құралдармен жабдықтау жоспарын ' +
            'әзірлесін.',
          'Управлению образования области разработать план оснащения сельских школ мебелью и цифровым ' +
            'оборудованием.',
        ),
        responsible: t(
          'Батыс Қазақстан облысының білім басқармасы',
          'Управление образования Западно-Казахстанской области',
        ),
        executor: null,
        dueDate: '2027-03-01',
      },
      {
        number: 3,
        text: t(
          'Облыстық мәслихат ауылдық округтер әкімдерінің жергілікті өзін-өзі басқару бюджетін қалыптастыру ' +
            'тәжірибесін жинақтап, ұсыныстар енгізсін.',
          'Областному маслихату обобщить практику формирования бюджета местного самоуправления акимами ' +
            'сельских округов и внести предложения.',
        ),
        responsible: t('Батыс Қазақстан облыстық мәслихаты', 'Западно-Казахстанский областной маслихат'),
        executor: null,
        dueDate: '2027-06-30',
      },
      {
        number: 4,
        text: t(
          'Бірлестік ауыл әкімдері мен мәслихат депутаттары үшін өңірлік семинар-тренингтер өткізіп, үздік ' +
            'тәжірибені тарату жұмысын ұйымдастырсын.',
          'Ассоциации провести региональные семинары-тренинги для сельских акимов и депутатов маслихатов и ' +
            'организовать распространение лучшей практики.',
        ),
        responsible: ASSOCIATION,
        executor: t('Бірлестіктің аппараты', 'Аппарат ассоциации'),
        dueDate: '2027-09-01',
      },
      {
        number: 5,
        text: t(
          'Осы қаулының орындалуын бақылау облыс әкімінің жетекшілік ететін орынбасарына жүктелсін.',
          'Контроль за исполнением настоящего постановления возложить на курирующего заместителя акима ' + 'области.',
        ),
        responsible: t('Облыс әкімінің аппараты', 'Аппарат акима области'),
        executor: null,
        dueDate: null,
      },
    ],
    vote: { for: 41, against: 2, abstained: 3, present: 46 },
    chair: {
      name: t('Төлеубек Мұқашев', 'Төлеубек Мұқашев'),
      position: t('бірлестік төрағасы', 'председатель ассоциации'),
    },
    amends: null,
    amendedBy: [],
    seal: null,
  };
}

function draftResolution(): ResolutionDocument {
  return { ...uralskResolution(), status: 'draft', number: null, adoptedAt: null, vote: null };
}

/** A road map of `count` points, each long enough to take several lines. */
function longResolution(count: number): ResolutionDocument {
  const base = uralskResolution();
  return {
    ...base,
    number: '12/2026',
    points: Array.from({ length: count }, (_, i) => ({
      number: i + 1,
      text: t(
        `«Қаладан – Ауылға» жол картасының ${i + 1}-тармағы: ауылдық округтің әкімі тұрғындармен кездесу ` +
          'өткізіп, ауыл шаруашылығы өнімдерін өңдеу, жол жөндеу, ауыз су құбырын тарту және мектептерді ' +
          'жиһазбен жабдықтау бойынша өңірлік ұсыныстарды жинақтап, орындалу барысы туралы мәслихатқа ' +
          'тоқсан сайын ақпарат ұсынсын.',
        `Пункт ${i + 1} дорожной карты «Қаладан – Ауылға»: акиму сельского округа провести встречу с ` +
          'жителями, обобщить предложения по переработке сельскохозяйственной продукции, ремонту дорог, ' +
          'подводу питьевой воды и оснащению школ мебелью и ежеквартально информировать маслихат о ходе ' +
          'исполнения.',
      ),
      responsible: t('Аудандардың әкімдіктері', 'Акиматы районов'),
      executor: t('Ауылдық округтердің әкімдері', 'Акимы сельских округов'),
      dueDate: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
    })),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'resolution-pdf-'));
let fileNo = 0;

function save(pdf: Buffer): string {
  const file = join(dir, `resolution-${++fileNo}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

/** Text as poppler extracts it, page by page (pages end with a form feed). */
function pdfPages(pdf: Buffer): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', save(pdf), '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page) => page.trim() !== '');
}

function pdfInfo(pdf: Buffer): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', save(pdf)], { encoding: 'utf8' });
  return Object.fromEntries(
    out.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]),
  );
}

/** Words joined by single spaces, so text that wrapped across lines still matches. */
function flat(text: string): string {
  return text.replace(/-[ \t]*\n[ \t]*/g, '-').replace(/\s+/g, ' ');
}

/** The first `n` words of a text: what certainly stands on its first line in a column. */
function opening(text: string, n = 2): string {
  return text.split(' ').slice(0, n).join(' ');
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderResolutionPdf', () => {
  const resolution = uralskResolution();
  let kkPdf: Buffer;
  let kkText: string;

  beforeAll(async () => {
    kkPdf = await renderResolutionPdf(resolution, 'kk');
    kkText = flat(pdfPages(kkPdf).join('\n'));
  });

  it('lays out the kk қаулы: header, date and number, points with their details, vote and signature', () => {
    expect(kkPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = kkText;
    expect(text).toContain('Батыс Қазақстан облысының әкімдігі');
    expect(text).toContain('«Қазақстан мәслихаттары депутаттарының бірлестігі» РҚБ');
    expect(text).toContain('ҚАУЛЫ');
    expect(text).toContain('2026 жылғы 7 желтоқсан № 7/2026');
    expect(text).toContain('Орал қаласы');
    expect(text).toContain(resolution.title.kk);
    expect(text).toContain(resolution.preamble?.kk);
    for (const point of resolution.points) {
      expect(text).toContain(`${point.number}. ${point.text.kk}`);
    }
    expect(text).toContain(
      'Жауапты: Аудандардың әкімдіктері Орындаушы: Ауылдық округтердің әкімдері Мерзімі: 2027 жылғы 31 желтоқсан',
    );
    expect(text).toContain('Жауапты: Батыс Қазақстан облысының білім басқармасы Мерзімі: 2027 жылғы 1 наурыз');
    expect(text).toContain('Жауапты: «Қазақстан мәслихаттары депутаттарының бірлестігі» РҚБ');
    expect(text).toContain('Орындаушы: Бірлестіктің аппараты Мерзімі: 2027 жылғы 1 қыркүйек');
    expect(text).toContain('Дауыс беру нәтижесі: қолдағандар — 41, қарсы — 2, қалыс қалғандар — 3; қатысқандар — 46');
    expect(text).toContain('Төраға');
    expect(text).toContain('бірлестік төрағасы');
    expect(text).toContain('Төлеубек Мұқашев');
    expect(text).toContain('Бет 1 / 1');
    for (const letter of 'әғқңөұүһі') {
      expect(text).toContain(letter);
    }
    // The last point names no deadline, and nothing Russian leaks into the kk document.
    expect(text).not.toContain('Мерзімі: Облыс');
    expect(text).not.toContain('ПОСТАНОВЛЕНИЕ');
    expect(text).not.toContain('Итоги голосования');
    expect(text).not.toContain('ЖОБА');
  });

  it('keeps the parts in the order of an official document', () => {
    const order = [
      'Батыс Қазақстан облысының әкімдігі',
      'ҚАУЛЫ',
      '№ 7/2026',
      'Орал қаласы',
      resolution.title.kk,
      '1. Жаңақала',
      '2. Облыстың',
      '3. Облыстық',
      '4. Бірлестік',
      '5. Осы',
      'Дауыс беру нәтижесі',
      'Төраға',
      'Төлеубек Мұқашев',
    ].map((needle) => kkText.indexOf(needle));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('writes the ru постановление with Russian labels and dates', async () => {
    const pdf = await renderResolutionPdf(resolution, 'ru');
    const text = flat(pdfPages(pdf).join('\n'));
    expect(text).toContain('Акимат Западно-Казахстанской области');
    expect(text).toContain('ПОСТАНОВЛЕНИЕ');
    expect(text).toContain('7 декабря 2026 г. № 7/2026');
    expect(text).toContain('г. Уральск');
    expect(text).toContain(resolution.title.ru);
    for (const point of resolution.points) {
      expect(text).toContain(`${point.number}. ${point.text.ru}`);
    }
    expect(text).toContain(
      'Ответственный: Акиматы районов Исполнитель: Акимы сельских округов Срок: 31 декабря 2027 г.',
    );
    expect(text).toContain('Срок: 1 марта 2027 г.');
    expect(text).toContain('Итоги голосования: за — 41, против — 2, воздержались — 3; присутствовали — 46');
    expect(text).toContain('Председатель');
    expect(text).toContain('председатель ассоциации');
    expect(text).toContain('Төлеубек Мұқашев');
    expect(text).toContain('Стр. 1 / 1');
    expect(text).not.toContain('ҚАУЛЫ');
    expect(text).not.toContain('Жауапты');
  });

  it('sets kk and ru side by side, each point starting on the same line in both columns', async () => {
    const pdf = await renderResolutionPdf(resolution, 'both');
    const pages = pdfPages(pdf);
    const lines = pages.flatMap((page) => page.split('\n').map(flat));
    const sameLine = (...needles: string[]) => lines.some((line) => needles.every((n) => line.includes(n)));

    expect(pages[0]).toContain('ҚАУЛЫ');
    expect(pages[0]).toContain('ПОСТАНОВЛЕНИЕ');
    expect(sameLine('ҚАУЛЫ', 'ПОСТАНОВЛЕНИЕ')).toBe(true);
    expect(sameLine('2026 жылғы 7 желтоқсан', '7 декабря 2026 г.')).toBe(true);
    expect(sameLine('Орал қаласы', 'г. Уральск')).toBe(true);
    for (const point of resolution.points) {
      const kk = `${point.number}. ${opening(point.text.kk)}`;
      const ru = `${point.number}. ${opening(point.text.ru)}`;
      expect(sameLine(kk, ru)).toBe(true);
      // kk is the left column.
      const line = lines.find((l) => l.includes(kk) && l.includes(ru)) ?? '';
      expect(line.indexOf(kk)).toBeLessThan(line.indexOf(ru));
    }
    expect(sameLine('Дауыс беру нәтижесі:', 'Итоги голосования:')).toBe(true);
    expect(sameLine('Төраға', 'Председатель')).toBe(true);
    expect(sameLine(`Бет 1 / ${pages.length}`, `Стр. 1 / ${pages.length}`)).toBe(true);

    const info = pdfInfo(pdf);
    expect(info.Title).toBe(`№ 7/2026 — ${resolution.title.kk} / ${resolution.title.ru}`);
  });

  it('marks a draft and prints no number or date', async () => {
    const draft = draftResolution();
    const kk = await renderResolutionPdf(draft, 'kk');
    const text = flat(pdfPages(kk).join('\n'));
    expect(text).toContain('ЖОБА');
    expect(text).toContain('ҚАУЛЫ');
    expect(text).toContain('Орал қаласы');
    expect(text).not.toContain('№');
    expect(text).not.toContain('2026 жылғы 7 желтоқсан');
    expect(text).not.toContain('Дауыс беру нәтижесі');
    expect(pdfInfo(kk).Title).toBe(`ЖОБА — ${draft.title.kk}`);

    const both = flat(pdfPages(await renderResolutionPdf(draft, 'both')).join('\n'));
    expect(both).toContain('ЖОБА');
    expect(both).toContain('ПРОЕКТ');
    expect(both).not.toContain('№');
    // A draft has no adoption instant: its bytes are still stable.
    expect((await renderResolutionPdf(draft, 'kk')).equals(kk)).toBe(true);
  });

  it('notes the resolution it amends and those that amended it', async () => {
    const amended: ResolutionDocument = { ...resolution, amends: '3/2026', amendedBy: ['9/2026'] };
    const kk = flat(pdfPages(await renderResolutionPdf(amended, 'kk')).join('\n'));
    expect(kk).toContain('№ 3/2026 қаулысына өзгерістер');
    expect(kk).toContain('Өзгерістер енгізілген: № 9/2026');
    const ru = flat(pdfPages(await renderResolutionPdf(amended, 'ru')).join('\n'));
    expect(ru).toContain('Изменения к постановлению № 3/2026');
    expect(ru).toContain('Изменения внесены: № 9/2026');
    expect(kkText).not.toContain('өзгерістер');
    expect(kkText).not.toContain('Өзгерістер');
  });

  it('breaks 40 long points into numbered pages without splitting a point', async () => {
    const long = longResolution(40);
    const pdf = await renderResolutionPdf(long, 'kk');
    const pageCount = Number(pdfInfo(pdf).Pages);
    expect(pageCount).toBeGreaterThan(2);
    const pages = pdfPages(pdf).map(flat);
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, i) => expect(page).toContain(`Бет ${i + 1} / ${pageCount}`));
    for (const point of long.points) {
      // The whole point, down to its deadline, stands on one page.
      const whole =
        `${point.number}. ${point.text.kk} Жауапты: Аудандардың әкімдіктері ` +
        `Орындаушы: Ауылдық округтердің әкімдері Мерзімі: ${formatLocalDate(point.dueDate ?? '', 'Asia/Oral', 'kk')}`;
      expect(pages.filter((page) => page.includes(whole))).toHaveLength(1);
    }
    expect(pages[pageCount - 1]).toContain('Төлеубек Мұқашев');
  });

  it('keeps the 40 point pairs aligned across pages side by side', async () => {
    const long = longResolution(40);
    const pdf = await renderResolutionPdf(long, 'both');
    const pageCount = Number(pdfInfo(pdf).Pages);
    expect(pageCount).toBeGreaterThan(2);
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(pageCount);
    const lines = pages.flatMap((page) => page.split('\n').map(flat));
    for (const point of long.points) {
      const kk = `${point.number}. ${opening(point.text.kk, 3)}`;
      const ru = `${point.number}. ${opening(point.text.ru, 2)}`;
      expect(lines.filter((l) => l.trimStart().startsWith(kk) && l.includes(` ${ru}`))).toHaveLength(1);
    }
    pages.forEach((page, i) => {
      expect(flat(page)).toContain(`Бет ${i + 1} / ${pageCount}`);
      expect(flat(page)).toContain(`Стр. ${i + 1} / ${pageCount}`);
    });
  });

  it('splits a preamble longer than a page without losing a word', async () => {
    const sentence = (i: number) => `${i}-сөйлем: ауыл әкімдерінің өңірлік тәжірибесі жинақталды.`;
    const preambleKk = Array.from({ length: 260 }, (_, i) => sentence(i + 1)).join(' ');
    const long: ResolutionDocument = {
      ...resolution,
      preamble: { kk: preambleKk, ru: 'Заслушав и обсудив доклады, заседание постановляет:' },
    };
    const pdf = await renderResolutionPdf(long, 'kk');
    // Footers stand between the last line of a page and the first of the next one.
    const text = flat(pdfPages(pdf).join('\n')).replace(/ Бет \d+ \/ \d+ /g, ' ');
    expect(Number(pdfInfo(pdf).Pages)).toBeGreaterThan(1);
    for (let i = 1; i <= 260; i++) {
      expect(text).toContain(sentence(i));
    }
    expect(text).toContain(`5. ${resolution.points[4].text.kk}`);

    const both = await renderResolutionPdf(long, 'both');
    const bothText = flat(pdfPages(both).join(' '));
    expect(bothText).toContain('260-сөйлем');
    expect(bothText).toContain('Итоги голосования');
  });

  it('is A4, titled by number and title, and gives the same bytes for the same input', async () => {
    const info = pdfInfo(kkPdf);
    expect(info.Title).toBe(`№ 7/2026 — ${resolution.title.kk}`);
    expect(info.Pages).toBe('1');
    const size = /^([\d.]+) x ([\d.]+) pts/.exec(info['Page size']);
    expect(size).not.toBeNull();
    expect([Math.round(Number(size?.[1])), Math.round(Number(size?.[2]))]).toEqual([595, 842]);
    expect(info['Page size']).toContain('(A4)');

    expect((await renderResolutionPdf(uralskResolution(), 'kk')).equals(kkPdf)).toBe(true);
    const both = await renderResolutionPdf(uralskResolution(), 'both');
    expect((await renderResolutionPdf(uralskResolution(), 'both')).equals(both)).toBe(true);
    expect(both.equals(kkPdf)).toBe(false);
  });

  it('prints the verification code, its page and a QR code under an adopted resolution, in every column language', async () => {
    const seal = { code: 'K7Q2M-9XD4R', url: 'https://forum.example.kz/verify/K7Q2M-9XD4R' };
    const sealed = await renderResolutionPdf({ ...uralskResolution(), seal }, 'both');
    const text = flat(pdfPages(sealed).join(' '));
    expect(text).toContain('K7Q2M-9XD4R');
    expect(text).toContain(seal.url);
    expect(text).toContain('Актінің түпнұсқалығын тексеру коды / Код проверки подлинности акта');
    // The QR code is one image; the unsealed document has none.
    const images = (pdf: Buffer): number =>
      execFileSync('pdfimages', ['-list', save(pdf)], { encoding: 'utf8' })
        .trim()
        .split('\n').length - 2;
    expect(images(sealed)).toBe(1);
    expect(images(await renderResolutionPdf(uralskResolution(), 'both'))).toBe(0);
  });
});
