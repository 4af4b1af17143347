import { formatLocalDate, type PrintedSeal } from '@app/common';
import type { ProtocolAttendee, ProtocolResponse } from '@app/contracts';
import { type DocLang, protocolLabels } from './protocol-labels';

/** One line of the document, in the words of its kind; the PDF and the DOCX each give the kinds their look. */
export type Line =
  | { kind: 'mark'; text: string }
  | { kind: 'organizer'; text: string }
  | { kind: 'rule' }
  | { kind: 'title'; text: string }
  | { kind: 'pair'; left: string; right: string }
  | { kind: 'center'; text: string }
  | { kind: 'heading'; text: string; marker?: string }
  | { kind: 'label'; text: string }
  | { kind: 'para'; text: string; marker?: string }
  | { kind: 'detail'; text: string }
  | { kind: 'signature'; role: string; position: string | null; name: string; note: string | null };

/** A part of the document: in two languages it starts at the same height in both columns. */
export interface Section {
  lines: Record<DocLang, Line[]>;
  /** Stays on one page with the sections after it that are marked too (the closing and the signatures). */
  closing?: boolean;
  /** Starts a new page (the annex). */
  pageBreak?: boolean;
}

/** Beyond this many members the names of those present go to an annex, as the layout asks for long lists. */
export const ANNEX_AFTER = 15;

function attendees(list: ProtocolAttendee[]): string {
  return list.map((a) => [a.name, a.position].filter(Boolean).join(', ')).join('; ');
}

/**
 * What a protocol's document says, in the official order: header (the body, ХАТТАМА / ПРОТОКОЛ, number, date,
 * place), chair and secretary, who was present and absent, invited guests, the agenda, then for each item what
 * was heard, who spoke and what was decided, the instructions, and the signatures; an annex for a long list.
 */
