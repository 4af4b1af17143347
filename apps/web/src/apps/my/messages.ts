import type { Messages } from '../../lib/i18n';

type Key =
  | 'title'
  | 'loading'
  | 'empty'
  | 'browse'
  | 'role'
  | 'when'
  | 'where'
  | 'place'
  | 'checkedIn'
  | 'showBadge'
  | 'badgePdf'
  | 'cancel'
  | 'cancelConfirm'
  | 'cancelYes'
  | 'cancelNo'
  | 'cancelled'
  | 'registerTitle'
  | 'chooseRole'
  | 'register'
  | 'registering'
  | 'needsApproval'
  | 'resultRegistered'
  | 'resultWaitlisted'
  | 'resultPending'
  | 'already'
  | 'offline'
  | 'network'
  | 'retry'
  | 'badgeTitle'
  | 'badgeHint'
  | 'badgeCode'
  | 'badgeAlt'
  | 'badgeSaved'
  | 'close'
  | 'fullScreen'
  | 'unknownEvent'
  | 'eventPage'
  | 'materials'
  | 'download'
  | 'downloadMaterial'
  | 'calendarTitle'
  | 'calendarIntro'
  | 'calendarActive'
  | 'calendarNone'
  | 'calendarMake'
  | 'calendarRenew'
  | 'calendarRevoke'
  | 'calendarSubscribe'
  | 'calendarAddress'
  | 'calendarShownOnce'
  | 'calendarRevoked';

