import { Injectable, type OnModuleInit } from '@nestjs/common';
import { pickText } from '@app/common';
import { personName } from '../../directory/people/people.service';
import { EventsService } from '../../forum/events/events.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { ScheduledMailSource } from '../notifications/survey-templates';
import { FeedbackRepository } from './feedback.repository';
import { whenText } from './feedback.service';

/**
 * When a survey opens, each checked-in participant is asked by e-mail, once: the mail worker calls this before it
 * sends; one instance takes each opened survey (SKIP LOCKED), queues its messages (each keyed by survey and person)
 * and marks it invited in the same transaction.
 */
@Injectable()
export class SurveyInvitations implements ScheduledMailSource, OnModuleInit {
  constructor(
    private readonly feedback: FeedbackRepository,
    private readonly events: EventsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.notifications.registerScheduled(this);
  }

  queueDue(now = new Date()): Promise<number> {
    return this.feedback.takeOpened(now, async (tx, survey, respondents) => {
      const event = await this.events.findRow(survey.eventId);
      if (!event) {
        return;
      }
      await this.notifications.surveyOpened(
        tx,
        respondents.map((r) => ({
          surveyId: survey.id,
          eventId: event.id,
          personId: r.personId,
          email: r.email,
          language: r.language,
          name: personName(r.fullName, r.language),
          surveyTitle: pickText(survey.title, r.language) ?? '',
          eventTitle: pickText(event.title, r.language) ?? '',
          until: whenText(survey.closesAt, event.timeZone, r.language),
        })),
      );
    });
  }
}
