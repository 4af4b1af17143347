import { formatLocalDate } from '@app/common';
import type { Language, RevokedVerificationResponse, VerificationResponse } from '@app/contracts';
import { markup, renderDocument, type SafeHtml, text } from './html';

interface VerifyTexts {
  title: string;
  intro: string;
  codeLabel: string;
  codeHint: string;
  check: string;
  matches: string;
  matchesText: string;
  differs: string;
  differsText: string;
  unknown: string;
  unknownText: string;
  revoked: string;
  revokedText: string;
  malformed: string;
  kinds: Record<string, string>;
  kind: string;
  number: string;
  date: string;
  organization: string;
  event: string;
  recipient: string;
  digest: string;
  sealedAt: string;
  signature: string;
  noSignature: string;
  signedBy: string;
  canonical: string;
  notPublic: string;
}

const TEXTS: Record<Language, VerifyTexts> = {
  kk: {
    title: 'Актіні тексеру',
    intro:
      'Қаулының, хаттаманың, алғыс хаттың немесе сертификаттың басылған данасындағы тексеру кодын енгізіңіз (немесе QR кодын оқытыңыз).',
    codeLabel: 'Тексеру коды',
    codeHint: '10 таңба, мысалы K7Q2M-9XD4R',
    check: 'Тексеру',
    matches: 'Сәйкес келеді',
    matchesText: 'Сақталған акт қабылданған (бекітілген) кезде тіркелген мәтінмен дәл сәйкес келеді.',
    differs: 'Сәйкес келмейді',
    differsText:
      'Сақталған акт қабылданған кезде тіркелген мәтіннен өзгеше. Басылған данаға сенбеңіз және актіні шығарған органға хабарласыңыз.',
    unknown: 'Код табылмады',
    unknownText: 'Мұндай кодпен акт тіркелмеген. Кодты басылған данадан қайта тексеріңіз.',
    revoked: 'Кері қайтарылған',
    revokedText: 'Бұл құжат берілгеннен кейін кері қайтарылды: ол енді ешкімнің атынан ештеңені растамайды.',
    malformed: 'Код 10 таңбадан тұрады: сандар мен латын әріптері (I, L, O, U жоқ).',
    kinds: {
      resolution: 'Қаулы',
      decision: 'Шешім',
      recommendations: 'Ұсыныстар',
      protocol_instruction: 'Хаттамалық тапсырма',
      protocol: 'Хаттама',
      addendum: 'Хаттамаға толықтыру',
      gratitude: 'Алғыс хат',
      participation: 'Қатысу сертификаты',
      training: 'Семинар-тренинг сертификаты',
    },
    kind: 'Құжат',
    number: 'Нөмірі',
    date: 'Күні',
    organization: 'Шығарған орган',
    event: 'Іс-шара',
    recipient: 'Кімге берілген',
    digest: 'Цифрлық із (SHA-256)',
    sealedAt: 'Тіркелген уақыты',
    signature: 'Электрондық цифрлық қолтаңба',
    noSignature: 'қойылмаған',
    signedBy: 'қол қойған',
    canonical: 'Із есептелген мәтінді жүктеу (JSON)',
    notPublic: 'Мәтіні әлі жарияланбаған: код тек актінің бар екенін растайды.',
  },
  ru: {
    title: 'Проверка акта',
    intro:
      'Введите код проверки с печатного экземпляра решения, протокола, благодарственного письма или сертификата (или отсканируйте его QR-код).',
    codeLabel: 'Код проверки',
    codeHint: '10 знаков, например K7Q2M-9XD4R',
    check: 'Проверить',
    matches: 'Совпадает',
    matchesText: 'Хранимый акт в точности совпадает с текстом, зафиксированным при принятии (утверждении).',
    differs: 'Не совпадает',
    differsText:
      'Хранимый акт отличается от текста, зафиксированного при принятии. Не полагайтесь на печатный экземпляр и обратитесь в орган, издавший акт.',
    unknown: 'Код не найден',
    unknownText: 'Акт с таким кодом не зарегистрирован. Сверьте код с печатным экземпляром.',
    revoked: 'Отозван',
    revokedText: 'Этот документ был отозван после выдачи: он больше ничего не подтверждает.',
    malformed: 'Код состоит из 10 знаков: цифры и латинские буквы (без I, L, O, U).',
    kinds: {
      resolution: 'Постановление',
      decision: 'Решение',
      recommendations: 'Рекомендации',
      protocol_instruction: 'Протокольное поручение',
      protocol: 'Протокол',
      addendum: 'Дополнение к протоколу',
      gratitude: 'Благодарственное письмо',
      participation: 'Сертификат участника',
      training: 'Сертификат о прохождении семинара-тренинга',
    },
    kind: 'Документ',
    number: 'Номер',
    date: 'Дата',
    organization: 'Издавший орган',
    event: 'Мероприятие',
    recipient: 'Кому выдан',
    digest: 'Цифровой отпечаток (SHA-256)',
    sealedAt: 'Зафиксирован',
    signature: 'Электронная цифровая подпись',
    noSignature: 'не поставлена',
    signedBy: 'подписал',
    canonical: 'Скачать текст, по которому вычислен отпечаток (JSON)',
    notPublic: 'Текст ещё не опубликован: код подтверждает лишь, что акт существует.',
  },
  en: {
    title: 'Verify an act',
    intro: 'Type the verification code printed on a resolution, a protocol or an award (or scan its QR code).',
    codeLabel: 'Verification code',
    codeHint: '10 characters, e.g. K7Q2M-9XD4R',
    check: 'Verify',
    matches: 'Matches',
    matchesText: 'The stored act is exactly the text fixed when it was adopted (approved).',
    differs: 'Does not match',
    differsText:
      'The stored act differs from the text fixed when it was adopted. Do not rely on the printed copy; contact the body that issued it.',
    unknown: 'Code not found',
    unknownText: 'No act has this code. Check the code against the printed copy.',
    revoked: 'Revoked',
    revokedText: 'This document was revoked after it was issued: it no longer confirms anything.',
    malformed: 'A code is 10 characters: digits and Latin letters (no I, L, O or U).',
    kinds: {
      resolution: 'Resolution',
      decision: 'Decision',
      recommendations: 'Recommendations',
      protocol_instruction: 'Protocol instruction',
      protocol: 'Protocol',
      addendum: 'Addendum to a protocol',
      gratitude: 'Letter of gratitude',
      participation: 'Certificate of participation',
      training: 'Certificate of a seminar-training completed',
    },
    kind: 'Document',
    number: 'Number',
    date: 'Date',
    organization: 'Issued by',
    event: 'Event',
    recipient: 'Issued to',
    digest: 'Digest (SHA-256)',
    sealedAt: 'Fixed at',
    signature: 'Qualified electronic signature',
    noSignature: 'none attached',
    signedBy: 'signed by',
    canonical: 'Download the text the digest is computed over (JSON)',
    notPublic: 'Its text is not published yet: the code only confirms that the act exists.',
  },
};