export const TEXTS: Messages<Key> = {
  kk: {
    title: 'Менің тіркелулерім',
    loading: 'Жүктелуде…',
    empty: 'Сіз әлі ешбір іс-шараға тіркелмегенсіз.',
    browse: 'Форумдарды қарау',
    role: 'Рөлі',
    when: 'Уақыты',
    where: 'Өтетін орны',
    place: 'Кезектегі орныңыз: {n}',
    checkedIn: 'Келгеніңіз белгіленді: {at}',
    showBadge: 'QR-бейджді көрсету',
    badgePdf: 'Бейджді жүктеу (PDF)',
    cancel: 'Тіркеуден бас тарту',
    cancelConfirm: 'Тіркеуден шынымен бас тартасыз ба? Орныңыз басқа қатысушыға берілуі мүмкін.',
    cancelYes: 'Иә, бас тартамын',
    cancelNo: 'Жоқ, қалдыру',
    cancelled: 'Тіркеуіңіздің күші жойылды.',
    registerTitle: 'Іс-шараға тіркелу',
    chooseRole: 'Қандай рөлмен қатысасыз?',
    register: 'Тіркелу',
    registering: 'Тіркелуде…',
    needsApproval: 'Бұл іс-шараға тіркелуді ұйымдастырушылар мақұлдайды.',
    resultRegistered: 'Сіз тіркелдіңіз. Кіреберісте QR-бейджді көрсетіңіз.',
    resultWaitlisted: 'Орын қалмады: сіз күту тізіміндесіз, кезектегі орныңыз — {n}. Орын босаса, хабарлаймыз.',
    resultPending: 'Өтінішіңіз қабылданды, ұйымдастырушылардың мақұлдауын күтуде.',
    already: 'Сіз бұл іс-шараға тіркелгенсіз.',
    offline: 'Байланыс жоқ: соңғы сақталған деректер көрсетілген.',
    network: 'Серверге қосылу мүмкін болмады. Байланысты тексеріп, қайталаңыз.',
    retry: 'Қайталау',
    badgeTitle: 'Кіру бейджі',
    badgeHint: 'Экран жарықтығын барынша арттырып, QR-кодты сканерге көрсетіңіз.',
    badgeCode: 'Бейдж коды',
    badgeAlt: 'Кіру бейджінің QR-коды',
    badgeSaved: 'Бейдж осы құрылғыда сақталды: байланыс болмаса да ашылады.',
    close: 'Жабу',
    fullScreen: 'Толық экран',
    unknownEvent: 'Іс-шара',
    eventPage: 'Іс-шара беті',
    materials: 'Материалдар',
    download: 'Жүктеу',
    downloadMaterial: '{title} жүктеу, {size}',
    calendarTitle: 'Күнтізбеге жазылу',
    calendarIntro:
      'Жеке мекенжай тіркелген форумдарыңызды телефоныңыздың немесе компьютеріңіздің күнтізбесіне қосады және өзгерістерді өзі жаңартады. Оны ешкімге бермеңіз.',
    calendarActive: 'Жеке мекенжай жасалған: {at}.',
    calendarNone: 'Жеке мекенжай әлі жасалмаған.',
    calendarMake: 'Жеке мекенжай алу',
    calendarRenew: 'Жаңа мекенжай алу (ескісі жұмысын тоқтатады)',
    calendarRevoke: 'Мекенжайды кері қайтару',
    calendarSubscribe: 'Күнтізбеде ашу (webcal)',
    calendarAddress: 'Күнтізбе мекенжайы',
    calendarShownOnce: 'Мекенжай тек қазір көрсетіледі: оны көшіріп алыңыз немесе күнтізбеде ашыңыз.',
    calendarRevoked: 'Мекенжай кері қайтарылды: күнтізбе енді жаңартылмайды.',
  },
  ru: {
    title: 'Мои регистрации',
    loading: 'Загрузка…',
    empty: 'Вы пока не зарегистрированы ни на одно мероприятие.',
    browse: 'Посмотреть форумы',
    role: 'Роль',
    when: 'Когда',
    where: 'Где',
    place: 'Ваше место в очереди: {n}',
    checkedIn: 'Приход отмечен: {at}',
    showBadge: 'Показать QR-бейдж',
    badgePdf: 'Скачать бейдж (PDF)',
    cancel: 'Отменить регистрацию',
    cancelConfirm: 'Точно отменить регистрацию? Ваше место может перейти другому участнику.',
    cancelYes: 'Да, отменить',
    cancelNo: 'Нет, оставить',
    cancelled: 'Регистрация отменена.',
    registerTitle: 'Регистрация на мероприятие',
    chooseRole: 'В каком качестве вы участвуете?',
    register: 'Зарегистрироваться',
    registering: 'Регистрация…',
    needsApproval: 'Регистрацию на это мероприятие одобряют организаторы.',
    resultRegistered: 'Вы зарегистрированы. Покажите QR-бейдж на входе.',
    resultWaitlisted: 'Мест нет: вы в листе ожидания, ваше место в очереди — {n}. Сообщим, если место освободится.',
    resultPending: 'Заявка принята и ожидает одобрения организаторов.',
    already: 'Вы уже зарегистрированы на это мероприятие.',
    offline: 'Нет связи: показаны последние сохранённые данные.',
    network: 'Не удалось связаться с сервером. Проверьте связь и повторите.',
    retry: 'Повторить',
    badgeTitle: 'Бейдж участника',
    badgeHint: 'Увеличьте яркость экрана до максимума и покажите QR-код сканеру.',
    badgeCode: 'Код бейджа',
    badgeAlt: 'QR-код бейджа участника',
    badgeSaved: 'Бейдж сохранён на этом устройстве: откроется и без связи.',
    close: 'Закрыть',
    fullScreen: 'Во весь экран',
    unknownEvent: 'Мероприятие',
    eventPage: 'Страница мероприятия',
    materials: 'Материалы',
    download: 'Скачать',
    downloadMaterial: 'Скачать «{title}», {size}',
    calendarTitle: 'Подписка на календарь',
    calendarIntro:
      'Личный адрес добавляет форумы, на которые вы записаны, в календарь телефона или компьютера и сам обновляет изменения. Не передавайте его никому.',
    calendarActive: 'Личный адрес создан: {at}.',
    calendarNone: 'Личный адрес ещё не создан.',
    calendarMake: 'Получить личный адрес',
    calendarRenew: 'Получить новый адрес (старый перестанет работать)',
    calendarRevoke: 'Отозвать адрес',
    calendarSubscribe: 'Открыть в календаре (webcal)',
    calendarAddress: 'Адрес календаря',
    calendarShownOnce: 'Адрес показывается только сейчас: скопируйте его или откройте в календаре.',
    calendarRevoked: 'Адрес отозван: календарь больше не обновляется.',
  },
  en: {
    title: 'My registrations',
    loading: 'Loading…',
    empty: 'You have not registered for any event yet.',
    browse: 'Browse forums',
    role: 'Role',
    when: 'When',
    where: 'Where',
    place: 'Your place in line: {n}',
    checkedIn: 'Checked in: {at}',
    showBadge: 'Show QR badge',
    badgePdf: 'Download badge (PDF)',
    cancel: 'Cancel registration',
    cancelConfirm: 'Cancel this registration? Your seat may go to someone else.',
    cancelYes: 'Yes, cancel',
    cancelNo: 'No, keep it',
    cancelled: 'The registration is cancelled.',
    registerTitle: 'Register for the event',
    chooseRole: 'How will you take part?',
    register: 'Register',
    registering: 'Registering…',
    needsApproval: 'Registrations for this event are approved by the organizers.',
    resultRegistered: 'You are registered. Show your QR badge at the door.',
    resultWaitlisted:
      'The event is full: you are on the waiting list, number {n} in line. We will let you know if a seat frees up.',
    resultPending: "Your application is received and awaits the organizers' approval.",
    already: 'You are already registered for this event.',
    offline: 'No connection: showing the last saved data.',
    network: 'Could not reach the server. Check the connection and try again.',
    retry: 'Try again',
    badgeTitle: 'Entry badge',
    badgeHint: 'Turn the screen brightness up and hold the QR code to the scanner.',
    badgeCode: 'Badge code',
    badgeAlt: 'QR code of the entry badge',
    badgeSaved: 'The badge is saved on this device: it opens without a connection too.',
    close: 'Close',
    fullScreen: 'Full screen',
    unknownEvent: 'Event',
    eventPage: 'Event page',
    materials: 'Materials',
    download: 'Download',
    downloadMaterial: 'Download “{title}”, {size}',
    calendarTitle: 'Calendar subscription',
    calendarIntro:
      'A private address adds the forums you are registered for to the calendar of your phone or computer and keeps them up to date. Do not share it.',
    calendarActive: 'A private address was made on {at}.',
    calendarNone: 'No private address yet.',
    calendarMake: 'Get a private address',
    calendarRenew: 'Get a new address (the old one stops working)',
    calendarRevoke: 'Revoke the address',
    calendarSubscribe: 'Open in the calendar (webcal)',
    calendarAddress: 'Calendar address',
    calendarShownOnce: 'The address is shown only now: copy it or open it in your calendar.',
    calendarRevoked: 'The address is revoked: the calendar no longer updates.',
  },
};
