import type { Language } from '@app/contracts';

export type RegistrationMailKind = 'received' | 'registered' | 'waitlisted' | 'promoted' | 'invited' | 'agenda_changed';

export interface RegistrationMailInput {
  kind: RegistrationMailKind;
  language: Language;
  name: string;
  eventTitle: string;
  /** Dates in the event's zone, already written out. */
  when: string;
  venue: string;
  eventUrl: string;
  badgeCode?: string;
  waitlistPosition?: number;
  /** Invitations: the personal link to confirm or decline. */
  invitationUrl?: string;
}

const TEXTS: Record<
  Language,
  Record<RegistrationMailKind, { subject: string; body: string }> & {
    greeting: string;
    badge: string;
    place: string;
    link: string;
    agenda: string;
    answer: string;
  }
> = {
  kk: {
    greeting: 'Құрметті {name}!',
    badge: 'Бейдж коды: {code}. Кіре берісте QR-кодты көрсетіңіз.',
    place: 'Өтетін уақыты: {when}. Өтетін орны: {venue}.',
    link: 'Толығырақ: {url}',
    agenda: 'Күн тәртібі тіркелген файлда (.ics), оны күнтізбеге қосуға болады.',
    answer: 'Қатысуыңызды растау немесе бас тарту үшін (құпиясөзсіз): {invite}',
    invited: { subject: 'Шақыру: {event}', body: 'Сізді «{event}» іс-шарасына шақырамыз.' },
    agenda_changed: {
      subject: 'Күн тәртібі өзгерді: {event}',
      body: '«{event}» іс-шарасының күн тәртібі өзгерді. Жаңа нұсқасы тіркелген файлда.',
    },
    received: {
      subject: 'Өтінішіңіз қабылданды: {event}',
      body: '«{event}» іс-шарасына тіркелу өтінішіңіз қабылданды және ұйымдастырушылардың қарауында.',
    },
    registered: { subject: 'Тіркелдіңіз: {event}', body: 'Сіз «{event}» іс-шарасына тіркелдіңіз.' },
    waitlisted: {
      subject: 'Күту тізіміндесіз: {event}',
      body: '«{event}» іс-шарасында орын қалмады. Сіз күту тізімінде {position}-орындасыз; орын босаса, хабарлаймыз.',
    },
    promoted: {
      subject: 'Орын босады, сіз тіркелдіңіз: {event}',
      body: 'Күту тізімінен «{event}» іс-шарасына тіркелдіңіз.',
    },
  },
  ru: {
    greeting: 'Уважаемый(ая) {name}!',
    badge: 'Код бейджа: {code}. Покажите QR-код на входе.',
    place: 'Время: {when}. Место: {venue}.',
    link: 'Подробнее: {url}',
    agenda: 'Программа во вложении (.ics): её можно добавить в календарь.',
    answer: 'Подтвердить участие или отказаться (без пароля): {invite}',
    invited: { subject: 'Приглашение: {event}', body: 'Приглашаем вас на мероприятие «{event}».' },
    agenda_changed: {
      subject: 'Программа изменилась: {event}',
      body: 'Программа мероприятия «{event}» изменилась. Новая версия во вложении.',
    },
    received: {
      subject: 'Заявка принята: {event}',
      body: 'Ваша заявка на участие в мероприятии «{event}» принята и рассматривается организаторами.',
    },
    registered: { subject: 'Вы зарегистрированы: {event}', body: 'Вы зарегистрированы на мероприятие «{event}».' },
    waitlisted: {
      subject: 'Вы в листе ожидания: {event}',
      body: 'Места на мероприятие «{event}» закончились. Вы {position}-й в листе ожидания; если место освободится, мы сообщим.',
    },
    promoted: {
      subject: 'Место освободилось, вы зарегистрированы: {event}',
      body: 'Вы переведены из листа ожидания и зарегистрированы на мероприятие «{event}».',
    },
  },
  en: {
    greeting: 'Dear {name},',
    badge: 'Badge code: {code}. Show the QR code at the entrance.',
    place: 'When: {when}. Where: {venue}.',
    link: 'Details: {url}',
    agenda: 'The programme is attached (.ics) for your calendar.',
    answer: 'Confirm or decline (no password needed): {invite}',
    invited: { subject: 'Invitation: {event}', body: 'You are invited to "{event}".' },
    agenda_changed: {
      subject: 'The programme changed: {event}',
      body: 'The programme of "{event}" changed. The new version is attached.',
    },
    received: {
      subject: 'Request received: {event}',
      body: 'Your request to attend "{event}" was received and is with the organizers.',
    },
    registered: { subject: 'You are registered: {event}', body: 'You are registered for "{event}".' },
    waitlisted: {
      subject: 'You are on the waitlist: {event}',
      body: '"{event}" is full. You are number {position} on the waitlist; we will write if a seat frees up.',
    },
    promoted: {
      subject: 'A seat freed up, you are registered: {event}',
      body: 'You moved up from the waitlist and are registered for "{event}".',
    },
  },
};

function fill(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    values[key] === undefined ? whole : String(values[key]),
  );
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A registration message in the reader's language, as plain text and HTML. */
export function registrationMail(input: RegistrationMailInput): { subject: string; text: string; html: string } {
  const t = TEXTS[input.language];
  const values = {
    name: input.name,
    event: input.eventTitle,
    when: input.when,
    venue: input.venue,
    url: input.eventUrl,
    code: input.badgeCode,
    position: input.waitlistPosition,
    invite: input.invitationUrl,
  };
  const lines = [
    fill(t.greeting, values),
    fill(t[input.kind].body, values),
    fill(t.place, values),
    ...(input.invitationUrl ? [fill(t.answer, values)] : []),
    ...(input.badgeCode ? [fill(t.badge, values)] : []),
    ...(input.kind === 'registered' || input.kind === 'promoted' ? [t.agenda] : []),
    fill(t.link, values),
  ];
  const links = [input.eventUrl, input.invitationUrl].filter((url): url is string => !!url).map(escapeHtml);
  const linked = (line: string): string =>
    links.reduce((html, url) => html.split(url).join(`<a href="${url}">${url}</a>`), escapeHtml(line));
  const html = `<!doctype html><html lang="${input.language}"><body>${lines.map((line) => `<p>${linked(line)}</p>`).join('')}</body></html>`;
  return { subject: fill(t[input.kind].subject, values), text: `${lines.join('\n\n')}\n`, html };
}
