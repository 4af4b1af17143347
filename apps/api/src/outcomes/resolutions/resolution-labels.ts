import { agendaLabels } from '../../forum/agenda/agenda-labels';
import type { ResolutionDocument } from './resolution-document';

/** The two languages a resolution's document is set in. */
export type Lang = 'kk' | 'ru';
type Kind = ResolutionDocument['kind'];

/** The words the document prints around its own texts. */
export interface ResolutionLabels {
  kind: Record<Kind, string>;
  draft: string;
  responsible: string;
  executor: string;
  deadline: string;
  chair: string;
  page: string;
  vote(v: NonNullable<ResolutionDocument['vote']>): string;
  amends(kind: Kind, number: string): string;
  amendedBy(numbers: string[]): string;
}

const numbered = (numbers: string[]): string => numbers.map((n) => `№ ${n}`).join(', ');

const LABELS: Record<Lang, ResolutionLabels> = {
  kk: {
    kind: {
      resolution: 'ҚАУЛЫ',
      decision: 'ШЕШІМ',
      recommendations: 'ҰСЫНЫМДАР',
      protocol_instruction: 'ХАТТАМАЛЫҚ ТАПСЫРМА',
    },
    draft: 'ЖОБА',
    responsible: 'Жауапты',
    executor: 'Орындаушы',
    deadline: 'Мерзімі',
    chair: 'Төраға',
    page: agendaLabels('kk').page,
    vote: (v) =>
      `Дауыс беру нәтижесі: қолдағандар — ${v.for}, қарсы — ${v.against}, қалыс қалғандар — ${v.abstained}; ` +
      `қатысқандар — ${v.present}`,
    // The amended act is taken to be of the same kind as the amending one.
    amends: (kind, number) => {
      const act: Record<Kind, string> = {
        resolution: 'қаулысына',
        decision: 'шешіміне',
        recommendations: 'ұсынымдарына',
        protocol_instruction: 'хаттамалық тапсырмасына',
      };
      return `№ ${number} ${act[kind]} өзгерістер`;
    },
    amendedBy: (numbers) => `Өзгерістер енгізілген: ${numbered(numbers)}`,
  },
  ru: {
    kind: {
      resolution: 'ПОСТАНОВЛЕНИЕ',
      decision: 'РЕШЕНИЕ',
      recommendations: 'РЕКОМЕНДАЦИИ',
      protocol_instruction: 'ПРОТОКОЛЬНОЕ ПОРУЧЕНИЕ',
    },
    draft: 'ПРОЕКТ',
    responsible: 'Ответственный',
    executor: 'Исполнитель',
    deadline: 'Срок',
    chair: 'Председатель',
    page: agendaLabels('ru').page,
    vote: (v) =>
      `Итоги голосования: за — ${v.for}, против — ${v.against}, воздержались — ${v.abstained}; ` +
      `присутствовали — ${v.present}`,
    amends: (kind, number) => {
      const act: Record<Kind, string> = {
        resolution: 'постановлению',
        decision: 'решению',
        recommendations: 'рекомендациям',
        protocol_instruction: 'протокольному поручению',
      };
      return `Изменения к ${act[kind]} № ${number}`;
    },
    amendedBy: (numbers) => `Изменения внесены: ${numbered(numbers)}`,
  },
};

export function resolutionLabels(lang: Lang): ResolutionLabels {
  return LABELS[lang];
}
