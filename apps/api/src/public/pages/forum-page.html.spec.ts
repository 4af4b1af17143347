import type { Agenda } from '@app/contracts';
import { brotliCompressSync, constants } from 'node:zlib';
import { agendaFixture, longAgendaFixture } from '../../../../../test/support/agenda.fixture';
import { renderForumList } from './forum-list.html';
import { renderForumPage } from './forum-page.html';
import { markup, renderNotFound } from './html';

const SITE = 'https://forum.example.kz';

/** Tag names of the headings in document order, with their text. */
function headings(page: string): string[] {
  return [...page.matchAll(/<(h[1-6])[^>]*>(.*?)<\/\1>/g)].map((m) => `${m[1]} ${m[2].replace(/<[^>]+>/g, '')}`);
}

describe('html', () => {
  it('escapes every interpolated value but keeps markup it made itself', () => {
    const hostile = `<script>alert("x")</script>&'`;
    expect(
      markup`<p title="${hostile}">${hostile}${markup`<b>${hostile}</b>`}${[hostile, null, false]}</p>`.value,
    ).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;' +
        '<b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</b>' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;</p>',
    );
  });
});

describe('renderForumPage', () => {
  const kk = renderForumPage({ publicUrl: SITE, agenda: agendaFixture('kk'), resolutions: [], protocols: [] });

  it('is one document in the asked language with one h1, days as h2, sessions as h3 and sub-sessions as h4', () => {
    expect(kk.startsWith('<!doctype html><html lang="kk">')).toBe(true);
    const tree = headings(kk);
    expect(tree.filter((h) => h.startsWith('h1'))).toHaveLength(1);
    expect(tree).toEqual([
      'h1 «Қаладан – Ауылға» пилоттық жобасы бойынша бірлескен кеңейтілген көшпелі отырыс',
      'h2 1-күн · 2026 жылғы 6 желтоқсан',
      'h3 Отырыстың ашылуы',
      'h3 «Қаладан – Ауылға» жобасының жүзеге асырылу барысы',
      'h3 Түскі ас',
      'h3 Семинар-тренингтер',
      'h4 Мемлекеттік сатып алу туралы заңнамадағы өзгерістер',
      'h4 Басқару және мемлекеттік қызметші имиджі',
      'h2 2-күн · 2026 жылғы 7 желтоқсан',
      'h3 Жергілікті өзін-өзі басқаруды дамыту: ауыл әкімдерінің тәжірибесі',
      'h3 Көшпелі отырыстың қаулысын қабылдау',
    ]);
    // No script runs: the one <script> is the JSON-LD data block.
    expect(kk).not.toMatch(/<script(?! type="application\/ld\+json">)/i);
  });

  it('gives times on the event clock with its offset, kinds in the domain words, and speakers in order', () => {
    expect(kk).toContain('<time datetime="2026-12-06T10:20:00+05:00">10:20</time>');
    expect(kk).toContain('Пленарлық отырыс · Зал: Үлкен зал');
    const plenary = kk.slice(kk.indexOf('жүзеге асырылу барысы'), kk.indexOf('Түскі ас'));
    const order = ['Нариман Төреғалиев', 'Мұрат Мұқаев', 'Алпамыс Кушкинбаев', 'Асланбек Саркулов', 'Мұрат Умралеев'];
    const positions = order.map((name) => plenary.indexOf(name));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(plenary).toContain('— Өңірдегі әлеуметтік-экономикалық ахуал <span class="m">(15 мин)</span>');
    expect(plenary).toContain('Модератор: <b>Төлеубек Мұқашев</b>, бірлестік төрағасы');
  });

  it('lists the materials under their sessions and the forum, each with its type and size', () => {
    const agenda = agendaFixture('ru');
    const plenary = agenda.days[0].sessions[1];
    const ru = renderForumPage({
      publicUrl: SITE,
      agenda,
      resolutions: [],
      protocols: [],
      materials: [
        {
          sessionId: null,
          title: 'Программа',
          fileType: 'pdf',
          sizeLabel: '48 КБ',
          url: '/api/v1/materials/a',
          language: 'ru',
        },
        {
          sessionId: plenary.id,
          title: 'Доклад <акима>',
          fileType: 'pptx',
          sizeLabel: '2,4 МБ',
          url: '/api/v1/materials/b',
          language: 'kk',
        },
      ],
    });
    expect(headings(ru)).toContain('h2 Материалы');
    expect(ru).toContain(
      '<ul class="mat"><li><a href="/api/v1/materials/a" hreflang="ru" download>Программа</a> <span class="m">(PDF, 48 КБ)</span></li></ul>',
    );
    const session = ru.slice(ru.indexOf(plenary.title), ru.indexOf(agenda.days[0].sessions[2].title));
    expect(session).toContain('Доклад &lt;акима&gt;</a> <span class="m">(PPTX, 2,4 МБ)</span>');
  });

  it('shows the seminars of a section as parallel sessions and the seats left', () => {
    const agenda = agendaFixture('ru');
    agenda.days[0].sessions[3].children[0].seats = 40;
    agenda.days[0].sessions[3].children[0].seatsLeft = 12;
    const ru = renderForumPage({ publicUrl: SITE, agenda, resolutions: [], protocols: [] });
    expect(ru).toContain('<ul class="par" aria-label="Параллельные сессии">');
    expect(ru).toContain('Свободных мест: 12 из 40');
    expect(ru).toContain('Семинар-тренинг · Зал: №2');
  });

  it('links the calendar, the PDF, registration and adopted resolutions in the language of the page', () => {
    const agenda = agendaFixture('ru');
    const id = agenda.event.id;
    const ru = renderForumPage({
      publicUrl: SITE,
      agenda,
      resolutions: [
        {
          id: 'r1',
          number: '1/2026',
          label: 'Постановление № 1/2026',
          title: 'О ходе проекта',
          adoptedAt: '2026-12-07T12:25:00+05:00',
          place: 'г. Тараз',
        },
        { id: 'r2', number: '1/2026', label: 'Рекомендации № 1/2026', title: 'О молодёжи', adoptedAt: null },
      ],
      protocols: [],
    });
    expect(ru).toContain(`href="/api/v1/events/${id}/agenda.ics?lang=ru"`);
    expect(ru).toContain(`href="/api/v1/events/${id}/agenda.pdf?lang=ru"`);
    expect(ru).toContain(`href="/my?register=${id}"`);
    expect(ru).toContain('<h2 id="res">Принятые постановления</h2>');
    // Labelled and numbered by their kind (issue 22, item 10), with the place of adoption (item 2).
    expect(ru).toContain('href="/api/v1/resolutions/r1.pdf?lang=ru">Постановление № 1/2026 О ходе проекта (PDF)</a>');
    expect(ru).toContain('href="/api/v1/resolutions/r2.pdf?lang=ru">Рекомендации № 1/2026 О молодёжи (PDF)</a>');
    expect(ru).toContain('принято 7 декабря 2026 г., г. Тараз');
  });

  it('lists published protocols and addenda: number, meeting date, session, what an addendum corrects, PDFs, code', () => {
    const protocols = [
      {
        id: 'p1',
        kind: 'protocol' as const,
        number: '1/2026',
        meetingDate: '2026-12-06',
        session: null,
        addends: null,
        verificationCode: 'K7Q2M-9XD4R',
      },
      {
        id: 'p2',
        kind: 'protocol' as const,
        number: '2/2026',
        meetingDate: '2026-12-07',
        session: '<b>Семинар</b>',
        addends: null,
        verificationCode: null,
      },
      {
        id: 'p3',
        kind: 'addendum' as const,
        number: '3/2026',
        meetingDate: '2026-12-08',
        session: null,
        addends: { id: 'p1', number: '1/2026' },
        verificationCode: 'ABCDE-12345',
      },
      {
        id: 'p4',
        kind: 'addendum' as const,
        number: '4/2026',
        meetingDate: '2026-12-09',
        session: null,
        // Corrects a protocol approved but not published: named, not linked.
        addends: { id: 'p9', number: '9/2026' },
        verificationCode: null,
      },
    ];
    const ru = renderForumPage({ publicUrl: SITE, agenda: agendaFixture('ru'), resolutions: [], protocols });
    expect(headings(ru)).toContain('h2 Протоколы');
    const section = ru.slice(ru.indexOf('<section aria-labelledby="prot">'));
    expect(section).toContain(
      '<li id="pr-p1"><p><b>Протокол № 1/2026</b> <span class="m">— Дата заседания: <time datetime="2026-12-06">06.12.2026</time></span></p>',
    );
    expect(section).toContain(
      '<a href="/api/v1/protocols/p1.pdf?lang=kk" hreflang="kk" type="application/pdf">PDF на казахском</a>',
    );
    expect(section).toContain(
      '<a href="/api/v1/protocols/p1.pdf?lang=ru" hreflang="ru" type="application/pdf">PDF на русском</a>',
    );
    expect(section).toContain('Код проверки: <a href="/verify/K7Q2M-9XD4R">K7Q2M-9XD4R</a>');
    expect(section).toContain('Сессия: &lt;b&gt;Семинар&lt;/b&gt;');
    expect(section).toContain('<b>Дополнение к протоколу № 3/2026</b>');
    expect(section).toContain('<a href="#pr-p1">исправляет протокол № 1/2026</a>');
    expect(section).toContain('<p class="m">исправляет протокол № 9/2026</p>');
    expect(section).not.toContain('#pr-p9');
    const kk = renderForumPage({
      publicUrl: SITE,
      agenda: agendaFixture('kk'),
      resolutions: [],
      protocols: protocols.slice(0, 1),
    });
    expect(kk).toContain('<h2 id="prot">Хаттамалар</h2>');
    expect(kk).toContain(
      '<b>Хаттама № 1/2026</b> <span class="m">— Отырыс күні: <time datetime="2026-12-06">06.12.2026</time>',
    );
    expect(kk).toContain('PDF, қазақша</a> · <a href="/api/v1/protocols/p1.pdf?lang=ru"');
    expect(kk).toContain('Тексеру коды: <a href="/verify/K7Q2M-9XD4R">');
    // No published protocol, no section.
    expect(
      renderForumPage({ publicUrl: SITE, agenda: agendaFixture('kk'), resolutions: [], protocols: [] }),
    ).not.toContain('prot');
  });

  it('offers no registration once the forum is closed, and says so', () => {
    const agenda = agendaFixture('kk');
    agenda.event.status = 'closed';
    const page = renderForumPage({ publicUrl: SITE, agenda, resolutions: [], protocols: [] });
    expect(page).not.toContain('/my?register=');
    expect(page).toContain('Форум өтті');
  });

  it('marks a Kazakh text shown on an English page as Kazakh', () => {
    const agenda = agendaFixture('en');
    agenda.days[0].sessions[0].title = 'Отырыстың ашылуы';
    const en = renderForumPage({ publicUrl: SITE, agenda, resolutions: [], protocols: [] });
    expect(en.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(en).toContain('<h3><span lang="kk">Отырыстың ашылуы</span></h3>');
    expect(en).toContain('<h3>Lunch</h3>');
  });

  it('escapes a hostile title everywhere it appears', () => {
    const agenda: Agenda = agendaFixture('kk');
    agenda.event.title = '<script>alert(1)</script>';
    agenda.days[0].sessions[0].title = '<img src=x onerror=alert(1)>';
    const page = renderForumPage({ publicUrl: SITE, agenda, resolutions: [], protocols: [] });
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img');
    expect(page).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(page).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt; · Akim Forum</title>');
    // Inside the JSON-LD the title is JSON with `<` escaped: it cannot close the block, and reads back verbatim.
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)![1];
    expect(jsonLd).not.toContain('<');
    expect(JSON.parse(jsonLd).name).toBe('<script>alert(1)</script>');
  });

  it('stays far below 30 KB compressed for a long day of 90 sessions', () => {
    const page = renderForumPage({
      publicUrl: SITE,
      agenda: longAgendaFixture(90, 'kk'),
      resolutions: [],
      protocols: [],
    });
    const compressed = brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } });
    expect(headings(page).filter((h) => h.startsWith('h3'))).toHaveLength(90);
    expect(compressed.length).toBeLessThan(30 * 1024);
  });
});

