#!/usr/bin/env node
// Writes apps/api/src/demo/data/plans/wko-road-map.json: the 122-point regional road map of West Kazakhstan that
// seed article 002 reports as 24 % done. The points are invented from the article's themes (roads, social objects,
// housing, land returned, internet in villages, micro-credits, jobs) and spread over the oblast's districts, with
// deadlines over two years and dated progress. Deterministic: the same file on every run.
//   node scripts/generate-demo-road-map.mjs
import { writeFileSync } from 'node:fs';

let seed = 2027;
/** A whole number below n from a fixed sequence (the high bits of a linear congruential generator). */
const next = (n) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor(seed / 65536) % n;
};

const DISTRICTS = [
  ['oral-akimat', 'KZ-27-ORAL', 'Орал қаласында', 'в городе Уральске'],
  ['zhanakala-akimat', 'KZ-27-ZHANAKALA', 'Жаңақала ауданында', 'в Жанакалинском районе'],
  ['kaztalov-akimat', 'KZ-27-KAZTALOV', 'Казталов ауданында', 'в Казталовском районе'],
  ['shyngyrlau-akimat', 'KZ-27-SHYNGYRLAU', 'Шыңғырлау ауданында', 'в Шынгырлауском районе'],
  ['terekti-akimat', 'KZ-27-TEREKTI', 'Теректі ауданында', 'в Теректинском районе'],
  ['burlin-akimat', 'KZ-27-BURLIN', 'Бөрлі ауданында', 'в Бурлинском районе'],
  ['bayterek-akimat', 'KZ-27-BAYTEREK', 'Бәйтерек ауданында', 'в Байтерекском районе'],
  ['akzhaik-akimat', 'KZ-27-AKZHAIK', 'Ақжайық ауданында', 'в Акжаикском районе'],
  ['bokeyorda-akimat', 'KZ-27-BOKEYORDA', 'Бөкей ордасы ауданында', 'в Бокейординском районе'],
  ['zhanibek-akimat', 'KZ-27-ZHANIBEK', 'Жәнібек ауданында', 'в Жанибекском районе'],
  ['karatobe-akimat', 'KZ-27-KARATOBE', 'Қаратөбе ауданында', 'в Каратобинском районе'],
  ['syrym-akimat', 'KZ-27-SYRYM', 'Сырым ауданында', 'в Сырымском районе'],
  ['taskala-akimat', 'KZ-27-TASKALA', 'Тасқала ауданында', 'в Таскалинском районе'],
];

/** [responsible department or null for the district's akimat, weight, kk, ru, en] with «{n}» for a number. */
const MEASURES = [
  [
    'wko-roads',
    3,
    'аудандық маңызы бар {n} км жолды орташа жөндеу',
    'средний ремонт {n} км дорог районного значения',
    'repair {n} km of district roads',
  ],
  [
    'wko-roads',
    2,
    'ауылдарға {n} жаңа автобус бағытын ашу',
    'открыть {n} новых автобусных маршрута в сёла',
    'open {n} bus routes to villages',
  ],
  ['wko-education', 3, '{n} орындық мектеп салу', 'построить школу на {n} мест', 'build a {n}-place school'],
  [
    'wko-education',
    2,
    '{n} орындық балабақшаны пайдалануға беру',
    'ввести детский сад на {n} мест',
    'open a {n}-place kindergarten',
  ],
  [
    'wko-health',
    2,
    '{n} медициналық пункт пен фельдшерлік-акушерлік пунктті салу',
    'построить {n} медпункта и ФАП',
    'build {n} rural health posts',
  ],
  [
    'wko-housing',
    3,
    '{n} ауылды орталықтандырылған сумен жабдықтау',
    'обеспечить центральным водоснабжением {n} сёл',
    'bring piped water to {n} villages',
  ],
  ['wko-housing', 2, '{n} ауылды газбен жабдықтау', 'газифицировать {n} сёл', 'bring gas to {n} villages'],
  [
    'wko-housing',
    1,
    '{n} ауылдың көше жарығын жаңарту',
    'обновить уличное освещение в {n} сёлах',
    'renew street lighting in {n} villages',
  ],
  [
    null,
    2,
    'кезекте тұрғандарға {n} тұрғын үй салып беру',
    'построить и передать очередникам {n} жилых домов',
    'build {n} homes for those on the waiting list',
  ],
  [
    'wko-agriculture',
    2,
    '«Жер аманаты» бойынша {n} мың га жерді мемлекет меншігіне қайтару',
    'вернуть в госсобственность {n} тыс. га земли по проекту «Жер аманаты»',
    'return {n} thousand ha of land to the state ("Zher amanaty")',
  ],
  [
    'wko-entrepreneurship',
    2,
    '«Ауыл аманаты» бойынша {n} микронесие беру',
    'выдать {n} микрокредитов по проекту «Ауыл аманаты»',
    'grant {n} micro-credits ("Auyl amanaty")',
  ],
  ['wko-entrepreneurship', 1, '{n} жаңа жұмыс орнын ашу', 'создать {n} новых рабочих мест', 'create {n} new jobs'],
  [
    'wko-digital',
    2,
    '{n} ауылда интернет сапасын жақсарту',
    'улучшить качество интернета в {n} сёлах',
    'improve internet access in {n} villages',
  ],
  [
    null,
    1,
    '{n} ауылдың даму жоспарын бекіту және жариялау',
    'утвердить и опубликовать планы развития {n} сёл',
    'adopt and publish development plans of {n} villages',
  ],
  [null, 1, '{n} спорт алаңын салу', 'построить {n} спортивных площадок', 'build {n} sports grounds'],
  [
    null,
    1,
    'ауылдық округтердің бюджетінің кіріс бөлігін {n}% ұлғайту',
    'увеличить доходную часть бюджетов сельских округов на {n}%',
    'raise the rural districts’ own revenue by {n}%',
  ],
];

