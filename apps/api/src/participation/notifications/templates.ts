import { formatBadgeCode, type Language, RESOLUTION_KIND_NAMES, type ResolutionKind } from '@app/contracts';

export type RegistrationMailKind = 'received' | 'registered' | 'waitlisted' | 'promoted' | 'invited' | 'agenda_changed';

/** Messages about one event sent to each of its registrants: registration news, the reminder the day before. */
export type EventMailKind = RegistrationMailKind | 'reminder';

export interface RegistrationMailInput {
  kind: EventMailKind;
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
  /** Reminders: the one-click link that stops them. */
  unsubscribeUrl?: string;
}

const TEXTS: Record<
  Language,
  Record<EventMailKind, { subject: string; body: string }> & {
    greeting: string;
    unsubscribe: string;
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
    agenda: 'Күн тәртібі қоса берілген файлда (.ics), оны күнтізбеге қосуға болады.',
    answer: 'Қатысуыңызды растау немесе бас тарту үшін (құпиясөзсіз): {invite}',
    unsubscribe: 'Бұдан былай еске салғыш хаттар алмау үшін: {unsubscribe}',
    reminder: {
      subject: 'Ертең: {event}',
      body: 'Еске саламыз: «{event}» іс-шарасы ертең өтеді.',
    },
    invited: { subject: 'Шақыру: {event}', body: 'Сізді «{event}» іс-шарасына шақырамыз.' },
    agenda_changed: {
      subject: 'Күн тәртібі өзгерді: {event}',
      body: '«{event}» іс-шарасының күн тәртібі өзгерді. Жаңа нұсқасы қоса берілген файлда.',
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
    unsubscribe: 'Чтобы больше не получать напоминания: {unsubscribe}',
    reminder: {
      subject: 'Завтра: {event}',
      body: 'Напоминаем: мероприятие «{event}» состоится завтра.',
    },
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
    unsubscribe: 'To stop receiving reminders: {unsubscribe}',
    reminder: {
      subject: 'Tomorrow: {event}',
      body: 'A reminder: "{event}" takes place tomorrow.',
    },
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

export interface ResolutionMailInput {
  language: Language;
  name: string;
  kind: ResolutionKind;
  number: string;
  title: string;
  eventTitle: string;
  pdfUrl: string;
  eventUrl: string;
}

/** The kind's name inside a sentence: "ұсынымдар", "рекомендации" (the names are shared with the API and the app). */
const kindName = (lang: Language, kind: ResolutionKind): string =>
  RESOLUTION_KIND_NAMES[lang][kind].toLocaleLowerCase(lang);

const RESOLUTION_TEXTS: Record<Language, { subject: string; body: string; pdf: string; page: string }> = {
  kk: {
    subject: 'Қабылданды: {kind} № {number} «{title}»',
    body: '«{event}» іс-шарасында {kind} № {number} «{title}» қабылданды.',
    pdf: 'Құжаттың ресми мәтіні (PDF): {pdf}',
    page: 'Форум беті: {url}',
  },
  ru: {
    subject: 'Принято: {kind} № {number} «{title}»',
    body: 'На мероприятии «{event}» принято: {kind} № {number} «{title}».',
    pdf: 'Официальный текст документа (PDF): {pdf}',
    page: 'Страница форума: {url}',
  },
  en: {
    subject: 'Adopted: {kind} No. {number} "{title}"',
    body: '"{event}" adopted {kind} No. {number} "{title}".',
    pdf: 'The official text (PDF): {pdf}',
    page: 'The forum page: {url}',
  },
};

type Values = Record<string, string | number | undefined>;

export function fill(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    values[key] === undefined ? whole : String(values[key]),
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const LINK_STYLE = 'color:#0b57a4;text-decoration:underline;word-break:break-all;';

/**
 * The same paragraphs as plain text and as a simple HTML page: everything escaped, the given
 * links made clickable, inline styles only (mail clients drop style sheets), the reader's language declared.
 */
export function render(
  language: Language,
  subject: string,
  lines: string[],
  links: (string | undefined)[],
): { subject: string; text: string; html: string } {
  const urls = links.filter((url): url is string => !!url).map(escapeHtml);
  const linked = (line: string): string =>
    urls.reduce(
      (html, url) => html.split(url).join(`<a style="${LINK_STYLE}" href="${url}">${url}</a>`),
      escapeHtml(line),
    );
  const paragraphs = lines.map((line) => `<p style="margin:0 0 14px;">${linked(line)}</p>`).join('');
  const html =
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#f3f4f6;">` +
    `<div role="article" aria-label="${escapeHtml(subject)}" lang="${language}" style="max-width:600px;margin:0 auto;` +
    `padding:24px;background:#ffffff;color:#1f2328;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;">` +
    `<h1 style="margin:0 0 16px;font-size:20px;line-height:1.3;">${escapeHtml(subject)}</h1>${paragraphs}</div></body></html>`;
  return { subject, text: `${lines.join('\n\n')}\n`, html };
}

/** A message about an event and the reader's registration, in the reader's language, as plain text and HTML. */
export function registrationMail(input: RegistrationMailInput): { subject: string; text: string; html: string } {
  const t = TEXTS[input.language];
  const values = {
    name: input.name,
    event: input.eventTitle,
    when: input.when,
    venue: input.venue,
    url: input.eventUrl,
    // Grouped as on the badge (7KQ2M-9XH4T-...): the door accepts it typed either way.
    code: input.badgeCode ? formatBadgeCode(input.badgeCode) : undefined,
    position: input.waitlistPosition,
    invite: input.invitationUrl,
    unsubscribe: input.unsubscribeUrl,
  };
  const lines = [
    fill(t.greeting, values),
    fill(t[input.kind].body, values),
    fill(t.place, values),
    ...(input.invitationUrl ? [fill(t.answer, values)] : []),
    ...(input.badgeCode ? [fill(t.badge, values)] : []),
    ...(['registered', 'promoted', 'reminder'].includes(input.kind) ? [t.agenda] : []),
    fill(t.link, values),
    ...(input.unsubscribeUrl ? [fill(t.unsubscribe, values)] : []),
  ];
  return render(input.language, fill(t[input.kind].subject, values), lines, [
    input.eventUrl,
    input.invitationUrl,
    input.unsubscribeUrl,
  ]);
}

/** To the event's participants: what was adopted, with the link to its official PDF. */
export function resolutionMail(input: ResolutionMailInput): { subject: string; text: string; html: string } {
  const t = RESOLUTION_TEXTS[input.language];
  const values = {
    name: input.name,
    kind: kindName(input.language, input.kind),
    number: input.number,
    title: input.title,
    event: input.eventTitle,
    pdf: input.pdfUrl,
    url: input.eventUrl,
  };
  const lines = [
    fill(TEXTS[input.language].greeting, values),
    fill(t.body, values),
    fill(t.pdf, values),
    fill(t.page, values),
  ];
  const subject = fill(t.subject, values);
  return render(input.language, subject, lines, [input.pdfUrl, input.eventUrl]);
}

export interface AwardMailInput {
  language: Language;
  name: string;
  /** What it is, in the reader's language: "Алғыс хат". */
  title: string;
  number: string;
  eventTitle: string;
  pdfUrl: string;
  verificationUrl: string;
  myUrl: string;
}

const AWARD_TEXTS: Record<Language, { subject: string; body: string; pdf: string; verify: string; my: string }> = {
  kk: {
    subject: '{title} № {number}: {event}',
    body: '«{event}» іс-шарасы бойынша сізге {title} № {number} берілді.',
    pdf: 'Құжатты жүктеу (PDF): {pdf}',
    verify: 'Түпнұсқалығын кез келген адам мына бетте тексере алады: {verify}',
    my: 'Барлық марапаттарыңыз жеке бетіңізде: {my}',
  },
  ru: {
    subject: '{title} № {number}: {event}',
    body: 'По итогам мероприятия «{event}» вам выдан документ: {title} № {number}.',
    pdf: 'Скачать документ (PDF): {pdf}',
    verify: 'Подлинность любой может проверить на странице: {verify}',
    my: 'Все ваши награды — в личном кабинете: {my}',
  },
  en: {
    subject: '{title} No. {number}: {event}',
    body: 'For "{event}" you have been issued: {title} No. {number}.',
    pdf: 'Download it (PDF): {pdf}',
    verify: 'Anyone can verify it at: {verify}',
    my: 'All your awards are on your page: {my}',
  },
};

/** To an award's recipient: what was issued, the link to its PDF and to its public verification page. */
export function awardMail(input: AwardMailInput): { subject: string; text: string; html: string } {
  const t = AWARD_TEXTS[input.language];
  const values = {
    name: input.name,
    title: input.title,
    number: input.number,
    event: input.eventTitle,
    pdf: input.pdfUrl,
    verify: input.verificationUrl,
    my: input.myUrl,
  };
  const lines = [
    fill(TEXTS[input.language].greeting, values),
    fill(t.body, values),
    fill(t.pdf, values),
    fill(t.verify, values),
    fill(t.my, values),
  ];
  return render(input.language, fill(t.subject, values), lines, [input.pdfUrl, input.verificationUrl, input.myUrl]);
}
