import type { FieldErrors } from '../../lib/forms';
import type { Choice } from './Lookup';
import type { Resolution } from './types';
import { checkDate, checkText, LONG_TEXT_MAX, type SecretaryT, TITLE_MAX } from './validate';

export interface PointForm {
  key: string;
  textKk: string;
  textRu: string;
  responsible: Choice | null;
  executor: Choice | null;
  dueDate: string;
}

export interface DraftForm {
  kind: string;
  titleKk: string;
  titleRu: string;
  preambleKk: string;
  preambleRu: string;
  sessionId: string;
  points: PointForm[];
}

let keys = 0;
export const emptyPoint = (): PointForm => ({
  key: `p${keys++}`,
  textKk: '',
  textRu: '',
  responsible: null,
  executor: null,
  dueDate: '',
});

/** The form of a resolution's text, from a saved one (an edit, or the base of an amendment). */
export function formOf(resolution: Resolution | undefined, defaultSessionId: string): DraftForm {
  if (!resolution) {
    return {
      kind: 'resolution',
      titleKk: '',
      titleRu: '',
      preambleKk: '',
      preambleRu: '',
      sessionId: defaultSessionId,
      points: [emptyPoint()],
    };
  }
  return {
    kind: resolution.kind,
    titleKk: resolution.titles.kk,
    titleRu: resolution.titles.ru,
    preambleKk: resolution.preambles?.kk ?? '',
    preambleRu: resolution.preambles?.ru ?? '',
    sessionId: resolution.sessionId ?? defaultSessionId,
    points: resolution.points.map((p) => ({
      key: `p${keys++}`,
      textKk: p.texts.kk,
      textRu: p.texts.ru,
      responsible: p.responsible,
      executor: p.executor,
      dueDate: p.dueDate ?? '',
    })),
  };
}

export const comparable = (form: DraftForm): string =>
  JSON.stringify({ ...form, points: form.points.map(({ key: _k, ...p }) => p) });

/** What the secretary must fix before the draft is sent: both languages of each text, the dates. */
export function validateDraft(form: DraftForm, t: SecretaryT): FieldErrors {
  const found: FieldErrors = {};
  checkText(found, 'title.kk', form.titleKk, TITLE_MAX, t);
  checkText(found, 'title.ru', form.titleRu, TITLE_MAX, t);
  // A preamble is optional, but when given it needs both languages.
  if (form.preambleKk.trim() || form.preambleRu.trim()) {
    checkText(found, 'preamble.kk', form.preambleKk, LONG_TEXT_MAX, t);
    checkText(found, 'preamble.ru', form.preambleRu, LONG_TEXT_MAX, t);
  }
  if (form.points.length === 0) {
    found.points = t('required');
  }
  form.points.forEach((p, i) => {
    checkText(found, `points.${i}.text.kk`, p.textKk, LONG_TEXT_MAX, t);
    checkText(found, `points.${i}.text.ru`, p.textRu, LONG_TEXT_MAX, t);
    checkDate(found, `points.${i}.dueDate`, p.dueDate, t);
  });
  return found;
}

/** The draft as the API takes it. */
export const draftBody = (form: DraftForm): Record<string, unknown> => ({
  kind: form.kind,
  title: { kk: form.titleKk.trim(), ru: form.titleRu.trim() },
  ...(form.preambleKk.trim() ? { preamble: { kk: form.preambleKk, ru: form.preambleRu } } : {}),
  ...(form.sessionId ? { sessionId: form.sessionId } : {}),
  points: form.points.map((p) => ({
    text: { kk: p.textKk, ru: p.textRu },
    ...(p.responsible ? { responsibleOrganizationId: p.responsible.id } : {}),
    ...(p.executor ? { executorId: p.executor.id } : {}),
    ...(p.dueDate ? { dueDate: p.dueDate } : {}),
  })),
});
