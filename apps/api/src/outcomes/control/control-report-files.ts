import { PDF_FONT, formatLocalDate, numberPages, renderPdf, writeWorkbook } from '@app/common';
import type { Language } from '@app/contracts';
import type { ControlReportResponseDto } from './dto/control.dto';

/** The words of the execution report, in its language. */
interface ReportLabels {
  title: string;
  date: string;
  totals: string;
  byOrganization: string;
  overdueList: string;
  organization: string;
  points: string;
  done: string;
  inProgress: string;
  overdue: string;
  percent: string;
  act: string;
  number: string;
  text: string;
  due: string;
  daysOverdue: string;
  reason: string;
  none: string;
  page: string;
}

const LABELS: Record<Language, ReportLabels> = {
  kk: {
    title: 'Орындалуын бақылау туралы есеп',
    date: 'Есеп күні',
    totals: 'Барлығы',
    byOrganization: 'Жауапты органдар бойынша',
    overdueList: 'Мерзімі өткен тармақтар',
    organization: 'Жауапты орган',
    points: 'Тармақтар',
    done: 'Орындалды',
    inProgress: 'Орындалуда',
    overdue: 'Мерзімі өтті',
    percent: 'Орындалуы, %',
    act: 'Құжат',
    number: '№',
    text: 'Тармақ',
    due: 'Мерзімі',
    daysOverdue: 'Кешіктірілген күн',
    reason: 'Себебі (соңғы жазба)',
    none: 'Жоқ',
    page: 'Бет',
  },
  ru: {
    title: 'Отчёт о контроле исполнения',
    date: 'Дата отчёта',
    totals: 'Всего',
    byOrganization: 'По ответственным органам',
    overdueList: 'Просроченные пункты',
    organization: 'Ответственный орган',
    points: 'Пунктов',
    done: 'Исполнено',
    inProgress: 'В работе',
    overdue: 'Просрочено',
    percent: 'Исполнение, %',
    act: 'Документ',
    number: '№',
    text: 'Пункт',
    due: 'Срок',
    daysOverdue: 'Дней просрочки',
    reason: 'Причина (последняя запись)',
    none: 'Нет',
    page: 'Стр.',
  },
  en: {
    title: 'Execution control report',
    date: 'Report date',
    totals: 'Total',
    byOrganization: 'By responsible body',
    overdueList: 'Overdue points',
    organization: 'Responsible body',
    points: 'Points',
    done: 'Done',
    inProgress: 'In progress',
    overdue: 'Overdue',
    percent: 'Done, %',
    act: 'Act',
    number: 'No.',
    text: 'Point',
    due: 'Deadline',
    daysOverdue: 'Days overdue',
    reason: 'Reason (last note)',
    none: 'None',
    page: 'Page',
  },
};

const ZONE = 'Asia/Almaty';
const MARGIN = 45;

/** The report's rows as the workbook and the PDF both show them. */
function tables(report: ControlReportResponseDto, lang: Language) {
  const t = LABELS[lang];
  const figures = (f: ControlReportResponseDto['totals']) => [f.points, f.done, f.inProgress, f.overdue, f.percent];
  return {
    t,
    figuresHeader: [t.organization, t.points, t.done, t.inProgress, t.overdue, t.percent],
    figures: [
      [t.totals, ...figures(report.totals)],
      ...report.byOrganization.map((org) => [org.name, ...figures(org)]),
    ],
    overdueHeader: [t.act, t.number, t.text, t.organization, t.due, t.daysOverdue, t.percent, t.reason],
    overdue: report.overdue.map(({ point, daysOverdue, lastNote }) => [
      point.actNumber ?? point.actTitle,
      point.number,
      point.text,
      point.responsible?.name ?? '—',
      point.dueDate ? formatLocalDate(point.dueDate, ZONE, lang) : '—',
      daysOverdue,
      point.percent,
      lastNote ?? '',
    ]),
  };
}

/** The report as a workbook: the figures (the total first, then each responsible body) and the overdue list. */
export function renderControlReportXlsx(report: ControlReportResponseDto, lang: Language): Promise<Buffer> {
  const { t, figuresHeader, figures, overdueHeader, overdue } = tables(report, lang);
  return writeWorkbook([
    { name: t.byOrganization.slice(0, 31), header: figuresHeader, rows: figures, widths: [48, 10, 12, 12, 12, 14] },
    { name: t.overdueList.slice(0, 31), header: overdueHeader, rows: overdue, widths: [24, 6, 60, 40, 20, 12, 12, 48] },
  ]);
}

/** The report as an A4 document in its language: date, figures by responsible body, the overdue list with reasons. */
export function renderControlReportPdf(report: ControlReportResponseDto, lang: Language): Promise<Buffer> {
  const { t, figures, overdue } = tables(report, lang);
  const setup = {
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang,
    title: t.title,
    date: new Date(`${report.date}T00:00:00+05:00`),
  };
  return renderPdf(setup, (doc) => {
    const width = doc.page.width - 2 * MARGIN;
    const heading = (text: string) =>
      doc.moveDown(0.8).font(PDF_FONT.bold).fontSize(13).text(text, MARGIN, doc.y, { width });
    doc.font(PDF_FONT.bold).fontSize(17).fillColor('#111111').text(t.title, MARGIN, doc.y, { width });
    doc
      .font(PDF_FONT.regular)
      .fontSize(10)
      .text(`${t.date}: ${formatLocalDate(report.date, ZONE, lang)}`);
    heading(t.byOrganization);
    for (const [name, points, done, inProgress, late, percent] of figures) {
      doc
        .font(name === t.totals ? PDF_FONT.bold : PDF_FONT.regular)
        .fontSize(10)
        .text(
          `${name}: ${t.points.toLowerCase()} ${points}, ${t.done.toLowerCase()} ${done}, ` +
            `${t.inProgress.toLowerCase()} ${inProgress}, ${t.overdue.toLowerCase()} ${late}, ${percent}%`,
          MARGIN,
          doc.y,
          { width },
        );
    }
    heading(t.overdueList);
    if (overdue.length === 0) {
      doc.font(PDF_FONT.regular).fontSize(10).text(t.none, MARGIN, doc.y, { width });
    }
    for (const [act, number, text, organization, due, days, percent, reason] of overdue) {
      doc.moveDown(0.3).font(PDF_FONT.bold).fontSize(10).text(`${act}, ${number}. ${text}`, MARGIN, doc.y, { width });
      doc
        .font(PDF_FONT.regular)
        .fontSize(9)
        .text(`${organization}; ${t.due.toLowerCase()} ${due}; ${t.daysOverdue.toLowerCase()}: ${days}; ${percent}%`);
      if (reason) {
        doc.text(`${t.reason}: ${reason}`);
      }
    }
    numberPages(doc, [{ label: t.page, x: MARGIN, width }]);
  });
}
