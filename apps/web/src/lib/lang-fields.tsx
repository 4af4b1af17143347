import { LANGUAGES, type Language } from '@app/contracts';
import type { ReactNode } from 'react';
import { type ApiError } from './api';
import { type Messages, useTexts } from './i18n';
import { FieldError } from './ui';
import { describedBy, fieldMessage } from './forms';

/** The one component for a human text in kk, ru and en, in every app that edits one. */
const TEXTS: Messages<'lang_kk' | 'lang_ru' | 'lang_en' | 'optional' | 'completeness' | 'missingTexts'> = {
  kk: {
    lang_kk: 'Қазақша',
    lang_ru: 'Русский',
    lang_en: 'English',
    optional: 'міндетті емес',
    completeness: 'Толтырылған мәтіндер',
    missingTexts: 'толтыру керек',
  },
  ru: {
    lang_kk: 'Қазақша',
    lang_ru: 'Русский',
    lang_en: 'English',
    optional: 'необязательно',
    completeness: 'Заполнено текстов',
    missingTexts: 'нужно заполнить',
  },
  en: {
    lang_kk: 'Қазақша',
    lang_ru: 'Русский',
    lang_en: 'English',
    optional: 'optional',
    completeness: 'Texts filled in',
    missingTexts: 'to fill in',
  },
};
const LANG_LABEL = { kk: 'lang_kk', ru: 'lang_ru', en: 'lang_en' } as const;

export type LangValues = Record<Language, string>;

export const emptyText = (): LangValues => ({ kk: '', ru: '', en: '' });

export function fromText(text: { kk?: string; ru?: string; en?: string } | null | undefined): LangValues {
  return { kk: text?.kk ?? '', ru: text?.ru ?? '', en: text?.en ?? '' };
}

/** As the API takes a human text: kk and ru (the API says when one is missing), en only when given. */
export function toText(values: LangValues): { kk: string; ru: string; en?: string } {
  return { kk: values.kk.trim(), ru: values.ru.trim(), ...(values.en.trim() ? { en: values.en.trim() } : {}) };
}

export const anyFilled = (values: LangValues): boolean => LANGUAGES.some((l) => values[l].trim() !== '');

/**
 * One human text in kk, ru and en side by side (stacked on a phone); kk and ru are required.
 * Each language's input shows the API's error for `field.<lang>`.
 */
export function LangFields(props: {
  id: string;
  field: string;
  legend: string;
  values: LangValues;
  onChange: (values: LangValues) => void;
  error: ApiError | null;
  required?: boolean;
  multiline?: boolean;
  /** The languages asked for: all three by default; an official act is kk and ru only. */
  languages?: readonly Language[];
}): ReactNode {
  const t = useTexts(TEXTS);
  const whole = props.error?.errors.find((e) => e.field === props.field)?.message;
  return (
    <fieldset className="lang-fields">
      <legend>{props.legend}</legend>
      <div className="lang-grid">
        {(props.languages ?? LANGUAGES).map((lang) => {
          const id = `${props.id}-${lang}`;
          const message = fieldMessage(props.error, `${props.field}.${lang}`);
          const required = props.required && lang !== 'en';
          const common = {
            id,
            lang,
            value: props.values[lang],
            ...describedBy(id, message),
          };
          return (
            <div className="field" key={lang}>
              <label htmlFor={id}>
                {t(LANG_LABEL[lang])}
                {required ? <span aria-hidden="true"> *</span> : <span className="optional"> ({t('optional')})</span>}
              </label>
              {props.multiline ? (
                <textarea
                  {...common}
                  rows={3}
                  onChange={(event) => props.onChange({ ...props.values, [lang]: event.target.value })}
                />
              ) : (
                <input
                  {...common}
                  onChange={(event) => props.onChange({ ...props.values, [lang]: event.target.value })}
                />
              )}
              <FieldError id={`${id}-error`} message={message} />
            </div>
          );
        })}
      </div>
      <FieldError id={`${props.id}-error`} message={whole} />
    </fieldset>
  );
}

/** How complete each language is across a form's texts: "Қазақша 4/4 · Русский 3/4 · English 0/4". */
export function Completeness({ texts }: { texts: LangValues[] }): ReactNode {
  const t = useTexts(TEXTS);
  return (
    <div className="completeness" aria-live="polite">
      <span>{t('completeness')}:</span>
      {LANGUAGES.map((lang) => {
        const filled = texts.filter((text) => text[lang].trim() !== '').length;
        const done = filled === texts.length;
        return (
          <span key={lang} className={done ? 'complete' : lang === 'en' ? 'partial-optional' : 'partial'}>
            {t(LANG_LABEL[lang])} {filled}/{texts.length}
            {done ? ' ✓' : lang === 'en' ? ` (${t('optional')})` : ` — ${t('missingTexts')}`}
          </span>
        );
      })}
    </div>
  );
}
