import type { Messages } from '../../lib/i18n';

type Key =
  | 'title'
  | 'greeting'
  | 'invited'
  | 'noPassword'
  | 'when'
  | 'where'
  | 'confirm'
  | 'decline'
  | 'declineConfirm'
  | 'declineYes'
  | 'declineNo'
  | 'busy'
  | 'registered'
  | 'waitlisted'
  | 'pending'
  | 'declined'
  | 'cancelled'
  | 'signIn'
  | 'badgeAlt'
  | 'badgeCode'
  | 'eventPage'
  | 'loading'
  | 'network';

export const TEXTS: Messages<Key> = {
  kk: {
    title: 'Шақыру',
    greeting: 'Құрметті {name}!',
    invited: 'Сізді іс-шараға шақырамыз:',
    noPassword: 'Құпиясөз керек емес: бұл сілтеме тек сізге арналған.',
    when: 'Уақыты',
    where: 'Өтетін орны',
    confirm: 'Қатысуды растау',
    decline: 'Бас тарту',
    declineConfirm: 'Шақырудан бас тартасыз ба? Кейін оны растау мүмкін болмайды.',
    declineYes: 'Иә, бас тартамын',
    declineNo: 'Жоқ',
    busy: 'Жіберілуде…',
    registered: 'Қатысуыңыз расталды, сіз тіркелдіңіз. Кіреберісте осы QR-кодты көрсетіңіз.',
    waitlisted: 'Орын қалмады: сіз күту тізіміндесіз, кезектегі орныңыз — {n}. Орын босаса, хабарлаймыз.',
    pending: 'Өтінішіңіз ұйымдастырушылардың мақұлдауын күтуде.',
    declined: 'Сіз шақырудан бас тарттыңыз.',
    cancelled: 'Бұл тіркеудің күші жойылған.',
    signIn: 'Барлық тіркелулеріңіз бен бейджді көру үшін жүйеге кіріңіз',
    badgeAlt: 'Кіру бейджінің QR-коды',
    badgeCode: 'Бейдж коды',
    eventPage: 'Іс-шара бағдарламасы',
    loading: 'Жүктелуде…',
    network: 'Серверге қосылу мүмкін болмады. Байланысты тексеріп, қайталаңыз.',
  },
  ru: {
    title: 'Приглашение',
    greeting: 'Уважаемый(-ая) {name}!',
    invited: 'Приглашаем вас на мероприятие:',
    noPassword: 'Пароль не нужен: эта ссылка — только для вас.',
    when: 'Когда',
    where: 'Где',
    confirm: 'Подтвердить участие',
    decline: 'Отказаться',
    declineConfirm: 'Отказаться от приглашения? Потом подтвердить его будет нельзя.',
    declineYes: 'Да, отказаться',
    declineNo: 'Нет',
    busy: 'Отправка…',
    registered: 'Участие подтверждено, вы зарегистрированы. Покажите этот QR-код на входе.',
    waitlisted: 'Мест нет: вы в листе ожидания, ваше место в очереди — {n}. Сообщим, если место освободится.',
    pending: 'Ваша заявка ожидает одобрения организаторов.',
    declined: 'Вы отказались от приглашения.',
    cancelled: 'Эта регистрация отменена.',
    signIn: 'Войдите, чтобы видеть все свои регистрации и бейдж',
    badgeAlt: 'QR-код бейджа участника',
    badgeCode: 'Код бейджа',
    eventPage: 'Программа мероприятия',
    loading: 'Загрузка…',
    network: 'Не удалось связаться с сервером. Проверьте связь и повторите.',
  },
  en: {
    title: 'Invitation',
    greeting: 'Dear {name},',
    invited: 'You are invited to:',
    noPassword: 'No password needed: this link is yours alone.',
    when: 'When',
    where: 'Where',
    confirm: 'Confirm attendance',
    decline: 'Decline',
    declineConfirm: 'Decline the invitation? You will not be able to confirm it later.',
    declineYes: 'Yes, decline',
    declineNo: 'No',
    busy: 'Sending…',
    registered: 'Your attendance is confirmed and you are registered. Show this QR code at the door.',
    waitlisted:
      'The event is full: you are on the waiting list, number {n} in line. We will let you know if a seat frees up.',
    pending: "Your application awaits the organizers' approval.",
    declined: 'You declined the invitation.',
    cancelled: 'This registration is cancelled.',
    signIn: 'Sign in to see all your registrations and your badge',
    badgeAlt: 'QR code of the entry badge',
    badgeCode: 'Badge code',
    eventPage: 'Event programme',
    loading: 'Loading…',
    network: 'Could not reach the server. Check the connection and try again.',
  },
};
