/** The kinds of document a forum adopts, and the execution statuses of their points. */
export const RESOLUTION_KINDS = ['resolution', 'decision', 'recommendations', 'protocol_instruction'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];
export const POINT_STATUSES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export type PointStatus = (typeof POINT_STATUSES)[number];

/**
 * What each kind of document is called (kk/ru/en), for labels that follow the kind: "Рекомендации № 1/2026",
 * not "resolution № 1/2026". Each kind is numbered in its own series per organizer and year.
 */
export const RESOLUTION_KIND_NAMES: Record<'kk' | 'ru' | 'en', Record<ResolutionKind, string>> = {
  kk: {
    resolution: 'Қаулы',
    decision: 'Шешім',
    recommendations: 'Ұсынымдар',
    protocol_instruction: 'Хаттамалық тапсырма',
  },
  ru: {
    resolution: 'Постановление',
    decision: 'Решение',
    recommendations: 'Рекомендации',
    protocol_instruction: 'Протокольное поручение',
  },
  en: {
    resolution: 'Resolution',
    decision: 'Decision',
    recommendations: 'Recommendations',
    protocol_instruction: 'Protocol instruction',
  },
};

/** "Рекомендации № 1/2026"; the kind's name alone while it has no number. */
export function actLabel(kind: ResolutionKind, number: string | null, lang: 'kk' | 'ru' | 'en'): string {
  const name = RESOLUTION_KIND_NAMES[lang][kind];
  return number ? `${name} № ${number}` : name;
}