const NOTES = [
  ['Жұмыс басталды, мердігер анықталды', 'Работы начаты, подрядчик определён', 'Work started, contractor chosen'],
  ['Жобалау-сметалық құжаттама әзірленді', 'Разработана проектно-сметная документация', 'Design documents ready'],
  ['Жұмыстың жартысы орындалды', 'Выполнена половина работ', 'Half of the work done'],
  [
    'Қаржыландыру бөлінді, жұмыс жалғасуда',
    'Выделено финансирование, работы продолжаются',
    'Funds allocated, work continues',
  ],
  ['Нысан пайдалануға берілді', 'Объект введён в эксплуатацию', 'Handed over'],
];

const today0 = -360; // the plan started about a year before the day of loading
const points = [];
for (let i = 0; i < 122; i++) {
  const [district, region, whereKk, whereRu] = DISTRICTS[i % DISTRICTS.length];
  const [department, weight, kk, ru, en] = MEASURES[(i * 7 + next(3)) % MEASURES.length];
  const n = 2 + next(28);
  // Deadlines from ten months ago to fourteen months ahead: some are past, some come soon, most lie ahead.
  const dueInDays = -300 + Math.floor((i * 720) / 122) + next(20);
  points.push({
    number: i + 1,
    text: {
      kk: `${whereKk} ${kk.replace('{n}', n)}`,
      ru: `${ru.replace('{n}', n)} ${whereRu}`.replace(/^./, (c) => c.toUpperCase()),
      en: `${en.replace('{n}', n)} (${region.slice(6).toLowerCase()})`.replace(/^./, (c) => c.toUpperCase()),
    },
    responsibleKey: department ?? district,
    regionCode: region,
    dueInDays,
    weight,
    progress: [],
  });
}

/** Progress as it was reported: up to `percent` in one to three dated steps, the last `lastDaysAgo` days ago. */
const report = (point, percent, lastDaysAgo) => {
  const steps = percent === 100 ? 3 : percent > 40 ? 2 : 1;
  for (let s = 1; s <= steps; s++) {
    const value = s === steps ? percent : Math.round((percent * s) / (steps + 1) / 5) * 5 || 5;
    const daysAgo = lastDaysAgo + (steps - s) * (21 + next(40));
    const note = value === 100 ? NOTES[4] : NOTES[Math.min(3, s - 1 + next(2))];
    point.progress.push({ daysAgo, percent: value, note: { kk: note[0], ru: note[1], en: note[2] } });
  }
};

// The points due long ago are mostly done, those due soon under way, those far ahead mostly not begun; then the
// figure is brought to the article's 24 % by the share of the last points under way.
for (const point of points) {
  const due = point.dueInDays;
  const roll = next(10);
  if (due < -120 && roll < 5) {
    report(point, 100, Math.max(3, -due - 30 + next(30)));
  } else if (due < 60 && roll < 7) {
    report(point, [20, 30, 40, 50, 60, 70][next(6)], 3 + next(60));
  } else if (roll < 2) {
    report(point, [10, 15, 20][next(3)], 5 + next(40));
  }
}
const percentOf = (p) => p.progress.at(-1)?.percent ?? 0;
const weighted = () =>
  points.reduce((s, p) => s + p.weight * percentOf(p), 0) / points.reduce((s, p) => s + p.weight, 0);
for (const point of [...points].reverse()) {
  if (Math.abs(weighted() - 24) < 0.3) {
    break;
  }
  const last = point.progress.at(-1);
  if (weighted() > 24 && last && last.percent < 100) {
    point.progress = [];
  } else if (weighted() < 24 && !last) {
    report(point, 10, 7 + next(20));
  }
}

const plan = {
  key: 'wko-road-map',
  title: {
    kk: '«Халықпен бірге!» бағдарламасы бойынша Батыс Қазақстан облысының өңірлік жол картасы, 2023–2027',
    ru: 'Региональная дорожная карта Западно-Казахстанской области по программе «Вместе с народом!» на 2023–2027 годы',
    en: 'Regional road map of West Kazakhstan for the "Together with the people!" programme, 2023–2027',
  },
  ownerKey: 'wko-akimat',
  eventSlug: 'wko-rural-akims-forum',
  startsInDays: today0,
  endsInDays: today0 + 5 * 365,
  points,
};
const file = new URL('../apps/api/src/demo/data/plans/wko-road-map.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(plan, null, 2)}\n`);
process.stdout.write(`${points.length} points, ${weighted().toFixed(1)} % weighted\n`);
