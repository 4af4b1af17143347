import type { Messages } from '../../lib/i18n';

type Key =
  | 'title'
  | 'loading'
  | 'chooseEvent'
  | 'noEvents'
  | 'eventsOffline'
  | 'changeEvent'
  | 'checkInTo'
  | 'wholeEvent'
  | 'scanTitle'
  | 'startCamera'
  | 'stopCamera'
  | 'cameraView'
  | 'cameraUnavailable'
  | 'manualTitle'
  | 'codeLabel'
  | 'codeSubmit'
  | 'searchTitle'
  | 'searchLabel'
  | 'noMatches'
  | 'status_invited'
  | 'status_pending'
  | 'status_registered'
  | 'status_waitlisted'
  | 'status_declined'
  | 'status_cancelled'
  | 'admitted'
  | 'already'
  | 'notAdmitted'
  | 'notAdmittedPlain'
  | 'unknown'
  | 'unknownDetail'
  | 'checkedLater'
  | 'confirmed'
  | 'savedOnDevice'
  | 'feedbackEmpty'
  | 'pending'
  | 'allSynced'
  | 'syncNow'
  | 'syncing'
  | 'online'
  | 'offline'
  | 'rosterInfo'
  | 'noRoster'
  | 'rejectedTitle'
  | 'clearRejected'
  | 'signInAgain'
  | 'syncFailed'
  | 'feedbackTitle'
  | 'offlineReady'
  | 'notSecure';

