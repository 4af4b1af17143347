import type { Language } from '@app/contracts';

/** The few fixed words the agenda exports (PDF and ICS) print around the event's own texts. */
export interface AgendaLabels {
  agenda: string;
  moderator: string;
  moderators: string;
  speakers: string;
  room: string;
  minutes: string;
  page: string;
  organizers: string;
  venue: string;
  when: string;
  cancelled: string;
}

const LABELS: Record<Language, AgendaLabels> = {
  kk: {
    agenda: 'Күн тәртібі',
    moderator: 'Модератор',
    moderators: 'Модераторлар',
    speakers: 'Баяндамашылар',
    room: 'Зал',
    minutes: 'мин',
    page: 'Бет',
    organizers: 'Ұйымдастырушылар',
    venue: 'Өтетін орны',
    when: 'Өтетін уақыты',
    cancelled: 'Іс-шара болдырылмады',
  },
  ru: {
    agenda: 'Повестка дня',
    moderator: 'Модератор',
    moderators: 'Модераторы',
    speakers: 'Докладчики',
    room: 'Зал',
    minutes: 'мин',
    page: 'Стр.',
    organizers: 'Организаторы',
    venue: 'Место проведения',
    when: 'Дата и время',
    cancelled: 'Мероприятие отменено',
  },
  en: {
    agenda: 'Agenda',
    moderator: 'Moderator',
    moderators: 'Moderators',
    speakers: 'Speakers',
    room: 'Room',
    minutes: 'min',
    page: 'Page',
    organizers: 'Organizers',
    venue: 'Venue',
    when: 'Date and time',
    cancelled: 'Event cancelled',
  },
};

export function agendaLabels(lang: Language): AgendaLabels {
  return LABELS[lang];
}
