import type { Language } from '@app/contracts';
import { fill, render } from './templates';

/** The invitation to answer a survey once the event (or session) is over. */
export interface SurveyMailInput {
  language: Language;
  name: string;
  surveyTitle: string;
  eventTitle: string;
  /** When it closes, written out in the event's zone. */
  until: string;
  myUrl: string;
}

/** A survey that has opened, to one checked-in participant: one message per survey and person. */
export interface SurveyNotice extends Omit<SurveyMailInput, 'myUrl'> {
  surveyId: string;
  eventId: string;
  personId: string;
  email: string | null;
}

/**
 * Messages that come due with time in a module above this one (feedback: surveys that opened); the mail worker asks
 * each registered source to queue what is due before it sends.
 */
export interface ScheduledMailSource {
  queueDue(): Promise<number>;
}

const TEXTS: Record<Language, { subject: string; greeting: string; body: string; until: string; my: string }> = {
  kk: {
    subject: 'Пікіріңізді білдіріңіз: {survey}',
    greeting: 'Құрметті {name}!',
    body: '«{event}» іс-шарасына қатысқаныңыз үшін рахмет. Отырыстарды бағалап, бірнеше сұраққа жауап беріңіз.',
    until: 'Сауалнама {until} дейін ашық, жауабыңызды осы уақытқа дейін өзгертуге болады.',
    my: 'Сауалнама жеке бетіңізде: {my}',
  },
  ru: {
    subject: 'Поделитесь мнением: {survey}',
    greeting: 'Уважаемый(ая) {name}!',
    body: 'Спасибо за участие в мероприятии «{event}». Оцените заседания и ответьте на несколько вопросов.',
    until: 'Опрос открыт до {until}; до этого времени ответ можно изменить.',
    my: 'Опрос в вашем личном кабинете: {my}',
  },
  en: {
    subject: 'Tell us what you thought: {survey}',
    greeting: 'Dear {name},',
    body: 'Thank you for taking part in “{event}”. Please rate its sessions and answer a few questions.',
    until: 'The survey is open until {until}; you may change your answer until then.',
    my: 'The survey is on your page: {my}',
  },
};

export function surveyMail(input: SurveyMailInput): { subject: string; text: string; html: string } {
  const t = TEXTS[input.language];
  const values = {
    name: input.name,
    survey: input.surveyTitle,
    event: input.eventTitle,
    until: input.until,
    my: input.myUrl,
  };
  const lines = [fill(t.greeting, values), fill(t.body, values), fill(t.until, values), fill(t.my, values)];
  return render(input.language, fill(t.subject, values), lines, [input.myUrl]);
}
