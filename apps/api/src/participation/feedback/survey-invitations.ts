import { Injectable, type OnModuleInit } from '@nestjs/common';
import { pickText } from '@app/common';
import { personName } from '../../directory/people/people.service';
import { EventsService } from '../../forum/events/events.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { ScheduledMailSource } from '../notifications/survey-templates';
import { SurveyInvitationsRepository } from './survey-invitations.repository';
import { whenText } from './feedback.service';

/**
 * While a survey is open, each checked-in participant is asked by e-mail, once, including those who check in after
 * it opened: the mail worker calls this before it sends; one instance takes each open survey with someone not asked
 * yet (SKIP LOCKED), records their invitations (survey_invitations) and queues their messages (each keyed by survey
 * and person) in the same transaction. Returns how many were asked.
 */
@Injectable()
export class SurveyInvitations implements ScheduledMailSource, OnModuleInit {
  constructor(
    private readonly invitations: SurveyInvitationsRepository,
    private readonly events: EventsService,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.notifications.registerScheduled(this);
  }

  queueDue(now = new Date()): Promise<number> {
    return this.invitations.takeOpened(now, async (tx, survey, respondents) => {
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