export function protocolSections(docs: Record<DocLang, ProtocolResponse>, timeZone: string): Section[] {
  const section = (build: (p: ProtocolResponse, lang: DocLang) => Line[], extra: Partial<Section> = {}): Section => ({
    lines: { kk: build(docs.kk, 'kk'), ru: build(docs.ru, 'ru') },
    ...extra,
  });
  const p0 = docs.kk;
  const sections: Section[] = [];
  const long = p0.attendance.present.length > ANNEX_AFTER;
  const byName = p0.items.flatMap((item, i) =>
    item.resolutions.flatMap((r, j) => (r.votes.length > 0 ? [[i, j]] : [])),
  );
  // Two annexes are numbered: 1 the list of those present, 2 the votes by name.
  const annexNumber = (which: 'present' | 'votes'): number | null =>
    long && byName.length > 0 ? (which === 'present' ? 1 : 2) : null;
  if (p0.status === 'draft') {
    sections.push(section((_, l) => [{ kind: 'mark', text: protocolLabels(l).draft }]));
  }
  sections.push(
    section((p) => [...p.organizers.map((o): Line => ({ kind: 'organizer', text: o.name })), { kind: 'rule' }]),
  );
  sections.push(
    section((p, l) => {
      const labels = protocolLabels(l);
      return [
        { kind: 'title', text: p.kind === 'addendum' ? labels.addendum(p.addends?.number ?? null) : labels.protocol },
        { kind: 'pair', left: formatLocalDate(p.meetingDate, timeZone, l), right: p.number ? `№ ${p.number}` : '' },
        ...(p.place ? [{ kind: 'center', text: p.place } as Line] : []),
        { kind: 'center', text: p.title },
      ];
    }),
  );
  sections.push(
    section((p, l) => {
      const labels = protocolLabels(l);
      const who = (role: string, person: ProtocolResponse['chair']): Line[] =>
        person ? [{ kind: 'para', text: `${role}: ${[person.name, person.position].filter(Boolean).join(', ')}` }] : [];
      return [...who(labels.chair, p.chair), ...who(labels.secretary, p.secretary)];
    }),
  );
  if (p0.kind === 'addendum') {
    sections.push(section((p) => (p.body ? [{ kind: 'para', text: p.body }] : [])));
  } else {
    sections.push(
      section((p, l) => {
        const labels = protocolLabels(l);
        const a = p.attendance;
        const present = `${labels.present(a.present.length, a.members)}${long ? ` — ${labels.seeAnnex}` : ''}`;
        return [
          { kind: 'label', text: present },
          ...(long || a.present.length === 0 ? [] : [{ kind: 'para', text: attendees(a.present) } as Line]),
          ...(a.absent.length > 0
            ? [
                { kind: 'label', text: `${labels.absent}: ${a.absent.length}` } as Line,
                ...(long ? [] : [{ kind: 'para', text: attendees(a.absent) } as Line]),
              ]
            : []),
          ...(a.guests.length > 0
            ? [
                { kind: 'label', text: `${labels.guests}: ${a.guests.length}` } as Line,
                { kind: 'para', text: attendees(a.guests) } as Line,
              ]
            : []),
          { kind: 'detail', text: labels.quorum(a.quorum.reached, a.quorum.present, a.quorum.required) },
        ];
      }),
    );
    if (p0.body) {
      sections.push(section((p) => [{ kind: 'para', text: p.body ?? '' }]));
    }
    sections.push(
      section((p, l) => [
        { kind: 'heading', text: protocolLabels(l).agenda },
        ...p.items.map((item): Line => ({ kind: 'para', text: item.title, marker: `${item.number}.` })),
      ]),
    );
    p0.items.forEach((_, i) => {
      sections.push(
        section((p, l) => {
          const labels = protocolLabels(l);
          const item = p.items[i];
          const lines: Line[] = [{ kind: 'heading', text: item.title, marker: `${item.number}.` }];
          if (item.heard.length > 0 || item.summary) {
            lines.push({ kind: 'label', text: `${labels.heard}:` });
            for (const h of item.heard) {
              lines.push({
                kind: 'para',
                text: [h.name, h.position].filter(Boolean).join(', ') + (h.topic ? ` — «${h.topic}»` : ''),
              });
            }
            if (item.summary) {
              lines.push({ kind: 'para', text: item.summary });
            }
          }
          if (item.speeches.length > 0) {
            lines.push({ kind: 'label', text: `${labels.spoke}:` });
            for (const s of item.speeches) {
              const who = [s.name, s.position].filter(Boolean).join(', ');
              lines.push({ kind: 'para', text: s.summary ? `${who}: ${s.summary}` : who });
            }
          }
          if (item.decided || item.resolutions.length > 0 || item.instructions.length > 0) {
            lines.push({ kind: 'label', text: `${labels.decided}:` });
            if (item.decided) {
              lines.push({ kind: 'para', text: item.decided });
            }
            for (const r of item.resolutions) {
              lines.push({ kind: 'para', text: labels.resolution(r.number, r.title, r.kind) });
              if (r.vote) {
                lines.push({ kind: 'detail', text: labels.vote(r.vote) });
              }
              if (r.votes.length > 0 && (r.vote?.mode === 'roll_call' || r.vote?.mode === 'electronic')) {
                lines.push({ kind: 'detail', text: `${labels.byName(r.vote.mode)}: ${labels.seeRollAnnex}` });
              }
            }
          }
          return lines;
        }),
      );
    });
    if (p0.instructions.length > 0) {
      sections.push(
        section((p, l) => {
          const labels = protocolLabels(l);
          return [
            { kind: 'heading', text: labels.instructions },
            ...p.instructions.flatMap((point): Line[] => [
              { kind: 'para', text: point.text, marker: `${point.number}.` },
              ...(point.responsible
                ? [{ kind: 'detail', text: `${labels.responsible}: ${point.responsible.name}` } as Line]
                : []),
              ...(point.executor
                ? [{ kind: 'detail', text: `${labels.executor}: ${point.executor.name}` } as Line]
                : []),
              ...(point.dueDate
                ? [
                    {
                      kind: 'detail',
                      text: `${labels.deadline}: ${formatLocalDate(point.dueDate, timeZone, l)}`,
                    } as Line,
                  ]
                : []),
            ]),
          ];
        }),
      );
    }
  }
  sections.push(
    section(
      (p, l) => {
        const labels = protocolLabels(l);
        const signed = (role: 'chair' | 'secretary'): string | null => {
          const s = p.signatures.find((x) => x.role === role);
          return s ? labels.signed(formatLocalDate(s.signedAt, timeZone, l)) : null;
        };
        return [
          ...(p.chair
            ? [
                {
                  kind: 'signature',
                  role: labels.chair,
                  position: p.chair.position,
                  name: p.chair.name,
                  note: signed('chair'),
                } as Line,
              ]
            : []),
          ...(p.secretary
            ? [
                {
                  kind: 'signature',
                  role: labels.secretary,
                  position: p.secretary.position,
                  name: p.secretary.name,
                  note: signed('secretary'),
                } as Line,
              ]
            : []),
        ];
      },
      { closing: true },
    ),
  );
  const addenda = p0.addenda.flatMap((a) => (a.number ? [a.number] : []));
  if (addenda.length > 0) {
    sections.push(section((_, l) => [{ kind: 'detail', text: protocolLabels(l).addenda(addenda) }]));
  }
  if (long) {
    sections.push(
      section(
        (p, l) => [
          { kind: 'heading', text: protocolLabels(l).annex(annexNumber('present')) },
          ...p.attendance.present.map((a, i): Line => ({
            kind: 'para',
            text: [a.name, a.position, a.organization].filter(Boolean).join(', '),
            marker: `${i + 1}.`,
          })),
          ...(p.attendance.absent.length > 0
            ? [
                { kind: 'label', text: `${protocolLabels(l).absent}:` } as Line,
                ...p.attendance.absent.map((a, i): Line => ({
                  kind: 'para',
                  text: [a.name, a.position].filter(Boolean).join(', '),
                  marker: `${i + 1}.`,
                })),
              ]
            : []),
        ],
        { pageBreak: true },
      ),
    );
  }
  if (byName.length > 0) {
    sections.push(
      section(
        (p, l) => {
          const labels = protocolLabels(l);
          return [
            { kind: 'heading', text: labels.rollAnnex(annexNumber('votes')) },
            ...byName.flatMap(([i, j]): Line[] => {
              const r = p.items[i].resolutions[j];
              return [
                { kind: 'label', text: labels.resolution(r.number, r.title, r.kind) },
                ...(r.vote ? [{ kind: 'detail', text: labels.vote(r.vote) } as Line] : []),
                ...r.votes.map((v, k): Line => ({
                  kind: 'para',
                  text: `${[v.name, v.position].filter(Boolean).join(', ')} — ${labels.choice(v.choice)}`,
                  marker: `${k + 1}.`,
                })),
              ];
            }),
          ];
        },
        { pageBreak: true },
      ),
    );
  }
  return sections;
}

/** The seal of an approved protocol as text: its verification code and the page that checks it. */
export function sealSection(seal: PrintedSeal): Section {
  const line = (l: DocLang): Line[] => [
    { kind: 'detail', text: `${protocolLabels(l).verificationCode}: ${seal.code}` },
    { kind: 'detail', text: seal.url },
  ];
  return { lines: { kk: line('kk'), ru: line('ru') } };
}
