import type { Language } from '@app/contracts';
import { type FormEvent, type ReactNode, useState } from 'react';
import { EmailField, LanguageField } from '../../lib/account-fields';
import { api, type ApiError } from '../../lib/api';
import { asApiError, fieldMessage, TextField } from '../../lib/forms';
import { type Messages, useLanguage, useTexts } from '../../lib/i18n';
import { Notice, Page } from '../../lib/ui';

const TEXTS: Messages<
  'title' | 'intro' | 'name' | 'email' | 'language' | 'submit' | 'busy' | 'sent' | 'noPassword' | 'haveAccount'
> = {
  kk: {
    title: 'Тіркелу',
    intro: 'Делегаттар мен қатысушылар тіркелгіні өздері аша алады. Поштаңызға растау сілтемесі келеді.',
    name: 'Аты-жөні',
    email: 'Электрондық пошта',
    language: 'Хат және интерфейс тілі',
    submit: 'Тіркелу',
    busy: 'Жіберілуде…',
    sent: '{email} поштасына хат жіберілді. Ондағы сілтемені ашып, құпиясөзді орнатыңыз. Хат бірнеше минутта келмесе, «Спам» қалтасын қараңыз.',
    noPassword: 'Құпиясөзді растау сілтемесінің бетінде өзіңіз қоясыз: ол хатпен ешқашан жіберілмейді.',
    haveAccount: 'Тіркелгіңіз бар ма? Жүйеге кіру',
  },
  ru: {
    title: 'Регистрация',
    intro: 'Делегаты и участники могут открыть учётную запись сами. На почту придёт ссылка для подтверждения.',
    name: 'ФИО',
    email: 'Электронная почта',
    language: 'Язык писем и интерфейса',
    submit: 'Зарегистрироваться',
    busy: 'Отправка…',
    sent: 'Письмо отправлено на {email}. Откройте ссылку из него и задайте пароль. Если письмо не пришло за несколько минут, проверьте папку «Спам».',
    noPassword: 'Пароль вы зададите сами на странице ссылки из письма: по почте он никогда не отправляется.',
    haveAccount: 'Уже есть учётная запись? Войти',
  },
  en: {
    title: 'Sign up',
    intro: 'Delegates and participants can open an account themselves. A confirmation link comes by e-mail.',
    name: 'Full name',
    email: 'E-mail',
    language: 'Language of mail and screens',
    submit: 'Sign up',
    busy: 'Sending…',
    sent: 'A message went to {email}. Open its link and choose a password. If nothing arrives within a few minutes, look in the spam folder.',
    noPassword: 'You choose the password on the page of the mailed link: it is never sent by e-mail.',
    haveAccount: 'Have an account? Sign in',
  },
};

/** Name, e-mail, language: the answer is the same whether the e-mail has an account (the mail tells its owner). */
export default function SignUpApp(): ReactNode {
  const t = useTexts(TEXTS);
  const { lang } = useLanguage();
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [language, setLanguage] = useState<Language>(lang);
  const [error, setError] = useState<ApiError | null>(null);
  const [sentTo, setSentTo] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('POST', '/accounts/sign-up', { body: { fullName, email, language } });
      setSentTo(email.trim());
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('title')}>
      {sentTo ? (
        <Notice kind="ok">{t('sent', { email: sentTo })}</Notice>
      ) : (
        <form className="form narrow" onSubmit={(event) => void submit(event)} noValidate>
          <p>{t('intro')}</p>
          <TextField
            id="fullName"
            label={t('name')}
            value={fullName}
            onChange={setFullName}
            error={fieldMessage(error, 'fullName')}
            required
          />
          <EmailField id="email" label={t('email')} value={email} onChange={setEmail} error={error} />
          <LanguageField id="language" label={t('language')} value={language} onChange={setLanguage} error={error} />
          <p className="hint">{t('noPassword')}</p>
          {error && <Notice kind="error">{error.message}</Notice>}
          <button type="submit" disabled={busy}>
            {busy ? t('busy') : t('submit')}
          </button>
        </form>
      )}
      <p>
        <a href="/login">{t('haveAccount')}</a>
      </p>
    </Page>
  );
}
