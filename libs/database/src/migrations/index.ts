import { Foundation1795377451040 } from './1795377451040-Foundation';
import { ForumsAndAgendas1795400000000 } from './1795400000000-ForumsAndAgendas';
import { RegistrationsAndAttendance1795410000000 } from './1795410000000-RegistrationsAndAttendance';
import { InvitationsAndSignups1795420000000 } from './1795420000000-InvitationsAndSignups';
import { Resolutions1795430000000 } from './1795430000000-Resolutions';
import { SessionQuorum1795440000000 } from './1795440000000-SessionQuorum';
import { MailOutbox1795450000000 } from './1795450000000-MailOutbox';
import { AgendaChanges1795460000000 } from './1795460000000-AgendaChanges';
import { MailBadge1795470000000 } from './1795470000000-MailBadge';
import { MailRemindersAndOptOut1795480000000 } from './1795480000000-MailRemindersAndOptOut';
import { AgendaVersions1795490000000 } from './1795490000000-AgendaVersions';
import { AuthChanges1795491000000 } from './1795491000000-AuthChanges';
import { RegistrationAdmit1795500000000 } from './1795500000000-RegistrationAdmit';
import { RegistrationAdmitBatch1795510000000 } from './1795510000000-RegistrationAdmitBatch';
import { RoomNames1795520000000 } from './1795520000000-RoomNames';
import { Protocols1795550000000 } from './1795550000000-Protocols';
import { ActSeals1795560000000 } from './1795560000000-ActSeals';
import { Polls1795570000000 } from './1795570000000-Polls';
import { EventChanges1795580000000 } from './1795580000000-EventChanges';
import { RateLimits1795590000000 } from './1795590000000-RateLimits';
import { Materials1795630000000 } from './1795630000000-Materials';
import { AdoptionRecord1795650000000 } from './1795650000000-AdoptionRecord';
import { ArticleKinds1795730000000 } from './1795730000000-ArticleKinds';
import { RegionFormerNames1795731000000 } from './1795731000000-RegionFormerNames';
import { UnsubscribeTokenExpiry1795732000000 } from './1795732000000-UnsubscribeTokenExpiry';
import { ControlReminders1795760000000 } from './1795760000000-ControlReminders';
import { ReportsByRegion1795770000000 } from './1795770000000-ReportsByRegion';
import { PointIndicators1795820000000 } from './1795820000000-PointIndicators';
import { ControlSearch1795780000000 } from './1795780000000-ControlSearch';
import { FeedbackSurveys1795750000000 } from './1795750000000-FeedbackSurveys';
import { MaterialLinks1795740000000 } from './1795740000000-MaterialLinks';
import { AccountLinks1795710000000 } from './1795710000000-AccountLinks';
import { CalendarFeedTokens1795610000000 } from './1795610000000-CalendarFeedTokens';
import { Awards1795640000000 } from './1795640000000-Awards';
import { PlansAndControl1795620000000 } from './1795620000000-PlansAndControl';
import { Webhooks1795660000000 } from './1795660000000-Webhooks';
import { MaterialRevisions1795800000000 } from './1795800000000-MaterialRevisions';
import { SurveyInvitations1795810000000 } from './1795810000000-SurveyInvitations';

/** Every migration, in order. Listed explicitly: a bundler or a glob can drop one silently. */
export const MIGRATIONS = [
  Foundation1795377451040,
  ForumsAndAgendas1795400000000,
  RegistrationsAndAttendance1795410000000,
  InvitationsAndSignups1795420000000,
  Resolutions1795430000000,
  SessionQuorum1795440000000,
  MailOutbox1795450000000,
  AgendaChanges1795460000000,
  MailBadge1795470000000,
  MailRemindersAndOptOut1795480000000,
  AgendaVersions1795490000000,
  AuthChanges1795491000000,
  RegistrationAdmit1795500000000,
  RegistrationAdmitBatch1795510000000,
  RoomNames1795520000000,
  Protocols1795550000000,
  ActSeals1795560000000,
  Polls1795570000000,
  EventChanges1795580000000,
  RateLimits1795590000000,
  CalendarFeedTokens1795610000000,
  PlansAndControl1795620000000,
  Materials1795630000000,
  Awards1795640000000,
  AdoptionRecord1795650000000,
  Webhooks1795660000000,
  AccountLinks1795710000000,
  ArticleKinds1795730000000,
  RegionFormerNames1795731000000,
  UnsubscribeTokenExpiry1795732000000,
  MaterialLinks1795740000000,
  FeedbackSurveys1795750000000,
  ControlReminders1795760000000,
  ReportsByRegion1795770000000,
  ControlSearch1795780000000,
  MaterialRevisions1795800000000,
  SurveyInvitations1795810000000,
  PointIndicators1795820000000,
];
