import type { PollChoice, PollMode, ResolutionKind, ResolutionVote } from '@app/contracts';

/** The act a decision adopts, by its kind, as the sentence "…қабылдансын" / "Принять …" needs it. */
const DECIDED_ACT: Record<'kk' | 'ru', Record<ResolutionKind, string>> = {
  kk: {
    resolution: 'қаулысы',
    decision: 'шешімі',
    recommendations: 'ұсынымдары',
    protocol_instruction: 'хаттамалық тапсырмасы',
  },
  ru: {
    resolution: 'постановление',
    decision: 'решение',
    recommendations: 'рекомендации',
    protocol_instruction: 'протокольное поручение',
  },
};

/** The two languages a protocol's document is set in. */
export type DocLang = 'kk' | 'ru';

/** The words a protocol's document prints around its own texts. */
export interface ProtocolLabels {
  protocol: string;
  addendum(number: string | null): string;
  draft: string;
  chair: string;
  secretary: string;
  present(n: number, of: number): string;
  absent: string;
  guests: string;
  quorum(reached: boolean, present: number, required: number): string;
  /** The annex of those present; numbered when the protocol has two annexes. */
  annex(n: number | null): string;
  seeAnnex: string;
  /** The annex of the votes by name. */
  rollAnnex(n: number | null): string;
  seeRollAnnex: string;
  byName(mode: PollMode): string;
  choice(c: PollChoice | null): string;
  agenda: string;
  heard: string;
  spoke: string;
  decided: string;
  instructions: string;
  responsible: string;
  executor: string;
  deadline: string;
  vote(v: ResolutionVote): string;
  /** What was decided by adopting an act, named by its kind (a resolution when the record predates kinds). */
  resolution(number: string | null, title: string, kind?: ResolutionKind): string;
  signed(at: string): string;
  page: string;
  verificationCode: string;
  addenda(numbers: string[]): string;
}

const LABELS: Record<DocLang, ProtocolLabels> = {
  kk: {
    protocol: 'ХАТТАМА',
    addendum: (n) => (n ? `№ ${n} ХАТТАМАҒА ҚОСЫМША` : 'ХАТТАМАҒА ҚОСЫМША'),
    draft: 'ЖОБА',
    chair: 'Төраға',
    secretary: 'Хатшы',
    present: (n, of) => `Қатысқандар: ${n} (барлығы ${of} мүше)`,
    absent: 'Қатыспағандар',
    guests: 'Шақырылғандар',
    quorum: (reached, present, required) =>
      reached
        ? `Кворум бар: ${present} мүше қатысты, кемінде ${required} қажет`
        : `Кворум жоқ: ${present} мүше қатысты, кемінде ${required} қажет`,
    annex: (n) => `${n ? `${n}-қосымша` : 'Қосымша'}. Қатысқандар тізімі`,
    seeAnnex: 'тізімі қосымшада',
    rollAnnex: (n) => `${n ? `${n}-қосымша` : 'Қосымша'}. Атаулы дауыс беру нәтижелері`,
    seeRollAnnex: 'кім қалай дауыс бергені қосымшада',
    byName: (mode) => (mode === 'electronic' ? 'Электронды атаулы дауыс беру' : 'Атаулы дауыс беру (хатшы белгіледі)'),
    choice: (c) =>
      c === 'for' ? 'қолдады' : c === 'against' ? 'қарсы' : c === 'abstained' ? 'қалыс қалды' : 'дауыс бермеді',
    agenda: 'КҮН ТӘРТІБІ',
    heard: 'ТЫҢДАЛДЫ',
    spoke: 'СӨЙЛЕДІ',
    decided: 'ҚАУЛЫ ЕТТІ',
    instructions: 'ТАПСЫРМАЛАР',
    responsible: 'Жауапты',
    executor: 'Орындаушы',
    deadline: 'Мерзімі',
    vote: (v) => `Дауыс беру нәтижесі: қолдағандар — ${v.for}, қарсы — ${v.against}, қалыс қалғандар — ${v.abstained}`,
    resolution: (n, title, kind = 'resolution') => {
      const act = DECIDED_ACT.kk[kind];
      return n ? `№ ${n} «${title}» ${act} қабылдансын` : `«${title}» ${act} қабылдансын`;
    },
    signed: (at) => `қол қойылды: ${at}`,
    page: 'Бет',
    verificationCode: 'Актінің түпнұсқалығын тексеру коды',
    addenda: (numbers) => `Қосымшалар: ${numbers.map((n) => `№ ${n}`).join(', ')}`,
  },
  ru: {
    protocol: 'ПРОТОКОЛ',
    addendum: (n) => (n ? `ДОПОЛНЕНИЕ К ПРОТОКОЛУ № ${n}` : 'ДОПОЛНЕНИЕ К ПРОТОКОЛУ'),
    draft: 'ПРОЕКТ',
    chair: 'Председатель',
    secretary: 'Секретарь',
    present: (n, of) => `Присутствовали: ${n} (всего членов ${of})`,
    absent: 'Отсутствовали',
    guests: 'Приглашённые',
    quorum: (reached, present, required) =>
      reached
        ? `Кворум имеется: присутствуют ${present}, нужно не меньше ${required}`
        : `Кворума нет: присутствуют ${present}, нужно не меньше ${required}`,
    annex: (n) => `Приложение${n ? ` ${n}` : ''}. Список присутствовавших`,
    seeAnnex: 'список в приложении',
    rollAnnex: (n) => `Приложение${n ? ` ${n}` : ''}. Результаты поимённого голосования`,
    seeRollAnnex: 'кто как голосовал — в приложении',
    byName: (mode) =>
      mode === 'electronic' ? 'Электронное поимённое голосование' : 'Поимённое голосование (отмечено секретарём)',
    choice: (c) =>
      c === 'for' ? 'за' : c === 'against' ? 'против' : c === 'abstained' ? 'воздержался' : 'не голосовал',
    agenda: 'ПОВЕСТКА ДНЯ',
    heard: 'СЛУШАЛИ',
    spoke: 'ВЫСТУПИЛИ',
    decided: 'ПОСТАНОВИЛИ',
    instructions: 'ПОРУЧЕНИЯ',
    responsible: 'Ответственный',
    executor: 'Исполнитель',
    deadline: 'Срок',
    vote: (v) => `Итоги голосования: за — ${v.for}, против — ${v.against}, воздержались — ${v.abstained}`,
    resolution: (n, title, kind = 'resolution') => {
      const act = DECIDED_ACT.ru[kind];
      return n ? `Принять ${act} № ${n} «${title}»` : `Принять ${act} «${title}»`;
    },
    signed: (at) => `подписано: ${at}`,
    page: 'Стр.',
    verificationCode: 'Код проверки подлинности акта',
    addenda: (numbers) => `Дополнения: ${numbers.map((n) => `№ ${n}`).join(', ')}`,
  },
};

export function protocolLabels(lang: DocLang): ProtocolLabels {
  return LABELS[lang];
}
