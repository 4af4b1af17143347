import type { Language } from '@app/contracts';

export interface FeedTexts {
  /** Whose forums a subscribed calendar holds: `{of}` is a region's or an organizer's name. */
  forumsOf: string;
  allForums: string;
  myForums: string;
  /** The Atom feed of acts: `{of}` as above. */
  actsOf: string;
  allActs: string;
  forum: string;
  votes: string;
}

const TEXTS: Record<Language, FeedTexts> = {
  kk: {
    forumsOf: 'Форумдар: {of}',
    allForums: 'Барлық ашық форумдар',
    myForums: 'Менің форумдарым',
    actsOf: 'Қабылданған актілер: {of}',
    allActs: 'Ашық форумдарда қабылданған актілер',
    forum: 'Форум',
    votes: 'Дауыс беру: жақтап {for}, қарсы {against}, қалыс {abstained}',
  },
  ru: {
    forumsOf: 'Форумы: {of}',
    allForums: 'Все открытые форумы',
    myForums: 'Мои форумы',
    actsOf: 'Принятые акты: {of}',
    allActs: 'Акты, принятые на открытых форумах',
    forum: 'Форум',
    votes: 'Голосование: за {for}, против {against}, воздержались {abstained}',
  },
  en: {
    forumsOf: 'Forums: {of}',
    allForums: 'All public forums',
    myForums: 'My forums',
    actsOf: 'Adopted acts: {of}',
    allActs: 'Acts adopted at public forums',
    forum: 'Forum',
    votes: 'Vote: for {for}, against {against}, abstained {abstained}',
  },
};

export function feedTexts(lang: Language): FeedTexts {
  return TEXTS[lang];
}
