import {
  PDF_FONT,
  formatLocalDate,
  formatLocalTime,
  formatUtcOffset,
  numberPages,
  renderPdf,
  utcOffsetMinutes,
} from '@app/common';
import { appositive, type Agenda, type AgendaPerson, type AgendaSession, type AgendaSpeaker } from '@app/contracts';
import { type AgendaLabels, agendaLabels } from './agenda-labels';

const MARGIN = 50;
const TIME_COLUMN = 80;
const CHILD_INDENT = 16;
const COLOR_TEXT = '#111111';
const COLOR_MUTED = '#555555';
const COLOR_ALERT = '#b00020';
const REGULAR = PDF_FONT.regular;
const BOLD = PDF_FONT.bold;

/**
 * A printable A4 agenda in the agenda's language. DejaVu Sans is embedded so every Kazakh letter renders and
 * copies out as itself; dates and times are on the event zone's clock. The metadata dates come from
 * `event.updatedAt`, so the same agenda yields the same bytes.
 */
export function renderAgendaPdf(agenda: Agenda): Promise<Buffer> {
  const { event } = agenda;
  const labels = agendaLabels(agenda.language);
  const setup = {
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: agenda.language,
    title: event.title,
    subject: labels.agenda,
    author: event.organizers.map((o) => o.name).join('; '),
    date: new Date(event.updatedAt),
  };
  return renderPdf(setup, (doc) => new AgendaPdfWriter(doc, agenda, labels).write());
}

