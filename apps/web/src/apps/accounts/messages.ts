import type { Messages } from '../../lib/i18n';

type Key =
  | 'title'
  | 'adminsOnly'
  | 'signIn'
  | 'search'
  | 'searchLabel'
  | 'searchHint'
  | 'find'
  | 'create'
  | 'createSubmit'
  | 'name'
  | 'email'
  | 'language'
  | 'roles'
  | 'status'
  | 'actions'
  | 'edit'
  | 'editNamed'
  | 'active'
  | 'inactive'
  | 'pending'
  | 'none'
  | 'shown'
  | 'previous'
  | 'next'
  | 'pages'
  | 'newAccount'
  | 'editAccount'
  | 'noPasswordHint'
  | 'scopes'
  | 'scopesHint'
  | 'scopeRole'
  | 'scopeKind'
  | 'scopeTarget'
  | 'scopeRemove'
  | 'scopeAdd'
  | 'kindOrganization'
  | 'kindEvent'
  | 'choose'
  | 'save'
  | 'saved'
  | 'created'
  | 'close'
  | 'deactivate'
  | 'reactivate'
  | 'deactivated'
  | 'reactivated'
  | 'sendReset'
  | 'resetSent'
  | 'roleAdmin'
  | 'roleOrganizer'
  | 'roleSecretary'
  | 'roleChecker'
  | 'roleParticipant'
  | 'stale';

