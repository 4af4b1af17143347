import { awardMail, registrationMail, resolutionMail } from './templates';
import { unsubscribePage } from './unsubscribe-page';

const base = {
  name: 'Әкім <script>alert(1)</script> & "Ко"',
  eventTitle: 'Форум <ауыл>',
  when: '2030 жылғы 1 маусым, 10:00–18:00',
  venue: 'Мәжіліс залы',
  eventUrl: 'http://localhost:3000/events/forum?a=1&b=2',
};

describe('mail templates', () => {
  it('writes the same paragraphs as text and as escaped HTML in the reader’s language', () => {
    for (const language of ['kk', 'ru', 'en'] as const) {
      const mail = registrationMail({ ...base, kind: 'reminder', language, unsubscribeUrl: 'http://x/u/tok' });
      expect(mail.html).toContain(`<html lang="${language}">`);
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).toContain('Әкім &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ко&quot;');
      expect(mail.text).toContain('Әкім <script>alert(1)</script> & "Ко"');
      expect(mail.html).toContain('href="http://localhost:3000/events/forum?a=1&amp;b=2"');
      expect(mail.html).toContain('href="http://x/u/tok"');
      expect(mail.text).toContain('http://x/u/tok');
      // The HTML says exactly what the text says.
      const paragraphs = [...mail.html.matchAll(/<p [^>]*>(.*?)<\/p>/g)].map((m) =>
        m[1]
          .replace(/<[^>]+>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&'),
      );
      expect(paragraphs).toEqual(mail.text.trim().split('\n\n'));
    }
    expect(registrationMail({ ...base, kind: 'reminder', language: 'kk' }).subject).toBe('Ертең: Форум <ауыл>');
    expect(registrationMail({ ...base, kind: 'reminder', language: 'ru' }).subject).toBe('Завтра: Форум <ауыл>');
    expect(registrationMail({ ...base, kind: 'registered', language: 'kk' }).text).not.toContain('еске салғыш');
  });

  it('names the kind of the adopted document in the reader’s language', () => {
    const input = {
      name: 'Мұрат',
      number: '3/2030',
      title: 'О развитии',
      eventTitle: 'Форум',
      pdfUrl: 'http://localhost:3000/api/v1/resolutions/1.pdf?lang=ru',
      eventUrl: 'http://localhost:3000/events/forum',
    };
    expect(resolutionMail({ ...input, language: 'ru', kind: 'decision' }).subject).toBe(
      'Принято: решение № 3/2030 «О развитии»',
    );
    expect(resolutionMail({ ...input, language: 'kk', kind: 'recommendations' }).subject).toBe(
      'Қабылданды: ұсынымдар № 3/2030 «О развитии»',
    );
    expect(resolutionMail({ ...input, language: 'en', kind: 'resolution' }).html).toContain('<html lang="en">');
  });

  it('tells an award’s recipient what was issued, with its PDF, its verification page and /my as links', () => {
    const input = {
      name: 'Ержан Қасымшалов',
      title: 'Алғыс хат',
      number: '1/2026',
      eventTitle: 'Форум <ауыл>',
      pdfUrl: 'http://localhost:3000/api/v1/awards/1.pdf?code=K7Q2M-9XD4R&lang=kk',
      verificationUrl: 'http://localhost:3000/verify/K7Q2M-9XD4R',
      myUrl: 'http://localhost:3000/my',
    };
    const kk = awardMail({ ...input, language: 'kk' });
    expect(kk.subject).toBe('Алғыс хат № 1/2026: Форум <ауыл>');
    expect(kk.text).toContain('«Форум <ауыл>» іс-шарасы бойынша сізге Алғыс хат № 1/2026 берілді.');
    expect(kk.html).toContain('href="http://localhost:3000/api/v1/awards/1.pdf?code=K7Q2M-9XD4R&amp;lang=kk"');
    expect(kk.html).toContain('href="http://localhost:3000/verify/K7Q2M-9XD4R"');
    expect(kk.html).not.toContain('<ауыл>');
    const ru = awardMail({ ...input, title: 'Благодарственное письмо', language: 'ru' });
    expect(ru.text).toContain('Уважаемый(ая) Ержан Қасымшалов!');
    expect(ru.text).toContain('вам выдан документ: Благодарственное письмо № 1/2026');
    expect(awardMail({ ...input, language: 'en' }).html).toContain('<html lang="en">');
  });

  it('makes an unsubscribe page whose confirmation needs a button press', () => {
    const url = 'https://forum.example.kz';
    expect(unsubscribePage('kk', 'confirm', url).html).toContain('<form method="post">');
    expect(unsubscribePage('kk', 'done', url).html).not.toContain('<form');
    expect(unsubscribePage('ru', 'done', url).title).toBe('Напоминания отключены');
    const expired = unsubscribePage('kk', 'expired', url);
    expect(expired.title).toBe('Сілтеменің мерзімі өтті');
    expect(expired.html).not.toContain('<form');
    expect(expired.html).toContain('href="https://forum.example.kz/my"');
  });
});
