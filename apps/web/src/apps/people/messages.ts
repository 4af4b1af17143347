import type { Messages } from '../../lib/i18n';

type Key =
  | 'title'
  | 'intro'
  | 'notAllowed'
  | 'signIn'
  | 'myForums'
  | 'loading'
  | 'none'
  | 'group'
  | 'keep'
  | 'merge'
  | 'merging'
  | 'merged'
  | 'moved'
  | 'noDetail';

export const TEXTS: Messages<Key> = {
  kk: {
    title: 'Қайталанған адамдар',
    intro:
      'Анықтамалықта аты-жөні бірдей адамдар. Қалдыратын жазбаны таңдаңыз: қалғандарының тіркеулері, сөз сөйлеушілер тізіміндегі орны мен рөлдері соған көшеді, ал өздері жойылады.',
    notAllowed: 'Бұл бет әкімшілер мен ұйым ұйымдастырушыларына арналған.',
    signIn: 'Жүйеге кіру',
    myForums: 'Менің форумдарым',
    loading: 'Жүктелуде…',
    none: 'Қайталанған адам табылмады.',
    group: '«{name}»: {count} жазба',
    keep: 'Қалдырылатын жазба',
    merge: 'Біріктіру',
    merging: 'Біріктірілуде…',
    merged: '«{name}» біріктірілді.',
    moved: 'Көшірілді: тіркеулер {registrations}, келгені белгіленгендер {checkIns}, баяндамашылар {speakers}.',
    noDetail: 'лауазымы мен ұйымы көрсетілмеген',
  },
  ru: {
    title: 'Дубликаты людей',
    intro:
      'Люди справочника с одинаковыми ФИО. Выберите запись, которую оставить: регистрации, места в программе и роли остальных перейдут к ней, а сами они будут удалены.',
    notAllowed: 'Эта страница для администраторов и организаторов организаций.',
    signIn: 'Войти',
    myForums: 'Мои форумы',
    loading: 'Загрузка…',
    none: 'Дубликатов не найдено.',
    group: '«{name}»: записей — {count}',
    keep: 'Оставить запись',
    merge: 'Объединить',
    merging: 'Объединение…',
    merged: '«{name}»: записи объединены.',
    moved: 'Перенесено: регистраций {registrations}, отметок прибытия {checkIns}, выступлений {speakers}.',
    noDetail: 'должность и организация не указаны',
  },
  en: {
    title: 'Duplicate people',
    intro:
      'People of the directory who share a name. Choose the record to keep: the others’ registrations, places in the agenda and roles move to it, and they are removed.',
    notAllowed: 'This page is for admins and the organizers of organizations.',
    signIn: 'Sign in',
    myForums: 'My forums',
    loading: 'Loading…',
    none: 'No duplicates found.',
    group: '“{name}”: {count} records',
    keep: 'Record to keep',
    merge: 'Merge',
    merging: 'Merging…',
    merged: '“{name}” merged.',
    moved: 'Moved: {registrations} registrations, {checkIns} check-ins, {speakers} speaker places.',
    noDetail: 'no position or organization given',
  },
};