export const TEXTS: Messages<Key> = {
  kk: {
    title: 'Тіркелгілер',
    adminsOnly: 'Бұл бет тек әкімшілерге арналған.',
    signIn: 'Әкімші ретінде кіру',
    search: 'Тіркелгілерді іздеу',
    searchLabel: 'Аты немесе поштасы',
    searchHint: 'Аты-жөнінің немесе поштаның бір бөлігі',
    find: 'Іздеу',
    create: 'Жаңа тіркелгі',
    createSubmit: 'Жасау',
    name: 'Аты-жөні',
    email: 'Электрондық пошта',
    language: 'Тілі',
    roles: 'Рөлдері',
    status: 'Күйі',
    actions: 'Әрекеттер',
    edit: 'Өзгерту',
    editNamed: '{email} тіркелгісін өзгерту',
    active: 'Белсенді',
    inactive: 'Өшірілген',
    pending: 'Растауды күтуде',
    none: 'Ештеңе табылмады.',
    shown: '{total} тіркелгінің {from}–{to}',
    previous: 'Алдыңғы',
    next: 'Келесі',
    pages: 'Беттер',
    newAccount: 'Жаңа тіркелгі',
    editAccount: 'Тіркелгі: {email}',
    noPasswordHint:
      'Құпиясөзді әкімші енгізбейді: тіркелгіні жасаған соң «Құпиясөз сілтемесін жіберу» батырмасын басыңыз, иесі құпиясөзді өзі қояды.',
    scopes: 'Өкілеттік аясы',
    scopesHint: 'Ұйымдастырушы, хатшы және тіркеуші тек осы ұйымдар мен іс-шараларда әрекет етеді.',
    scopeRole: 'Рөлі',
    scopeKind: 'Түрі',
    scopeTarget: 'Қайда',
    scopeRemove: 'Алып тастау',
    scopeAdd: 'Ая қосу',
    kindOrganization: 'Ұйым',
    kindEvent: 'Іс-шара',
    choose: '— таңдаңыз —',
    save: 'Сақтау',
    saved: 'Сақталды.',
    created: '{email} тіркелгісі жасалды.',
    close: 'Жабу',
    deactivate: 'Өшіру',
    reactivate: 'Қайта қосу',
    deactivated: 'Тіркелгі өшірілді: оның барлық сессиялары аяқталды.',
    reactivated: 'Тіркелгі қайта қосылды.',
    sendReset: 'Құпиясөз сілтемесін жіберу',
    resetSent: 'Бір реттік сілтеме {email} поштасына жіберілді; ол {until} дейін жарамды.',
    roleAdmin: 'Әкімші',
    roleOrganizer: 'Ұйымдастырушы',
    roleSecretary: 'Хатшы',
    roleChecker: 'Тіркеуші',
    roleParticipant: 'Қатысушы',
    stale: 'Тіркелгіні басқа біреу өзгертті: жаңартылған нұсқасы ашылды.',
  },
  ru: {
    title: 'Учётные записи',
    adminsOnly: 'Эта страница только для администраторов.',
    signIn: 'Войти как администратор',
    search: 'Поиск учётных записей',
    searchLabel: 'Имя или почта',
    searchHint: 'Часть ФИО или адреса почты',
    find: 'Найти',
    create: 'Новая учётная запись',
    createSubmit: 'Создать',
    name: 'ФИО',
    email: 'Электронная почта',
    language: 'Язык',
    roles: 'Роли',
    status: 'Состояние',
    actions: 'Действия',
    edit: 'Изменить',
    editNamed: 'Изменить учётную запись {email}',
    active: 'Активна',
    inactive: 'Отключена',
    pending: 'Ждёт подтверждения',
    none: 'Ничего не найдено.',
    shown: '{from}–{to} из {total}',
    previous: 'Назад',
    next: 'Вперёд',
    pages: 'Страницы',
    newAccount: 'Новая учётная запись',
    editAccount: 'Учётная запись: {email}',
    noPasswordHint:
      'Администратор не вводит пароль: создав запись, нажмите «Отправить ссылку для пароля», и владелец задаст пароль сам.',
    scopes: 'Области полномочий',
    scopesHint: 'Организатор, секретарь и регистратор действуют только в этих организациях и мероприятиях.',
    scopeRole: 'Роль',
    scopeKind: 'Вид',
    scopeTarget: 'Где',
    scopeRemove: 'Убрать',
    scopeAdd: 'Добавить область',
    kindOrganization: 'Организация',
    kindEvent: 'Мероприятие',
    choose: '— выберите —',
    save: 'Сохранить',
    saved: 'Сохранено.',
    created: 'Учётная запись {email} создана.',
    close: 'Закрыть',
    deactivate: 'Отключить',
    reactivate: 'Включить снова',
    deactivated: 'Учётная запись отключена: все её сеансы завершены.',
    reactivated: 'Учётная запись снова включена.',
    sendReset: 'Отправить ссылку для пароля',
    resetSent: 'Одноразовая ссылка отправлена на {email}; она действует до {until}.',
    roleAdmin: 'Администратор',
    roleOrganizer: 'Организатор',
    roleSecretary: 'Секретарь',
    roleChecker: 'Регистратор',
    roleParticipant: 'Участник',
    stale: 'Запись изменил кто-то другой: открыта обновлённая версия.',
  },
  en: {
    title: 'Accounts',
    adminsOnly: 'This page is for administrators only.',
    signIn: 'Sign in as an administrator',
    search: 'Search accounts',
    searchLabel: 'Name or e-mail',
    searchHint: 'Part of the name or of the e-mail',
    find: 'Search',
    create: 'New account',
    createSubmit: 'Create',
    name: 'Name',
    email: 'E-mail',
    language: 'Language',
    roles: 'Roles',
    status: 'Status',
    actions: 'Actions',
    edit: 'Edit',
    editNamed: 'Edit the account {email}',
    active: 'Active',
    inactive: 'Deactivated',
    pending: 'Awaiting confirmation',
    none: 'Nothing found.',
    shown: '{from}–{to} of {total}',
    previous: 'Previous',
    next: 'Next',
    pages: 'Pages',
    newAccount: 'New account',
    editAccount: 'Account: {email}',
    noPasswordHint:
      'Admins type no passwords: once the account exists, press "Send a password link" and its owner chooses one.',
    scopes: 'Scopes',
    scopesHint: 'Organizers, secretaries and checkers act only in these organizations and events.',
    scopeRole: 'Role',
    scopeKind: 'Kind',
    scopeTarget: 'Where',
    scopeRemove: 'Remove',
    scopeAdd: 'Add a scope',
    kindOrganization: 'Organization',
    kindEvent: 'Event',
    choose: '— choose —',
    save: 'Save',
    saved: 'Saved.',
    created: 'The account {email} was created.',
    close: 'Close',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    deactivated: 'The account is deactivated: all its sessions ended.',
    reactivated: 'The account is active again.',
    sendReset: 'Send a password link',
    resetSent: 'A one-time link was sent to {email}; it works until {until}.',
    roleAdmin: 'Administrator',
    roleOrganizer: 'Organizer',
    roleSecretary: 'Secretary',
    roleChecker: 'Checker',
    roleParticipant: 'Participant',
    stale: 'Someone else changed the account: its newer version is open.',
  },
};
