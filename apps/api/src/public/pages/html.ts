import { LANGUAGES, type Language } from '@app/contracts';
import { pageTexts } from './page-texts';

/** Markup that is already safe: made by `markup` from escaped values. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function interpolated(value: unknown): string {
  if (value === null || value === undefined || value === false) {
    return '';
  }
  if (value instanceof SafeHtml) {
    return value.value;
  }
  if (Array.isArray(value)) {
    // Appending keeps the parts as they are (a rope): join() would copy the whole of each level
    // again, and a page nests sessions in sessions.
    let out = '';
    for (const item of value) {
      out += interpolated(item);
    }
    return out;
  }
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * The one escaping helper: a template tag that escapes every interpolated value (user content:
 * titles, names, rooms) unless it is markup made by `markup` itself. Arrays are joined; null,
 * undefined and false render nothing. (Not named `html`: Prettier would reformat such templates as HTML and
 * add whitespace to every page.)
 */
export function markup(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i += 1) {
    out += interpolated(values[i]) + strings[i + 1];
  }
  return new SafeHtml(out);
}

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * A text of the event in the page's language. Texts fall back kk → ru → en, and kk and ru are
 * required, so only an English page can show a text in another language: the Kazakh one, marked
 * with its `lang` for screen readers and hyphenation.
 */
export function text(value: string | null | undefined, lang: Language): SafeHtml | string {
  if (!value) {
    return '';
  }
  return lang === 'en' && CYRILLIC.test(value) ? markup`<span lang="kk">${value}</span>` : value;
}

const LANGUAGE_NAMES: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };

/*
 * System fonts only (no web fonts on slow links); every colour pair is at least 4.5:1. The print rules
 * make a clean A4 programme: no navigation or buttons, sessions kept whole on a page.
 */
const STYLE = `:root{color:#1a1a1a;background:#fff;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
body{margin:0}a{color:#0b5394}:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
.skip{position:absolute;left:-9999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.5rem;z-index:1}
header{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;padding:.6rem 1rem;border-bottom:1px solid #c8c8c8}
header nav{display:flex;flex-wrap:wrap;gap:.75rem}header nav:first-of-type{flex:1 1 auto}.brand{font-weight:700;color:#1a1a1a;text-decoration:none}
main{display:block;max-width:60rem;margin:0 auto;padding:1rem}main:focus{outline:0}h1{font-size:1.5rem;margin:.5rem 0 1rem;line-height:1.25}
h2{font-size:1.2rem;margin:1.75rem 0 .5rem;padding-bottom:.2rem;border-bottom:2px solid #0b5394}
h3,h4{font-size:1.05rem;margin:0 0 .2rem}p{margin:.2rem 0}.m{color:#4d4d4d}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:.75rem 0}dt{font-weight:600}dd{margin:0}
.btns{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0;padding:0;list-style:none}
.btn{display:inline-block;padding:.5rem .9rem;border:2px solid #0b5394;border-radius:4px;font-weight:600;text-decoration:none}
.pr{background:#0b5394;color:#fff}.note{padding:.5rem .75rem;background:#fff1d6;color:#5c3800;border-radius:4px}
.ag,.fl{list-style:none;margin:0;padding:0}.s{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem;padding:.7rem 0;border-top:1px solid #c8c8c8}
.t{font-weight:600;font-variant-numeric:tabular-nums;white-space:nowrap}.sp{margin:.2rem 0;padding-left:1.4rem}
.par{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.5rem;list-style:none;margin:.4rem 0;padding:0}
.par>li{display:block;border:1px solid #c8c8c8;border-radius:4px;padding:.5rem}.ch{list-style:none;margin:.4rem 0;padding:0}
.fl>li{padding:.8rem 0;border-top:1px solid #c8c8c8}.fl h2{border:0;margin:0 0 .2rem;padding:0;font-size:1.15rem}
form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:.75rem 0 1rem}label{display:block;font-weight:600}
.verdict{margin:1rem 0;padding:.75rem 1rem;border-radius:4px;border-left:6px solid}.verdict h2{border:0;margin:0 0 .3rem;padding:0}
.ok{background:#e6f4ea;border-color:#1e7b34;color:#0f3d1a}.bad{background:#fde8e8;border-color:#b3261e;color:#5c1410}
.dg{font-size:.85rem;word-break:break-all}input{font:inherit;padding:.35rem .5rem;border:1px solid #4d4d4d;border-radius:4px;min-width:14rem}
select,button{font:inherit;padding:.35rem .5rem;border:1px solid #4d4d4d;border-radius:4px;background:#fff;color:#1a1a1a}
button{background:#0b5394;color:#fff;border-color:#0b5394}
@media (max-width:40rem){.s{grid-template-columns:1fr}.facts{grid-template-columns:1fr}dd{margin-bottom:.4rem}}
@media print{@page{size:A4;margin:15mm}header,.btns,.skip,form{display:none}:root{font-size:10pt}main{max-width:none;padding:0}
a{color:inherit;text-decoration:none}.s{break-inside:avoid}.s:has(.s){break-inside:auto}
.par{display:block}.par>li{border:0;padding:.3rem 0}.fl>li,.sp>li{break-inside:avoid}h2,h3,h4,.pl{break-after:avoid}}`;

