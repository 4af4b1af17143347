import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EVENT_KINDS, EVENT_STATUSES, LANGUAGES, SESSION_KINDS } from '@app/contracts';

export class AgendaPersonDto {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) position!: string | null;
  @ApiProperty({ nullable: true, type: String }) organization!: string | null;
}

export class AgendaSpeakerDto extends AgendaPersonDto {
  @ApiProperty({ nullable: true, type: String }) topic!: string | null;
  @ApiProperty({ nullable: true, type: Number }) minutes!: number | null;
}

export class AgendaMaterialDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: LANGUAGES }) language!: string;
  @ApiProperty({ example: 'pdf' }) fileType!: string;
  @ApiProperty({ description: "The current version's bytes" }) size!: number;
  @ApiProperty({ example: '2,4 МБ' }) sizeLabel!: string;
  @ApiProperty({ example: '/api/v1/materials/…' }) url!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The speech it goes with' })
  speakerId!: string | null;
}

export class AgendaSessionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: SESSION_KINDS }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ description: 'ISO 8601 with the event zone offset' }) startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty({ nullable: true, type: String }) room!: string | null;
  @ApiPropertyOptional({ description: 'Sessions with sign-ups: their seats' }) seats?: number;
  @ApiPropertyOptional({ description: 'Sessions with sign-ups: seats still free' }) seatsLeft?: number;
  @ApiProperty({ type: [AgendaPersonDto] }) moderators!: AgendaPersonDto[];
  @ApiProperty({ type: [AgendaSpeakerDto], description: 'In speaking order' }) speakers!: AgendaSpeakerDto[];
  @ApiProperty({ type: [AgendaMaterialDto], description: 'Its public materials, with their sizes' })
  materials!: AgendaMaterialDto[];
  @ApiProperty({ type: () => [AgendaSessionDto], description: 'Sub-sessions of a section, same shape' })
  children!: AgendaSessionDto[];
}

export class AgendaDayDto {
  @ApiProperty({ example: '2026-12-06', description: 'In the event zone' }) date!: string;
  @ApiProperty({ type: [AgendaSessionDto] }) sessions!: AgendaSessionDto[];
}

export class AgendaVenueDto {
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
}

export class AgendaRegionDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class AgendaOrganizerDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class AgendaEventDto {
  @ApiProperty() id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ enum: EVENT_KINDS }) kind!: string;
  @ApiProperty({ enum: EVENT_STATUSES }) status!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty() timeZone!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty({ type: AgendaVenueDto }) venue!: AgendaVenueDto;
  @ApiProperty({ type: AgendaRegionDto, nullable: true }) region!: AgendaRegionDto | null;
  @ApiProperty({ type: [AgendaOrganizerDto] }) organizers!: AgendaOrganizerDto[];
  @ApiProperty() updatedAt!: string;
}

export class AgendaResponseDto {
  @ApiProperty({ enum: LANGUAGES }) language!: string;
  @ApiProperty({ type: AgendaEventDto }) event!: AgendaEventDto;
  @ApiProperty({ type: [AgendaDayDto] }) days!: AgendaDayDto[];
}
