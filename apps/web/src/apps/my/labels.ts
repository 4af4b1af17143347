import type { Messages } from '../../lib/i18n';

/** Labels of registration statuses and roles, shared by the self-service pages and the board. */
export const REGISTRATION_LABELS: Messages<
  | 'status_invited'
  | 'status_pending'
  | 'status_registered'
  | 'status_waitlisted'
  | 'status_declined'
  | 'status_cancelled'
  | 'role_delegate'
  | 'role_speaker'
  | 'role_moderator'
  | 'role_guest'
  | 'role_press'
  | 'role_staff'
> = {
  kk: {
    status_invited: 'Шақырылған',
    status_pending: 'Мақұлдауды күтуде',
    status_registered: 'Тіркелген',
    status_waitlisted: 'Күту тізімінде',
    status_declined: 'Бас тартылған',
    status_cancelled: 'Күші жойылған',
    role_delegate: 'Делегат',
    role_speaker: 'Баяндамашы',
    role_moderator: 'Модератор',
    role_guest: 'Қонақ',
    role_press: 'Баспасөз',
    role_staff: 'Қызметкер',
  },
  ru: {
    status_invited: 'Приглашён',
    status_pending: 'Ожидает одобрения',
    status_registered: 'Зарегистрирован',
    status_waitlisted: 'В листе ожидания',
    status_declined: 'Отклонено',
    status_cancelled: 'Отменено',
    role_delegate: 'Делегат',
    role_speaker: 'Докладчик',
    role_moderator: 'Модератор',
    role_guest: 'Гость',
    role_press: 'Пресса',
    role_staff: 'Персонал',
  },
  en: {
    status_invited: 'Invited',
    status_pending: 'Awaiting approval',
    status_registered: 'Registered',
    status_waitlisted: 'On the waiting list',
    status_declined: 'Declined',
    status_cancelled: 'Cancelled',
    role_delegate: 'Delegate',
    role_speaker: 'Speaker',
    role_moderator: 'Moderator',
    role_guest: 'Guest',
    role_press: 'Press',
    role_staff: 'Staff',
  },
};

export type RegistrationLabel = keyof (typeof REGISTRATION_LABELS)['kk'];

export type RegistrationStatus = 'invited' | 'pending' | 'registered' | 'waitlisted' | 'declined' | 'cancelled';
export type RegistrationRole = 'delegate' | 'speaker' | 'moderator' | 'guest' | 'press' | 'staff';

export function statusKey(status: string): RegistrationLabel {
  return `status_${status}` as RegistrationLabel;
}

export function roleKey(role: string): RegistrationLabel {
  return `role_${role}` as RegistrationLabel;
}
