import type { Language } from '@app/contracts';
import { escapeHtml } from './templates';

/**
 * The page behind a reminder's unsubscribe link (scanners that open links never press its button): `confirm` (one button), `done`, or `expired` (the link is past its 180 days: it
 * points to the person's own page, where reminders are switched off after signing in).
 */
export function unsubscribePage(
  language: Language,
  state: 'confirm' | 'done' | 'expired',
  publicUrl: string,
): { title: string; html: string } {
  const t = UNSUBSCRIBE_TEXTS[language];
  const title = { confirm: t.confirmTitle, done: t.doneTitle, expired: t.expiredTitle }[state];
  const paragraph = (text: string): string => `<p style="margin:0 0 16px;">${escapeHtml(text)}</p>`;
  const body = {
    confirm:
      paragraph(t.confirmBody) +
      `<form method="post">` +
      `<button type="submit" style="font-size:16px;padding:10px 18px;border:0;border-radius:4px;background:#0b57a4;color:#ffffff;cursor:pointer;">` +
      `${escapeHtml(t.button)}</button></form>`,
    done: paragraph(t.doneBody),
    expired:
      paragraph(t.expiredBody) +
      `<p style="margin:0;"><a href="${escapeHtml(`${publicUrl}/my`)}">${escapeHtml(t.myPage)}</a></p>`,
  }[state];
  return {
    title,
    html:
      `<!doctype html><html lang="${language}"><head><meta charset="utf-8">` +
      `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>` +
      `<body style="margin:0;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2328;">` +
      `<main style="max-width:560px;margin:0 auto;"><h1 style="font-size:22px;margin:0 0 16px;">${escapeHtml(title)}</h1>${body}</main></body></html>`,
  };
}

const UNSUBSCRIBE_TEXTS: Record<
  Language,
  {
    confirmTitle: string;
    confirmBody: string;
    button: string;
    doneTitle: string;
    doneBody: string;
    expiredTitle: string;
    expiredBody: string;
    myPage: string;
  }
> = {
  kk: {
    confirmTitle: 'Еске салғыштардан бас тарту',
    confirmBody:
      'Іс-шара алдындағы күнгі еске салғыш хаттар енді келмейді. Басқа хабарламалар (тіркеу, күн тәртібінің өзгеруі) келе береді.',
    button: 'Еске салғыштардан бас тарту',
    doneTitle: 'Еске салғыштар өшірілді',
    doneBody: 'Сізге бұдан былай еске салғыш хаттар жіберілмейді.',
    expiredTitle: 'Сілтеменің мерзімі өтті',
    expiredBody:
      'Бұл сілтеме хат жіберілгеннен кейін 180 күн жұмыс істейді, оның мерзімі өтіп кетті. Еске салғыштарды жеке бетіңізде жүйеге кіріп өшіре аласыз.',
    myPage: 'Жеке бетке өту',
  },
  ru: {
    confirmTitle: 'Отказ от напоминаний',
    confirmBody:
      'Напоминания накануне мероприятий больше не будут приходить. Остальные письма (регистрация, изменения программы) придут как обычно.',
    button: 'Отказаться от напоминаний',
    doneTitle: 'Напоминания отключены',
    doneBody: 'Вы больше не будете получать напоминания.',
    expiredTitle: 'Срок действия ссылки истёк',
    expiredBody:
      'Ссылка действует 180 дней после отправки письма, этот срок прошёл. Отключить напоминания можно на своей странице, войдя в систему.',
    myPage: 'Перейти на свою страницу',
  },
  en: {
    confirmTitle: 'Stop reminders',
    confirmBody:
      'Reminders the day before events will stop. Other messages (registration, programme changes) still come.',
    button: 'Stop reminders',
    doneTitle: 'Reminders are off',
    doneBody: 'You will not receive reminders any more.',
    expiredTitle: 'This link has expired',
    expiredBody:
      'The link works for 180 days after its message was sent, and that time has passed. You can switch reminders off on your own page after signing in.',
    myPage: 'Go to my page',
  },
};
