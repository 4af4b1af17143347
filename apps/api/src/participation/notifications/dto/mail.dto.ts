import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '@app/contracts';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

export class ListMailQueryDto {
  @ApiPropertyOptional({ enum: MAIL_STATUSES })
  @IsOptional()
  @IsIn(MAIL_STATUSES)
  status?: MailStatus;
}

export class ListAllMailQueryDto extends ListMailQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the messages of this event' })
  @IsOptional()
  @IsUUID()
  event?: string;
}

/** A message as staff see it: to whom, about what, and where it stands (no body: it may hold personal links). */
export class MailMessageResponseDto {
  @ApiProperty({ description: 'The outbox id (a number, as a string)' }) id!: string;
  @ApiProperty({
    description:
      'registration.received, registration.registered, registration.waitlisted, registration.promoted, registration.invited, registration.agenda_changed, reminder, resolution.published',
  })
  purpose!: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) eventId!: string | null;
  @ApiProperty() recipient!: string;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty() subject!: string;
  @ApiProperty({ enum: MAIL_STATUSES }) status!: MailStatus;
  @ApiProperty({ description: 'Delivery attempts so far' }) attempts!: number;
  @ApiProperty({ nullable: true, type: String, description: 'Why the last attempt failed' }) lastError!: string | null;
  @ApiProperty({ description: 'When a queued message is tried next' }) nextAttemptAt!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ nullable: true, type: String }) sentAt!: string | null;
}

export class MailPreferencesDto {
  @ApiProperty({ description: 'No reminders the day before an event; other messages still go' })
  @IsBoolean()
  remindersOptOut!: boolean;
}
