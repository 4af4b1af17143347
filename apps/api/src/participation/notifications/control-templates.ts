import type { Language } from '@app/contracts';
import { fill, render } from './templates';

/** Mail of execution control: a deadline near, a deadline passed, and the week's overdue points of an organization. */
export type ControlMailKind = 'reminder' | 'overdue' | 'digest';

/** One point as a message names it, in the reader's language. */
export interface ControlMailPoint {
  /** `12/2026, 3` or `Жол картасы, 17`: the act and the point's number. */
  label: string;
  text: string;
  /** The deadline written out. */
  due: string;
}

export interface ControlMailInput {
  kind: ControlMailKind;
  language: Language;
  name: string;
  /** The responsible organization's name (digest). */
  organization?: string;
  /** The point (reminder, overdue) or the overdue points (digest). */
  points: ControlMailPoint[];
  /** Days left to the deadline (reminder). */
  days?: number;
  controlUrl: string;
}

type ControlTexts = Record<ControlMailKind, { subject: string; body: string }> & {
  greeting: string;
  point: string;
  open: string;
};

const TEXTS: Record<Language, ControlTexts> = {
  kk: {
    greeting: 'Құрметті {name}!',
    reminder: {
      subject: 'Орындау мерзімі жақындап қалды: {due}',
      body: 'Сізге жүктелген тапсырманың орындалу мерзіміне {days} күн қалды.',
    },
    overdue: {
      subject: 'Орындау мерзімі өтіп кетті: {due}',
      body: 'Сізге жүктелген тапсырманың орындалу мерзімі өтті, ол әлі орындалған жоқ.',
    },
    digest: {
      subject: 'Мерзімі өткен тапсырмалар ({count}): {organization}',
      body: '«{organization}» жауапты мерзімі өткен тапсырмалар, барлығы {count}:',
    },
    point: '{label}. {text} — мерзімі {due}',
    open: 'Орындалуын бақылау: {url}',
  },
  ru: {
    greeting: 'Уважаемый(ая) {name}!',
    reminder: {
      subject: 'Приближается срок исполнения: {due}',
      body: 'До срока исполнения порученного вам пункта осталось дней: {days}.',
    },
    overdue: {
      subject: 'Срок исполнения истёк: {due}',
      body: 'Срок исполнения порученного вам пункта истёк, а пункт не исполнен.',
    },
    digest: {
      subject: 'Просроченные пункты ({count}): {organization}',
      body: 'Просроченные пункты, за которые отвечает «{organization}», всего {count}:',
    },
    point: '{label}. {text} — срок {due}',
    open: 'Контроль исполнения: {url}',
  },
  en: {
    greeting: 'Dear {name},',
    reminder: {
      subject: 'A deadline is near: {due}',
      body: 'The point you are responsible for is due in {days} day(s).',
    },
    overdue: {
      subject: 'A deadline has passed: {due}',
      body: 'The point you are responsible for is past its deadline and not done.',
    },
    digest: {
      subject: 'Overdue points ({count}): {organization}',
      body: 'The overdue points {organization} is responsible for, {count} in all:',
    },
    point: '{label}. {text} — due {due}',
    open: 'Execution control: {url}',
  },
};

/** A message of execution control, in the reader's language, as plain text and HTML. */
export function controlMail(input: ControlMailInput): { subject: string; text: string; html: string } {
  const t = TEXTS[input.language];
  const values = {
    name: input.name,
    organization: input.organization,
    count: input.points.length,
    days: input.days,
    due: input.points[0]?.due,
    url: input.controlUrl,
  };
  const lines = [
    fill(t.greeting, values),
    fill(t[input.kind].body, values),
    ...input.points.map((point) => fill(t.point, { ...point })),
    fill(t.open, values),
  ];
  return render(input.language, fill(t[input.kind].subject, values), lines, [input.controlUrl]);
}
