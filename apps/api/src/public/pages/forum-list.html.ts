import { EVENT_KINDS, type EventKind, type Language } from '@app/contracts';
import { eventDates, webcalFeed } from './forum-page.html';
import { markup, renderDocument, type SafeHtml, text } from './html';
import { EVENT_KIND_LABELS, pageTexts } from './page-texts';

/** One forum of the list, texts already in the page's language; instants with the event's offset. */
export interface ListedForum {
  slug: string;
  kind: EventKind;
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venue: string;
  address: string | null;
  region: string | null;
}

export interface ForumListModel {
  lang: Language;
  forums: ListedForum[];
  /** The top of the regions tree (oblasts and cities of republican significance) for the filter. */
  regions: { code: string; name: string }[];
  filter: { region?: string; kind?: EventKind };
  /** The site's public address: canonical links and the calendar subscription. */
  publicUrl: string;
}

export function renderForumList(model: ForumListModel): string {
  const { lang, filter } = model;
  const texts = pageTexts(lang);
  const kindLabels = EVENT_KIND_LABELS[lang];
  const t = (value: string | null | undefined) => text(value, lang);
  const option = (value: string, label: string, selected: boolean): SafeHtml =>
    markup`<option value="${value}"${selected ? markup` selected` : ''}>${t(label)}</option>`;
  const select = (id: string, name: string, label: string, options: SafeHtml[]): SafeHtml =>
    markup`<div><label for="${id}">${label}</label><select id="${id}" name="${name}">${options}</select></div>`;

  const regions = [
    option('', texts.any, !filter.region),
    ...model.regions.map((r) => option(r.code, r.name, r.code === filter.region)),
  ];
  const kinds = [
    option('', texts.any, !filter.kind),
    ...EVENT_KINDS.map((k) => option(k, kindLabels[k], k === filter.kind)),
  ];
  const form = markup`<form method="get" action="/" role="search" aria-label="${texts.filter}">${select('f-region', 'region', texts.region, regions)}${select('f-kind', 'kind', texts.kind, kinds)}<button type="submit">${texts.show}</button></form>`;

  const forum = (f: ListedForum): SafeHtml => {
    const place = markup`${t(f.venue)}${f.address ? markup`, ${t(f.address)}` : ''}`;
    return markup`<li><h2><a href="/events/${encodeURIComponent(f.slug)}">${t(f.title)}</a></h2><p>${kindLabels[f.kind]} · ${eventDates(f.startsAt, f.endsAt, f.timeZone, lang)}</p><p>${place}</p>${f.region ? markup`<p class="m">${t(f.region)}</p>` : ''}</li>`;
  };
  const list = model.forums.length
    ? markup`<ul class="fl">${model.forums.map(forum)}</ul>`
    : markup`<p>${texts.noForums}</p>`;

  const query: Record<string, string> = {};
  if (filter.region) {
    query.region = filter.region;
  }
  if (filter.kind) {
    query.kind = filter.kind;
  }
  // The calendar follows the region chosen in the filter (the kind filter has no feed of its own).
  const scope: Record<string, string> = filter.region ? { region: filter.region } : {};
  const subscribe = markup`<ul class="btns" aria-label="${texts.actions}"><li><a class="btn" href="${webcalFeed(model.publicUrl, { ...scope, lang })}">${texts.subscribe}</a></li><li><a class="btn" href="/api/v1/feeds/acts.atom?${new URLSearchParams({ ...scope, lang })}" type="application/atom+xml">${texts.actsFeed}</a></li></ul>`;
  const atom = `${model.publicUrl}/api/v1/feeds/acts.atom?${new URLSearchParams({ ...scope, lang })}`;
  return renderDocument({
    lang,
    title: texts.listTitle,
    description: texts.listIntro,
    path: '/',
    query,
    body: markup`<h1>${texts.listTitle}</h1><p>${texts.listIntro}</p>${form}${subscribe}${list}`,
    publicUrl: model.publicUrl,
    links: markup`<link rel="alternate" type="application/atom+xml" title="${texts.actsFeed}" href="${atom}">`,
  });
}
