import { interpolate, formatLocalDate } from '@app/common';
import {
  appositive,
  type Agenda,
  type AgendaPerson,
  type AgendaSession,
  type AgendaSpeaker,
  type Language,
} from '@app/contracts';
import { agendaLabels } from '../../forum/agenda/agenda-labels';
import { eventJsonLd } from './event-json-ld';
import { markup, renderDocument, SafeHtml, text } from './html';
import { EVENT_KIND_LABELS, type PageTexts, pageTexts, SESSION_KIND_LABELS } from './page-texts';

/** An adopted resolution as the public page lists it. */
export interface PageResolution {
  id: string;
  number: string | null;
  /** The kind's name and number: "Рекомендации № 1/2026". */
  label: string;
  title: string;
  /** Where it was adopted (a city), when recorded. */
  place?: string | null;
  /** ISO 8601 with the event's offset. */
  adoptedAt: string | null;
  /** Each point's execution as the public sees it: status and percent, never notes, evidence or people. */
  points?: {
    number: number;
    text: string;
    status: keyof PageTexts['pointStatus'];
    percent: number;
    indicators?: { name: string; unit: string; target: number; actual: number }[];
  }[];
}

/** A published protocol or addendum as the public page lists it. */
export interface PageProtocol {
  id: string;
  kind: 'protocol' | 'addendum';
  number: string | null;
  /** The meeting's local date, `YYYY-MM-DD`. */
  meetingDate: string;
  /** The session's title, for a session's own protocol. */
  session: string | null;
  /** The protocol an addendum corrects. */
  addends: { id: string; number: string | null } | null;
  verificationCode: string | null;
}

/** A public material as the page lists it: a link to its file, with its type and size (what a download costs). */
export interface PageMaterial {
  sessionId: string | null;
  title: string;
  fileType: string;
  sizeLabel: string;
  url: string;
  language: Language;
}

export interface ForumPageModel {
  agenda: Agenda;
  resolutions: PageResolution[];
  protocols: PageProtocol[];
  /** Public ones only: the page is the same for every reader. */
  materials?: PageMaterial[];
  /** The site's public address: canonical links, JSON-LD and the calendar subscription. */
  publicUrl: string;
}

/** The webcal:// address of a public calendar feed: calendar apps open it as a subscription. */
export function webcalFeed(publicUrl: string, params: Record<string, string>): string {
  return `${publicUrl.replace(/^https?:/, 'webcal:')}/api/v1/feeds/calendar.ics?${new URLSearchParams(params)}`;
}

/** Which PDF layout of a resolution suits the reader: its text exists in kk and ru only. */
const RESOLUTION_PDF_LAYOUT: Record<Language, string> = { kk: 'kk', ru: 'ru', en: 'both' };

/** A local date `YYYY-MM-DD` as printed on an official document: `dd.mm.yyyy`. */
function dottedDate(date: string): SafeHtml {
  return markup`<time datetime="${date}">${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}</time>`;
}

/** `<time>` of an instant given as ISO 8601 with the event's offset: its wall clock is the text itself. */
function clock(iso: string): SafeHtml {
  return markup`<time datetime="${iso}">${iso.slice(11, 16)}</time>`;
}

/** The dates of the event in its own zone: one day with a time range, or from day and time to day and time. */
export function eventDates(startsAt: string, endsAt: string, timeZone: string, lang: Language): SafeHtml {
  const startDay = formatLocalDate(startsAt.slice(0, 10), timeZone, lang);
  const offset = `UTC${startsAt.slice(19) || '+00:00'}`;
  if (startsAt.slice(0, 10) === endsAt.slice(0, 10)) {
    return markup`${startDay}, ${clock(startsAt)}–${clock(endsAt)} <span class="m">(${offset})</span>`;
  }
  const endDay = formatLocalDate(endsAt.slice(0, 10), timeZone, lang);
  const from = markup`<time datetime="${startsAt}">${startDay}, ${startsAt.slice(11, 16)}</time>`;
  const to = markup`<time datetime="${endsAt}">${endDay}, ${endsAt.slice(11, 16)}</time>`;
  return markup`${from} – ${to} <span class="m">(${offset})</span>`;
}

/** Sub-sessions of a section in time order, gathered into runs that overlap in time: those run in parallel. */
function parallelRuns(children: AgendaSession[]): AgendaSession[][] {
  const runs: { end: number; sessions: AgendaSession[] }[] = [];
  for (const child of children) {
    const start = Date.parse(child.startsAt);
    const last = runs[runs.length - 1];
    if (last && start < last.end) {
      last.sessions.push(child);
      last.end = Math.max(last.end, Date.parse(child.endsAt));
    } else {
      runs.push({ end: Date.parse(child.endsAt), sessions: [child] });
    }
  }
  return runs.map((run) => run.sessions);
}

/** Rooms in the order the agenda first uses them. */
function roomsOf(agenda: Agenda): string[] {
  const rooms = new Set<string>();
  const visit = (session: AgendaSession): void => {
    if (session.room) {
      rooms.add(session.room);
    }
    session.children.forEach(visit);
  };
  agenda.days.forEach((day) => day.sessions.forEach(visit));
  return [...rooms];
}