describe('renderForumList', () => {
  it('lists the forums with their dates, place and region, and a GET filter form keeping the choice', () => {
    const page = renderForumList({
      publicUrl: SITE,
      lang: 'ru',
      filter: { region: 'KZ-19', kind: 'forum' },
      regions: [
        { code: 'KZ-19', name: 'Алматинская область' },
        { code: 'KZ-27', name: 'Западно-Казахстанская область' },
      ],
      forums: [
        {
          slug: 'almaty-forum',
          kind: 'forum',
          title: 'Форум сельских акимов',
          startsAt: '2026-12-06T10:00:00+05:00',
          endsAt: '2026-12-06T17:00:00+05:00',
          timeZone: 'Asia/Almaty',
          venue: 'Дворец культуры',
          address: 'г. Конаев',
          region: 'Алматинская область',
        },
      ],
    });
    expect(page.startsWith('<!doctype html><html lang="ru">')).toBe(true);
    expect(headings(page)).toEqual(['h1 Предстоящие форумы', 'h2 Форум сельских акимов']);
    expect(page).toContain('<form method="get" action="/"');
    expect(page).toContain('<option value="KZ-19" selected>Алматинская область</option>');
    expect(page).toContain('<option value="forum" selected>Форум</option>');
    expect(page).toContain('<a href="/events/almaty-forum">Форум сельских акимов</a>');
    expect(page).toContain('6 декабря 2026 г., <time datetime="2026-12-06T10:00:00+05:00">10:00</time>');
    // The language switch keeps the filter.
    expect(page).toContain('href="?region=KZ-19&amp;kind=forum&amp;lang=kk" lang="kk"');
    expect(page).toContain('lang="ru" hreflang="ru" aria-current="true">Русский</a>');
  });

  it('says when nothing matches', () => {
    const page = renderForumList({ publicUrl: SITE, lang: 'kk', filter: {}, regions: [], forums: [] });
    expect(page).toContain('Таңдалған сүзгі бойынша алдағы форумдар жоқ.');
  });
});

describe('renderNotFound', () => {
  it('is a page in the reader language that leads back to the list', () => {
    const page = renderNotFound('ru', '/events/<x>');
    expect(page).toContain('<html lang="ru">');
    expect(page).toContain('<h1>Страница не найдена</h1>');
    expect(page).toContain('<a href="/">Вернуться к списку форумов</a>');
    expect(page).not.toContain('<x>');
  });
});
