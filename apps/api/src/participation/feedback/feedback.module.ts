import { Module } from '@nestjs/common';
import { EventsModule } from '../../forum/events/events.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { EventSurveysController, SurveysController } from './feedback.controller';
import { FeedbackRepository } from './feedback.repository';
import { FeedbackResultsService } from './feedback-results.service';
import { FeedbackService } from './feedback.service';
import { SurveyInvitations } from './survey-invitations';
import { SurveyInvitationsRepository } from './survey-invitations.repository';
import { SurveyViews } from './survey-views';

/** Feedback surveys after an event or a session: written by its organizers, answered by those checked in. */
@Module({
  imports: [EventsModule, NotificationsModule],
  controllers: [EventSurveysController, SurveysController],
  providers: [
    FeedbackService,
    FeedbackResultsService,
    FeedbackRepository,
    SurveyInvitations,
    SurveyInvitationsRepository,
    SurveyViews,
  ],
  exports: [FeedbackService],
})
export class FeedbackModule {}