export type VerifyOutcome =
  | { state: 'form' }
  | { state: 'malformed'; typed: string }
  | { state: 'unknown'; typed: string }
  | { state: 'found'; result: VerificationResponse }
  | { state: 'revoked'; result: RevokedVerificationResponse };

const pick = (value: { kk: string; ru: string; en?: string }, lang: Language): string =>
  lang === 'ru' ? value.ru : lang === 'en' ? (value.en ?? value.kk) : value.kk;

/** The public verification page: a form for a typed code, and the verdict on a sealed act. */
export function renderVerifyPage(lang: Language, outcome: VerifyOutcome): string {
  const t = TEXTS[lang];
  const found = outcome.state === 'found' || outcome.state === 'revoked';
  const typed = found ? outcome.result.code : outcome.state === 'form' ? '' : outcome.typed;
  const invalid = outcome.state === 'malformed';
  const form = markup`<form method="get" action="/verify" role="search" aria-label="${t.title}"><div><label for="v-code">${t.codeLabel}</label><input id="v-code" name="code" value="${typed}" autocomplete="off" autocapitalize="characters" spellcheck="false" inputmode="latin" maxlength="24" aria-describedby="v-hint"${invalid ? markup` aria-invalid="true"` : ''}><p id="v-hint" class="m">${invalid ? t.malformed : t.codeHint}</p></div><button type="submit">${t.check}</button></form>`;
  let verdict: SafeHtml | string = '';
  if (outcome.state === 'unknown') {
    verdict = markup`<div class="verdict bad" role="status"><h2>${t.unknown}</h2><p>${t.unknownText}</p></div>`;
  } else if (outcome.state === 'revoked') {
    const r = outcome.result;
    verdict = markup`<div class="verdict bad" role="alert"><h2><span aria-hidden="true">✗ </span>${t.revoked}</h2><p>${t.revokedText}</p></div><dl class="facts"><dt>${t.kind}</dt><dd>${t.kinds[r.documentKind] ?? r.documentKind}</dd><dt>${t.number}</dt><dd>№ ${r.number}</dd></dl>`;
  } else if (outcome.state === 'found') {
    const r = outcome.result;
    const head = r.matches
      ? markup`<div class="verdict ok" role="status"><h2><span aria-hidden="true">✓ </span>${t.matches}</h2><p>${t.matchesText}</p></div>`
      : markup`<div class="verdict bad" role="alert"><h2><span aria-hidden="true">✗ </span>${t.differs}</h2><p>${t.differsText}</p></div>`;
    const fact = (label: string, value: SafeHtml | string): SafeHtml => markup`<dt>${label}</dt><dd>${value}</dd>`;
    const event = r.eventUrl
      ? markup`<a href="${r.eventUrl}">${text(pick(r.eventTitle, lang), lang)}</a>`
      : text(pick(r.eventTitle, lang), lang);
    const signature = r.signature
      ? `${formatLocalDate(r.signature.signedAt, 'Asia/Almaty', lang)}${r.signature.signer?.subject ? `, ${t.signedBy} ${String(r.signature.signer.subject)}` : ''}`
      : t.noSignature;
    verdict = markup`${head}<dl class="facts">${[
      fact(t.kind, t.kinds[r.documentKind] ?? r.documentKind),
      fact(t.number, `№ ${r.number}`),
      fact(t.date, formatLocalDate(r.date, 'Asia/Almaty', lang)),
      r.kind === 'resolution'
        ? fact(lang === 'ru' ? 'Заголовок' : lang === 'en' ? 'Title' : 'Атауы', text(pick(r.title, lang), lang))
        : '',
      r.recipient
        ? fact(t.recipient, text(lang === 'kk' ? r.recipient.kk : (r.recipient.ru ?? r.recipient.kk), lang))
        : '',
      fact(t.organization, text(pick(r.organization, lang), lang)),
      fact(t.event, event),
      fact(t.digest, markup`<code class="dg">${r.digest}</code>`),
      fact(t.signature, signature),
    ]}</dl>${r.canonicalUrl ? markup`<p><a href="${r.canonicalUrl}" download>${t.canonical}</a></p>` : markup`<p class="m">${t.notPublic}</p>`}`;
  }
  return renderDocument({
    lang,
    title: found ? `${t.title}: № ${outcome.result.number}` : t.title,
    description: t.intro,
    path: found ? `/verify/${outcome.result.code}` : '/verify',
    query: outcome.state === 'form' || found ? {} : { code: typed },
    body: markup`<h1>${t.title}</h1><p>${t.intro}</p>${form}${verdict}`,
  });
}
