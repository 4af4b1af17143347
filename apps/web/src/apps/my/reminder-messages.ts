import type { Messages } from '../../lib/i18n';

type Key = 'heading' | 'intro' | 'wanted' | 'saved' | 'failed';

export const REMINDER_TEXTS: Messages<Key> = {
  kk: {
    heading: 'Еске салғыштар',
    intro: 'Іс-шара алдындағы күні хат келеді. Басқа хабарламалар (тіркеу, күн тәртібінің өзгеруі) әрқашан келеді.',
    wanted: 'Іс-шара алдындағы күні еске салу',
    saved: 'Сақталды',
    failed: 'Сақталмады, қайталап көріңіз',
  },
  ru: {
    heading: 'Напоминания',
    intro: 'Письмо накануне мероприятия. Остальные письма (регистрация, изменения программы) приходят всегда.',
    wanted: 'Напоминать накануне мероприятия',
    saved: 'Сохранено',
    failed: 'Не сохранилось, попробуйте ещё раз',
  },
  en: {
    heading: 'Reminders',
    intro: 'A message the day before an event. Other messages (registration, programme changes) always come.',
    wanted: 'Remind me the day before an event',
    saved: 'Saved',
    failed: 'Not saved, please try again',
  },
};
