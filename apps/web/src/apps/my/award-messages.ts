import type { Messages } from '../../lib/i18n';

type Key =
  | 'heading'
  | 'gratitude'
  | 'participation'
  | 'training'
  | 'number'
  | 'date'
  | 'signedBy'
  | 'pdf'
  | 'verify'
  | 'revoked'
  | 'failed';

export const AWARD_TEXTS: Messages<Key> = {
  kk: {
    heading: 'Менің марапаттарым',
    gratitude: 'Алғыс хат',
    participation: 'Қатысу сертификаты',
    training: 'Семинар-тренинг сертификаты',
    number: 'Нөмірі',
    date: 'Берілген күні',
    signedBy: 'Қол қойған',
    pdf: 'PDF жүктеу',
    verify: 'Түпнұсқалығын тексеру',
    revoked: 'Кері қайтарылған',
    failed: 'Файл жүктелмеді: {message}',
  },
  ru: {
    heading: 'Мои награды',
    gratitude: 'Благодарственное письмо',
    participation: 'Сертификат участника',
    training: 'Сертификат о прохождении семинара-тренинга',
    number: 'Номер',
    date: 'Дата выдачи',
    signedBy: 'Подписал',
    pdf: 'Скачать PDF',
    verify: 'Проверить подлинность',
    revoked: 'Отозвано',
    failed: 'Не удалось скачать файл: {message}',
  },
  en: {
    heading: 'My awards',
    gratitude: 'Letter of gratitude',
    participation: 'Certificate of participation',
    training: 'Certificate of a seminar-training completed',
    number: 'Number',
    date: 'Issued on',
    signedBy: 'Signed by',
    pdf: 'Download PDF',
    verify: 'Verify it',
    revoked: 'Revoked',
    failed: 'The file did not download: {message}',
  },
};
