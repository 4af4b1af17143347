import { Inject, Injectable } from '@nestjs/common';
import { addDays, formatLocalDate, pickText } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Language } from '@app/contracts';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { PeopleService, personName } from '../../directory/people/people.service';
import { type ControlNotice, NotificationsService } from '../../participation/notifications/notifications.service';
import { type ControlFilter, ControlRepository, type ControlRow } from './control.repository';

/** An overdue notice goes out the day after the deadline, or within this many days if no run came that day. */
const OVERDUE_NOTICE_DAYS = 7;
/** The most points one run looks at (a run a few minutes later takes the rest: the keys skip what was queued). */
const RUN_LIMIT = 5000;
type Person = Awaited<ReturnType<PeopleService['findByIds']>>[number];
const EVERYONE: ControlFilter['visibility'] = { all: true, ownerIds: [], eventIds: [], responsibleIds: [] };

/** Monday of the ISO week of a `YYYY-MM-DD` day. */
function weekOf(day: string): string {
  return addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
}

function pointOf(row: ControlRow, lang: Language): ControlNotice['points'][number] {
  return {
    label: `${row.actNumber ?? pickText(row.actTitle, lang) ?? ''}, ${row.position}`,
    text: pickText(row.text, lang) ?? '',
    due: row.dueDate ? formatLocalDate(row.dueDate, 'Asia/Almaty', lang) : '—',
  };
}

/**
 * Tells people about deadlines through the mail outbox: the responsible person `CONTROL_REMINDER_DAYS` before a
 * point's deadline and again the day after it passes, and each responsible organization's head once a week with the
 * organization's overdue points. The outbox's unique keys (point and deadline; organization and week) make each go
 * out once with any number of instances running; a moved deadline makes a new key, so it is told again. People who
 * opted out of reminders get none of these.
 */
@Injectable()
export class ControlRemindersService {
  constructor(
    private readonly control: ControlRepository,
    private readonly people: PeopleService,
    private readonly organizations: OrganizationsService,
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues what is due on `date` (`YYYY-MM-DD`; today in Kazakhstan when not given); returns how many were queued. */
  async queueDue(date?: string): Promise<number> {
    const day = await this.control.day(date);
    const days = this.config.mail.controlReminderDays;
    const [near, overdue] = await Promise.all([
      this.control.list(
        {
          date: day,
          visibility: EVERYONE,
          openOnly: true,
          dueFrom: addDays(day, -OVERDUE_NOTICE_DAYS),
          dueWithinDays: days,
        },
        RUN_LIMIT,
        0,
      ),
      this.control.list({ date: day, visibility: EVERYONE, overdue: true }, RUN_LIMIT, 0),
    ]);
    const heads = new Map(
      (await this.organizations.findByIds(overdue.rows.flatMap((row) => row.responsibleId ?? [])))
        .filter((org) => org.headPersonId)
        .map((org) => [org.id, org.headPersonId!]),
    );
    const people = new Map(
      (await this.people.findByIds([...near.rows.flatMap((row) => row.executorId ?? []), ...heads.values()]))
        .filter((person) => person.email && !person.remindersOptOut)
        .map((person) => [person.id, person]),
    );
    return this.notifications.controlNoticesDue([
      ...this.pointNotices(near.rows, people, day),
      ...this.digests(overdue.rows, heads, people, day),
    ]);
  }

  /** A reminder for a point not yet due, an overdue notice for one whose deadline has passed. */
  private pointNotices(rows: ControlRow[], people: Map<string, Person>, day: string): ControlNotice[] {
    return rows.flatMap((row) => {
      const person = row.executorId ? people.get(row.executorId) : undefined;
      if (!person || !row.dueDate) {
        return [];
      }
      const days = Math.round((Date.parse(row.dueDate) - Date.parse(day)) / 86_400_000);
      return [
        {
          key: `${row.id}:${row.dueDate}`,
          kind: days >= 0 ? 'reminder' : 'overdue',
          email: person.email!,
          language: person.language,
          name: personName(person.fullName, person.language),
          points: [pointOf(row, person.language)],
          days,
        },
      ];
    });
  }

  /** One digest a week per responsible organization with a head: its overdue points. */
  private digests(
    rows: ControlRow[],
    heads: Map<string, string>,
    people: Map<string, Person>,
    day: string,
  ): ControlNotice[] {
    const byOrganization = new Map<string, ControlRow[]>();
    for (const row of rows.filter((r) => r.responsibleId && heads.has(r.responsibleId))) {
      byOrganization.set(row.responsibleId!, [...(byOrganization.get(row.responsibleId!) ?? []), row]);
    }
    return [...byOrganization].flatMap(([organizationId, points]) => {
      const head = people.get(heads.get(organizationId)!);
      if (!head) {
        return [];
      }
      return [
        {
          key: `${organizationId}:${weekOf(day)}`,
          kind: 'digest',
          email: head.email!,
          language: head.language,
          name: personName(head.fullName, head.language),
          organization: pickText(points[0].responsibleName, head.language) ?? '',
          points: points.map((row) => pointOf(row, head.language)),
        },
      ];
    });
  }
}