export interface DocumentFrame {
  lang: Language;
  title: string;
  description?: string | null;
  /** The page's own path and query (without lang): the language links and the sign-in's `next`. */
  path: string;
  query?: Record<string, string>;
  body: SafeHtml;
  /**
   * The site's public address (PUBLIC_URL). With it the head carries what machines read: the canonical address of
   * this language's version, hreflang links to the kk, ru and en versions (and x-default, the page that picks the
   * reader's language), and Open Graph tags for a link shared in a messenger.
   */
  publicUrl?: string;
  /** A schema.org description of the page's subject, written as JSON-LD. */
  jsonLd?: Record<string, unknown>;
  /** More links of the head, e.g. the page's feeds. */
  links?: SafeHtml;
}

/** Open Graph locales of the page languages. */
const OG_LOCALES: Record<Language, string> = { kk: 'kk_KZ', ru: 'ru_RU', en: 'en_US' };

/**
 * JSON inside <script>: `<` and `>` written as escapes cannot close the element or open a comment, `&` cannot start
 * an entity for an XHTML reader, and U+2028/U+2029 are escaped for older JavaScript parsers.
 */
export function scriptJson(value: unknown): SafeHtml {
  const json = JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return new SafeHtml(json);
}

/** Canonical, hreflang and Open Graph of a page (see DocumentFrame.publicUrl). */
function machineHead(frame: DocumentFrame, publicUrl: string): SafeHtml {
  const query = frame.query ?? {};
  const address = (lang?: Language): string => {
    const params = new URLSearchParams(lang ? { ...query, lang } : query).toString();
    return `${publicUrl}${frame.path}${params ? `?${params}` : ''}`;
  };
  const canonical = address(frame.lang);
  const alternates = LANGUAGES.map((code) => markup`<link rel="alternate" hreflang="${code}" href="${address(code)}">`);
  const og = (property: string, content: string): SafeHtml =>
    markup`<meta property="${property}" content="${content}">`;
  return markup`<link rel="canonical" href="${canonical}">${alternates}<link rel="alternate" hreflang="x-default" href="${address()}">${og('og:type', 'website')}${og('og:site_name', pageTexts(frame.lang).siteName)}${og('og:title', frame.title)}${frame.description ? og('og:description', frame.description) : ''}${og('og:url', canonical)}${og('og:locale', OG_LOCALES[frame.lang])}${LANGUAGES.filter((code) => code !== frame.lang).map((code) => og('og:locale:alternate', OG_LOCALES[code]))}`;
}

/** `?region=KZ-19&lang=ru`: the page's query with another language. */
function withLanguage(query: Record<string, string>, lang: Language): string {
  return `?${new URLSearchParams({ ...query, lang }).toString()}`;
}

/** A complete HTML document: skip link, site navigation, the language switch «Қазақша · Русский · English». */
export function renderDocument(frame: DocumentFrame): string {
  const texts = pageTexts(frame.lang);
  const query = frame.query ?? {};
  const switcher = LANGUAGES.map(
    (code, index) =>
      markup`${index > 0 ? markup`<span aria-hidden="true"> · </span>` : ''}<a href="${withLanguage(query, code)}" lang="${code}" hreflang="${code}"${code === frame.lang ? markup` aria-current="true"` : ''}>${LANGUAGE_NAMES[code]}</a>`,
  );
  const next = encodeURIComponent(frame.path + (Object.keys(query).length ? `?${new URLSearchParams(query)}` : ''));
  const head = markup`<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${frame.title} · ${texts.siteName}</title><link rel="icon" href="/favicon.ico" sizes="any"><link rel="icon" href="/icon.svg" type="image/svg+xml">${frame.description ? markup`<meta name="description" content="${frame.description}">` : ''}${frame.publicUrl ? machineHead(frame, frame.publicUrl) : ''}${frame.links ?? ''}${frame.jsonLd ? markup`<script type="application/ld+json">${scriptJson(frame.jsonLd)}</script>` : ''}<style>${new SafeHtml(STYLE)}</style></head>`;
  const header = markup`<header><a class="brand" href="/">${texts.siteName}</a><nav aria-label="${texts.siteName}"><a href="/">${texts.forums}</a><a href="/my">${texts.myRegistrations}</a><a href="/login?next=${next}">${texts.signIn}</a></nav><nav class="lang" aria-label="${texts.language}">${switcher}</nav></header>`;
  return `<!doctype html>${markup`<html lang="${frame.lang}">${head}<body><a class="skip" href="#main">${texts.skip}</a>${header}<main id="main" tabindex="-1">${frame.body}</main></body></html>`}`;
}

/** The 404 page in the reader's language. */
export function renderNotFound(lang: Language, path: string): string {
  const texts = pageTexts(lang);
  return renderDocument({
    lang,
    title: texts.notFoundTitle,
    path,
    body: markup`<h1>${texts.notFoundTitle}</h1><p>${texts.notFoundText}</p><p><a href="/">${texts.backToForums}</a></p>`,
  });
}
