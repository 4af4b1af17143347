import type { Language } from '@app/contracts';
import { fill, render } from './templates';

/** Mail about an account itself. Each carries a link at most, never a password. */
export type AccountMailKind = 'confirm' | 'reset' | 'taken' | 'taken_closed';

export interface AccountMailInput {
  kind: AccountMailKind;
  language: Language;
  name: string;
  /** The one-time link (confirm, reset, taken). */
  url?: string;
  /** When the link stops working, written out. */
  until?: string;
  signInUrl: string;
}

type AccountTexts = Record<AccountMailKind, { subject: string; body: string }> & {
  greeting: string;
  greetingNoName: string;
  link: string;
  until: string;
  noPassword: string;
  ignore: string;
  signIn: string;
};

const TEXTS: Record<Language, AccountTexts> = {
  kk: {
    greeting: 'Құрметті {name}!',
    greetingNoName: 'Сәлеметсіз бе!',
    confirm: {
      subject: 'Akim Forum: тіркелуді растаңыз',
      body: 'Akim Forum жүйесіне тіркелу үшін осы сілтемені ашып, құпиясөзді өзіңіз ойлап табыңыз.',
    },
    reset: {
      subject: 'Akim Forum: жаңа құпиясөз',
      body: 'Тіркелгіңізге жаңа құпиясөз орнату үшін осы сілтемені ашыңыз.',
    },
    taken: {
      subject: 'Akim Forum: бұл поштамен тіркелгі бар',
      body: 'Біреу осы поштамен қайта тіркелмек болды. Тіркелгіңіз бар: жүйеге кіріңіз. Құпиясөзді ұмытсаңыз, төмендегі сілтеме арқылы жаңасын орнатыңыз.',
    },
    taken_closed: {
      subject: 'Akim Forum: бұл поштамен тіркелгі бар',
      body: 'Біреу осы поштамен тіркелмек болды. Бұл поштаның тіркелгісі бар, бірақ ол өшірілген: әкімшіге хабарласыңыз.',
    },
    link: 'Сілтеме: {url}',
    until: 'Сілтеме бір рет қана жұмыс істейді, {until} дейін.',
    noPassword: 'Құпиясөз хатпен жіберілмейді: оны тек сіз білесіз.',
    ignore: 'Бұл сіз болмасаңыз, хатты елемеңіз: ештеңе өзгермейді.',
    signIn: 'Жүйеге кіру: {signIn}',
  },
  ru: {
    greeting: 'Уважаемый(ая) {name}!',
    greetingNoName: 'Здравствуйте!',
    confirm: {
      subject: 'Akim Forum: подтвердите регистрацию',
      body: 'Чтобы завершить регистрацию в Akim Forum, откройте ссылку и придумайте пароль.',
    },
    reset: {
      subject: 'Akim Forum: новый пароль',
      body: 'Чтобы задать новый пароль своей учётной записи, откройте ссылку.',
    },
    taken: {
      subject: 'Akim Forum: с этой почтой уже есть учётная запись',
      body: 'Кто-то пытался зарегистрироваться с этой почтой. У вас уже есть учётная запись: войдите в систему. Если забыли пароль, задайте новый по ссылке ниже.',
    },
    taken_closed: {
      subject: 'Akim Forum: с этой почтой уже есть учётная запись',
      body: 'Кто-то пытался зарегистрироваться с этой почтой. Учётная запись с ней есть, но отключена: обратитесь к администратору.',
    },
    link: 'Ссылка: {url}',
    until: 'Ссылка работает один раз, до {until}.',
    noPassword: 'Пароль никогда не отправляется по почте: его знаете только вы.',
    ignore: 'Если это были не вы, просто не отвечайте: ничего не изменится.',
    signIn: 'Вход в систему: {signIn}',
  },
  en: {
    greeting: 'Dear {name},',
    greetingNoName: 'Hello,',
    confirm: {
      subject: 'Akim Forum: confirm your sign-up',
      body: 'To finish signing up to Akim Forum, open the link and choose a password.',
    },
    reset: {
      subject: 'Akim Forum: a new password',
      body: 'To choose a new password for your account, open the link.',
    },
    taken: {
      subject: 'Akim Forum: this e-mail already has an account',
      body: 'Someone tried to sign up with this e-mail. You already have an account: sign in. If you forgot the password, choose a new one through the link below.',
    },
    taken_closed: {
      subject: 'Akim Forum: this e-mail already has an account',
      body: 'Someone tried to sign up with this e-mail. Its account exists but is switched off: ask an administrator.',
    },
    link: 'The link: {url}',
    until: 'The link works once, until {until}.',
    noPassword: 'Passwords are never sent by e-mail: only you know yours.',
    ignore: 'If this was not you, ignore this message: nothing changes.',
    signIn: 'Sign in: {signIn}',
  },
};

/** A message about the reader's account, in their language, as plain text and HTML. */
export function accountMail(input: AccountMailInput): { subject: string; text: string; html: string } {
  const t = TEXTS[input.language];
  const values = { name: input.name, url: input.url, until: input.until, signIn: input.signInUrl };
  const lines = [
    input.name.trim() ? fill(t.greeting, values) : t.greetingNoName,
    t[input.kind].body,
    ...(input.url ? [fill(t.link, values), fill(t.until, values)] : []),
    ...(input.kind === 'taken' || input.kind === 'taken_closed' ? [fill(t.signIn, values)] : []),
    t.noPassword,
    t.ignore,
  ];
  return render(input.language, t[input.kind].subject, lines, [input.url, input.signInUrl]);
}