class AgendaPdfWriter {
  private readonly left: number;
  private readonly width: number;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly agenda: Agenda,
    private readonly labels: AgendaLabels,
  ) {
    this.left = doc.page.margins.left;
    this.width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  }

  write(): void {
    this.header();
    for (const day of this.agenda.days) {
      this.keepSpace(90);
      this.doc.moveDown(0.8);
      this.doc
        .font(BOLD)
        .fontSize(13)
        .fillColor(COLOR_TEXT)
        .text(formatLocalDate(day.date, this.agenda.event.timeZone, this.agenda.language), this.left, this.doc.y, {
          width: this.width,
        });
      this.rule();
      for (const session of day.sessions) {
        this.session(session, 0);
      }
    }
    numberPages(this.doc, [{ label: this.labels.page, x: this.left, width: this.width }]);
  }

  private header(): void {
    const { doc, labels } = this;
    const { event, language } = this.agenda;
    doc.font(BOLD).fontSize(18).fillColor(COLOR_TEXT).text(event.title, this.left, doc.y, { width: this.width });
    if (event.status === 'cancelled') {
      doc.moveDown(0.3).font(BOLD).fontSize(13).fillColor(COLOR_ALERT).text(labels.cancelled, { width: this.width });
    }
    doc.moveDown(0.5);

    const zone = event.timeZone;
    const from = formatLocalDate(event.startsAt, zone, language);
    const to = formatLocalDate(event.endsAt, zone, language);
    const offset = `UTC${formatUtcOffset(utcOffsetMinutes(event.startsAt, zone))}`;
    const when =
      from === to
        ? `${from}, ${formatLocalTime(event.startsAt, zone)}–${formatLocalTime(event.endsAt, zone)} (${offset})`
        : `${from}, ${formatLocalTime(event.startsAt, zone)} – ${to}, ${formatLocalTime(event.endsAt, zone)} (${offset})`;
    this.labelled(labels.when, when);
    this.labelled(labels.venue, [event.venue.name, event.venue.address].filter(Boolean).join(', '));
    if (event.organizers.length > 0) {
      this.labelled(labels.organizers, event.organizers.map((o) => o.name).join('; '));
    }
    if (event.description) {
      doc.moveDown(0.4).font(REGULAR).fontSize(10).fillColor(COLOR_TEXT).text(event.description, { width: this.width });
    }
    doc.moveDown(0.8).font(BOLD).fontSize(14).fillColor(COLOR_TEXT).text(labels.agenda, { width: this.width });
  }

  private labelled(label: string, value: string): void {
    this.doc
      .font(BOLD)
      .fontSize(10)
      .fillColor(COLOR_TEXT)
      .text(`${label}: `, this.left, this.doc.y, { width: this.width, continued: true })
      .font(REGULAR)
      .text(value);
  }

  private session(session: AgendaSession, depth: number): void {
    const { doc, labels } = this;
    const zone = this.agenda.event.timeZone;
    const x = this.left + TIME_COLUMN + depth * CHILD_INDENT;
    const width = this.width - TIME_COLUMN - depth * CHILD_INDENT;
    const isBreak = session.kind === 'break';

    // A session moves whole to the next page when it fits on one; a longer one keeps at least its title line.
    const height = this.measure(session, width);
    this.keepSpace(height <= this.pageSpace() ? height : 48);
    doc.moveDown(0.4);
    const top = doc.y;
    doc
      .font(REGULAR)
      .fontSize(10)
      .fillColor(depth > 0 ? COLOR_MUTED : COLOR_TEXT)
      .text(`${formatLocalTime(session.startsAt, zone)}–${formatLocalTime(session.endsAt, zone)}`, this.left, top, {
        width: TIME_COLUMN - 8,
        lineBreak: false,
      });
    doc
      .font(isBreak ? REGULAR : BOLD)
      .fontSize(isBreak ? 10 : 11)
      .fillColor(isBreak ? COLOR_MUTED : COLOR_TEXT)
      .text(session.title, x, top, { width });

    doc.font(REGULAR).fontSize(9.5).fillColor(COLOR_MUTED);
    if (session.room) {
      doc.text(`${labels.room}: ${session.room}`, x, doc.y, { width });
    }
    if (session.description) {
      doc.text(session.description, x, doc.y, { width });
    }
    if (session.moderators.length > 0) {
      const label = session.moderators.length === 1 ? labels.moderator : labels.moderators;
      this.people(label, session.moderators.map(personLine), x, width);
    }
    if (session.speakers.length > 0) {
      doc.font(REGULAR).fontSize(9.5).fillColor(COLOR_TEXT).text(`${labels.speakers}:`, x, doc.y, { width });
      session.speakers.forEach((speaker, i) => {
        this.speaker(i + 1, speaker, x + 10, width - 10);
      });
    }
    for (const child of session.children) {
      this.session(child, depth + 1);
    }
  }

  /** Height of a session without its children, as `session()` lays it out (name runs measured in regular). */
  private measure(session: AgendaSession, width: number): number {
    const { doc, labels } = this;
    const isBreak = session.kind === 'break';
    let height = doc.font(REGULAR).fontSize(10).currentLineHeight(true) * 0.4;
    height += doc
      .font(isBreak ? REGULAR : BOLD)
      .fontSize(isBreak ? 10 : 11)
      .heightOfString(session.title, { width });
    doc.font(REGULAR).fontSize(9.5);
    const lines = [
      session.room ? `${labels.room}: ${session.room}` : null,
      session.description,
      session.moderators.length > 0 ? `${labels.moderators}: ${session.moderators.map(personLine).join('; ')}` : null,
      session.speakers.length > 0 ? labels.speakers : null,
    ];
    for (const line of lines) {
      height += line ? doc.heightOfString(line, { width }) : 0;
    }
    for (const [i, speaker] of session.speakers.entries()) {
      height += doc.heightOfString(speakerLine(i + 1, speaker, labels).join(' — '), { width: width - 10 });
    }
    return height;
  }

  private pageSpace(): number {
    const { margins, height } = this.doc.page;
    return height - margins.top - margins.bottom;
  }

  private people(label: string, people: string[], x: number, width: number): void {
    this.doc
      .font(REGULAR)
      .fontSize(9.5)
      .fillColor(COLOR_TEXT)
      .text(`${label}: `, x, this.doc.y, { width, continued: true })
      .text(people.join('; '));
  }

  private speaker(n: number, speaker: AgendaSpeaker, x: number, width: number): void {
    const [name, details] = speakerLine(n, speaker, this.labels);
    this.doc
      .font(BOLD)
      .fontSize(9.5)
      .fillColor(COLOR_TEXT)
      .text(name, x, this.doc.y, { width, continued: details !== undefined });
    if (details !== undefined) {
      this.doc.font(REGULAR).text(` — ${details}`);
    }
  }

  private rule(): void {
    const y = this.doc.y + 2;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    this.doc.y = y + 2;
  }

  /** Starts a new page when less than `height` points are left, so a heading never ends a page. */
  private keepSpace(height: number): void {
    const bottom = this.doc.page.height - this.doc.page.margins.bottom;
    if (this.doc.y + height > bottom) {
      this.doc.addPage();
    }
  }
}

function personLine(p: AgendaPerson): string {
  return [p.name, p.position && appositive(p.position), p.organization].filter(Boolean).join(', ');
}

/** "1. Name" (bold) and "position, organization; «topic»; 15 min" when there is any of it. */
function speakerLine(n: number, speaker: AgendaSpeaker, labels: AgendaLabels): [string] | [string, string] {
  const details = [
    [speaker.position, speaker.organization].filter(Boolean).join(', '),
    speaker.topic ? `«${speaker.topic}»` : '',
    speaker.minutes ? `${speaker.minutes} ${labels.minutes}` : '',
  ].filter(Boolean);
  const name = `${n}. ${speaker.name}`;
  return details.length > 0 ? [name, details.join('; ')] : [name];
}