export function renderForumPage(model: ForumPageModel): string {
  const { agenda } = model;
  const { event } = agenda;
  const lang = agenda.language;
  const texts = pageTexts(lang);
  const labels = agendaLabels(lang);
  const kinds = SESSION_KIND_LABELS[lang];
  const t = (value: string | null | undefined): SafeHtml | string => text(value, lang);
  const joined = (items: unknown[], separator: string): SafeHtml[] =>
    items.map((item, i) => markup`${i ? separator : ''}${item}`);

  const person = (p: AgendaPerson): SafeHtml =>
    markup`<b>${t(p.name)}</b>${p.position ? markup`, ${t(appositive(p.position))}` : ''}${p.organization ? markup`, ${t(p.organization)}` : ''}`;

  const material = (m: PageMaterial): SafeHtml =>
    markup`<li><a href="${m.url}" hreflang="${m.language}" download>${t(m.title)}</a> <span class="m">(${m.fileType.toUpperCase()}, ${m.sizeLabel})</span></li>`;
  const materialsOf = (sessionId: string | null): SafeHtml[] =>
    (model.materials ?? []).filter((m) => m.sessionId === sessionId).map(material);

  /** One session as a list item: its time, then title, kind, room, seats, people and its own sub-sessions. */
  const session = (s: AgendaSession, heading: 'h3' | 'h4'): SafeHtml => {
    const details = [
      kinds[s.kind],
      s.room ? markup`${labels.room}: ${t(s.room)}` : '',
      s.seats ? interpolate(texts.seatsLeft, { left: s.seatsLeft ?? 0, seats: s.seats }) : '',
    ].filter(Boolean);
    const moderators = s.moderators.length
      ? markup`<p>${s.moderators.length > 1 ? labels.moderators : labels.moderator}: ${joined(s.moderators.map(person), '; ')}</p>`
      : '';
    const speaker = (sp: AgendaSpeaker): SafeHtml =>
      markup`<li>${person(sp)}${sp.topic ? markup` — ${t(sp.topic)}` : ''}${sp.minutes ? markup` <span class="m">(${sp.minutes} ${labels.minutes})</span>` : ''}</li>`;
    const speakers = s.speakers.length
      ? markup`<p class="m">${labels.speakers}:</p><ol class="sp">${s.speakers.map(speaker)}</ol>`
      : '';
    const children = parallelRuns(s.children).map((run) =>
      run.length > 1
        ? markup`<p class="m pl">${texts.parallel}:</p><ul class="par" aria-label="${texts.parallel}">${run.map((c) => session(c, 'h4'))}</ul>`
        : markup`<ul class="ch">${run.map((c) => session(c, 'h4'))}</ul>`,
    );
    const tag = new SafeHtml(heading);
    const title = markup`<${tag}>${t(s.title)}</${tag}><p class="m">${joined(details, ' · ')}</p>`;
    const description = s.description ? markup`<p>${t(s.description)}</p>` : '';
    const files = materialsOf(s.id);
    const attached = files.length
      ? markup`<p class="m">${texts.materialsOfSession}:</p><ul class="mat">${files}</ul>`
      : '';
    return markup`<li class="s"><p class="t">${clock(s.startsAt)}–${clock(s.endsAt)}</p><div>${title}${description}${moderators}${speakers}${attached}${children}</div></li>`;
  };

  const days = agenda.days.map((day, index) => {
    const date = markup`<time datetime="${day.date}">${formatLocalDate(day.date, event.timeZone, lang)}</time>`;
    const heading = markup`<h2 id="d${index + 1}">${interpolate(texts.day, { n: index + 1 })} · ${date}</h2>`;
    return markup`<section aria-labelledby="d${index + 1}">${heading}<ol class="ag">${day.sessions.map((s) => session(s, 'h3'))}</ol></section>`;
  });

  const rooms = roomsOf(agenda);
  const facts = [
    markup`<dt>${texts.kind}</dt><dd>${EVENT_KIND_LABELS[lang][event.kind]}</dd>`,
    markup`<dt>${labels.when}</dt><dd>${eventDates(event.startsAt, event.endsAt, event.timeZone, lang)}</dd>`,
    markup`<dt>${labels.venue}</dt><dd>${t(event.venue.name)}${event.venue.address ? markup`, ${t(event.venue.address)}` : ''}</dd>`,
    rooms.length ? markup`<dt>${texts.rooms}</dt><dd>${joined(rooms.map(t), ', ')}</dd>` : '',
    event.region ? markup`<dt>${texts.region}</dt><dd>${t(event.region.name)}</dd>` : '',
    markup`<dt>${labels.organizers}</dt><dd>${joined(
      event.organizers.map((o) => t(o.name)),
      '; ',
    )}</dd>`,
  ];

  const status =
    event.status === 'cancelled'
      ? markup`<p class="note" role="status">${labels.cancelled}</p>`
      : event.status === 'closed'
        ? markup`<p class="note" role="status">${texts.closed}</p>`
        : '';

  const agendaFile = (format: 'ics' | 'pdf') => `/api/v1/events/${event.id}/agenda.${format}?lang=${lang}`;
  const actions = [
    event.status === 'published'
      ? markup`<li><a class="btn pr" href="/my?register=${event.id}">${texts.register}</a></li>`
      : '',
    markup`<li><a class="btn" href="${agendaFile('ics')}">${texts.addToCalendar}</a></li>`,
    markup`<li><a class="btn" href="${agendaFile('pdf')}">${texts.downloadPdf}</a></li>`,
    event.region
      ? markup`<li><a class="btn" href="${webcalFeed(model.publicUrl, { region: event.region.code, lang })}">${interpolate(texts.subscribeTo, { of: event.region.name })}</a></li>`
      : '',
  ];

  const resolution = (r: PageResolution): SafeHtml => {
    const href = `/api/v1/resolutions/${r.id}.pdf?lang=${RESOLUTION_PDF_LAYOUT[lang]}`;
    const where = r.place ? `, ${r.place}` : '';
    const adopted = r.adoptedAt
      ? markup` <span class="m">— ${texts.adopted} ${formatLocalDate(r.adoptedAt.slice(0, 10), event.timeZone, lang)}${where}</span>`
      : '';
    const points = r.points?.length
      ? markup`<details><summary>${texts.execution}</summary><ol class="pts">${r.points.map(
          (p) =>
            markup`<li data-status="${p.status}" data-percent="${p.percent}">${t(p.text)} <span class="m">— ${texts.pointStatus[p.status]}, ${p.percent}%</span>${(
              p.indicators ?? []
            ).map(
              (i) => markup`<br><span class="m" data-indicator>${i.name}: ${i.actual} / ${i.target} ${i.unit}</span>`,
            )}</li>`,
        )}</ol></details>`
      : '';
    return markup`<li><a href="${href}">${r.label} ${t(r.title)} (${texts.resolutionPdf})</a>${adopted}${points}</li>`;
  };
  const resolutions = model.resolutions.length
    ? markup`<section aria-labelledby="res"><h2 id="res">${texts.resolutions}</h2><ul>${model.resolutions.map(resolution)}</ul></section>`
    : '';

  /** A protocol's PDF is in kk or ru (or both side by side): both links, whatever the page's language. */
  const listedProtocols = new Set(model.protocols.map((p) => p.id));
  const protocol = (p: PageProtocol): SafeHtml => {
    const pdf = (layout: 'kk' | 'ru'): SafeHtml =>
      markup`<a href="/api/v1/protocols/${p.id}.pdf?lang=${layout}" hreflang="${layout}" type="application/pdf">${layout === 'kk' ? texts.pdfKk : texts.pdfRu}</a>`;
    const corrected = p.addends ? interpolate(texts.corrects, { number: p.addends.number ?? '' }) : '';
    const details = [
      p.session ? markup`${texts.session}: ${t(p.session)}` : '',
      p.addends && listedProtocols.has(p.addends.id)
        ? markup`<a href="#pr-${p.addends.id}">${corrected}</a>`
        : corrected,
    ].filter((d) => d !== '');
    const code = p.verificationCode
      ? markup` · ${texts.verificationCode}: <a href="/verify/${p.verificationCode}">${p.verificationCode}</a>`
      : '';
    return markup`<li id="pr-${p.id}"><p><b>${p.kind === 'addendum' ? texts.addendum : texts.protocol}${p.number ? ` № ${p.number}` : ''}</b> <span class="m">— ${texts.meetingDate}: ${dottedDate(p.meetingDate)}</span></p>${details.length ? markup`<p class="m">${joined(details, ' · ')}</p>` : ''}<p>${pdf('kk')} · ${pdf('ru')}${code}</p></li>`;
  };
  const protocols = model.protocols.length
    ? markup`<section aria-labelledby="prot"><h2 id="prot">${texts.protocols}</h2><ul class="fl">${model.protocols.map(protocol)}</ul></section>`
    : '';

  const forumFiles = materialsOf(null);
  const materials = forumFiles.length
    ? markup`<section aria-labelledby="mat"><h2 id="mat">${texts.materials}</h2><ul class="mat">${forumFiles}</ul></section>`
    : '';

  const body = [
    markup`<h1>${t(event.title)}</h1>`,
    status,
    event.description ? markup`<p>${t(event.description)}</p>` : '',
    markup`<dl class="facts">${facts}</dl>`,
    markup`<ul class="btns" aria-label="${texts.actions}">${actions}</ul>`,
    agenda.days.length ? days : markup`<p>${texts.noSessions}</p>`,
    // The forum's own files after its agenda: the programme is what a visitor came for.
    materials,
    resolutions,
    protocols,
  ];

  return renderDocument({
    lang,
    title: event.title,
    description: event.description,
    path: `/events/${event.slug}`,
    body: markup`${body}`,
    publicUrl: model.publicUrl,
    jsonLd: eventJsonLd(agenda, `${model.publicUrl}/events/${event.slug}?lang=${lang}`),
  });
}