export const TEXTS: Messages<Key> = {
  kk: {
    title: 'Келгендерді белгілеу',
    loading: 'Жүктелуде…',
    chooseEvent: 'Іс-шараны таңдаңыз',
    noEvents: 'Сізге келгендерді белгілеу тапсырылған іс-шара жоқ.',
    eventsOffline: 'Желі жоқ: құрылғыда сақталған тізім көрсетілді.',
    changeEvent: 'Басқа іс-шара',
    checkInTo: 'Қайда белгілейміз',
    wholeEvent: 'Бүкіл іс-шара',
    scanTitle: 'Бейджді сканерлеу',
    startCamera: 'Камераны қосу',
    stopCamera: 'Камераны өшіру',
    cameraView: 'Камера',
    cameraUnavailable: 'Камера қолжетімсіз. Кодты қолмен енгізіңіз немесе аты-жөні бойынша іздеңіз.',
    manualTitle: 'Кодты қолмен енгізу',
    codeLabel: 'Бейдж коды',
    codeSubmit: 'Белгілеу',
    searchTitle: 'Аты-жөні бойынша іздеу',
    searchLabel: 'Аты-жөні',
    noMatches: 'Ешкім табылмады.',
    status_invited: 'шақырылған, бірақ тіркелмеген',
    status_pending: 'мақұлдауды күтуде',
    status_registered: 'тіркелген',
    status_waitlisted: 'күту парағында',
    status_declined: 'өтінімі қабылданбаған',
    status_cancelled: 'тіркеуден бас тартқан',
    admitted: 'Кіруге рұқсат',
    already: 'Келгені бұрын белгіленген: {time}',
    notAdmitted: 'Рұқсат жоқ: {status}',
    notAdmittedPlain: 'Рұқсат жоқ',
    unknown: 'Бейдж табылмады',
    unknownDetail: 'Бұл бейдж тізімде жоқ: {code}',
    checkedLater: 'Желі қалпына келгенде сервер тексереді.',
    confirmed: 'Сервер растады.',
    savedOnDevice: 'Құрылғыда сақталды, желі қалпына келгенде жіберіледі.',
    feedbackEmpty: 'Бейджді сканерлеңіз немесе адамды аты-жөні бойынша табыңыз.',
    pending: 'Жіберуді күтуде: {count}',
    allSynced: 'Барлығы жіберілді',
    syncNow: 'Қазір жіберу',
    syncing: 'Жіберілуде…',
    online: 'Желіде',
    offline: 'Желі жоқ',
    rosterInfo: 'Тізімде {count} адам, жаңартылған уақыты: {time}',
    noRoster: 'Бұл құрылғыда тізім әлі жоқ: бір рет желіге қосылыңыз.',
    rejectedTitle: 'Сервер қабылдамағандар',
    clearRejected: 'Тізімді тазарту',
    signInAgain: 'Қайта кіру керек. Белгілер құрылғыда сақтаулы.',
    syncFailed: 'Жіберу сәтсіз аяқталды: {message}',
    feedbackTitle: 'Нәтиже',
    offlineReady: 'Желісіз жұмысқа дайын',
    notSecure:
      'Бұл мекенжай https емес: камера мен желісіз жұмыс істемейді. Кодты қолмен енгізіңіз немесе аты-жөні бойынша іздеңіз; желісіз жұмыс үшін серверді https арқылы ашыңыз.',
  },
  ru: {
    title: 'Отметка прибывших',
    loading: 'Загрузка…',
    chooseEvent: 'Выберите мероприятие',
    noEvents: 'Вам не поручено отмечать прибывших ни на одном мероприятии.',
    eventsOffline: 'Нет сети: показан список, сохранённый на устройстве.',
    changeEvent: 'Другое мероприятие',
    checkInTo: 'Где отмечаем',
    wholeEvent: 'Мероприятие целиком',
    scanTitle: 'Сканировать бейдж',
    startCamera: 'Включить камеру',
    stopCamera: 'Выключить камеру',
    cameraView: 'Камера',
    cameraUnavailable: 'Камера недоступна. Введите код вручную или найдите человека по ФИО.',
    manualTitle: 'Ввести код вручную',
    codeLabel: 'Код бейджа',
    codeSubmit: 'Отметить',
    searchTitle: 'Поиск по ФИО',
    searchLabel: 'ФИО',
    noMatches: 'Никто не найден.',
    status_invited: 'приглашён, но не зарегистрирован',
    status_pending: 'ожидает одобрения',
    status_registered: 'зарегистрирован',
    status_waitlisted: 'в листе ожидания',
    status_declined: 'заявка отклонена',
    status_cancelled: 'регистрация отменена',
    admitted: 'Допущен',
    already: 'Уже отмечен в {time}',
    notAdmitted: 'Не допущен: {status}',
    notAdmittedPlain: 'Не допущен',
    unknown: 'Бейдж не найден',
    unknownDetail: 'Этого бейджа нет в списке: {code}',
    checkedLater: 'Сервер проверит его, когда появится сеть.',
    confirmed: 'Подтверждено сервером.',
    savedOnDevice: 'Сохранено на устройстве, отправится, когда появится сеть.',
    feedbackEmpty: 'Отсканируйте бейдж или найдите человека по ФИО.',
    pending: 'Ожидают отправки: {count}',
    allSynced: 'Всё отправлено',
    syncNow: 'Отправить сейчас',
    syncing: 'Отправка…',
    online: 'В сети',
    offline: 'Нет сети',
    rosterInfo: 'В списке {count} чел., обновлён в {time}',
    noRoster: 'На устройстве ещё нет списка: подключитесь к сети хотя бы раз.',
    rejectedTitle: 'Отклонено сервером',
    clearRejected: 'Очистить список',
    signInAgain: 'Нужно войти снова. Отметки сохранены на устройстве.',
    syncFailed: 'Не удалось отправить: {message}',
    feedbackTitle: 'Результат',
    offlineReady: 'Готово к работе без сети',
    notSecure:
      'Адрес открыт не по https: камера и работа без сети недоступны. Вводите код вручную или ищите по ФИО; для работы без сети откройте сервер по https.',
  },
  en: {
    title: 'Check-in',
    loading: 'Loading…',
    chooseEvent: 'Choose the event',
    noEvents: 'No event is assigned to you for check-in.',
    eventsOffline: 'Offline: showing the list saved on this device.',
    changeEvent: 'Other event',
    checkInTo: 'Check in to',
    wholeEvent: 'The whole event',
    scanTitle: 'Scan a badge',
    startCamera: 'Start the camera',
    stopCamera: 'Stop the camera',
    cameraView: 'Camera',
    cameraUnavailable: 'The camera is not available. Type the code or search by name.',
    manualTitle: 'Type the code',
    codeLabel: 'Badge code',
    codeSubmit: 'Check in',
    searchTitle: 'Search by name',
    searchLabel: 'Name',
    noMatches: 'Nobody found.',
    status_invited: 'invited, not registered',
    status_pending: 'awaiting approval',
    status_registered: 'registered',
    status_waitlisted: 'waitlisted',
    status_declined: 'declined',
    status_cancelled: 'cancelled',
    admitted: 'Admitted',
    already: 'Already in at {time}',
    notAdmitted: 'Not admitted: {status}',
    notAdmittedPlain: 'Not admitted',
    unknown: 'Not registered',
    unknownDetail: 'This badge is not on the list: {code}',
    checkedLater: 'The server will check it when the network is back.',
    confirmed: 'Confirmed by the server.',
    savedOnDevice: 'Saved on this device; it will be sent when the network is back.',
    feedbackEmpty: 'Scan a badge or find a person by name.',
    pending: 'Waiting to sync: {count}',
    allSynced: 'All synced',
    syncNow: 'Sync now',
    syncing: 'Syncing…',
    online: 'Online',
    offline: 'Offline',
    rosterInfo: '{count} on the list, updated at {time}',
    noRoster: 'No list on this device yet: connect to the network once.',
    rejectedTitle: 'Refused by the server',
    clearRejected: 'Clear the list',
    signInAgain: 'Sign in again. The check-ins are kept on this device.',
    syncFailed: 'Sync failed: {message}',
    feedbackTitle: 'Result',
    offlineReady: 'Ready to work offline',
    notSecure:
      'This address is not https: the camera and offline work are unavailable. Type the code or search by name; open the server over https to work offline.',
  },
};
