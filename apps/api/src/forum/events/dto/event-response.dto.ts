import { LocalizedTextDto, LongLocalizedTextDto } from '@app/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  EVENT_VISIBILITIES,
  type EventKind,
  type EventOrganizerResponse,
  type EventResponse,
  type EventStatus,
  type EventVisibility,
  type PageResponse,
  type VenueResponse,
} from '@app/contracts';
import { DISTRICT, QuorumDto } from './event.dto';

export class EventOrganizerDto implements EventOrganizerResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() announcementLeadDays!: number;
}

export class VenueResponseDto implements VenueResponse {
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
  @ApiProperty({ type: [String], description: 'The rooms in the asked language' }) rooms!: string[];
  @ApiProperty({ type: [LocalizedTextDto] }) roomNames!: LocalizedTextDto[];
  @ApiProperty({ type: LocalizedTextDto }) names!: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto, nullable: true }) addresses!: LocalizedTextDto | null;
}

export class EventResponseDto implements EventResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ enum: EVENT_KINDS }) kind!: EventKind;
  @ApiProperty({ enum: EVENT_STATUSES }) status!: EventStatus;
  @ApiProperty({ description: 'In the asked language' }) title!: string;
  @ApiProperty({ type: LocalizedTextDto }) titles!: LocalizedTextDto;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ nullable: true, type: LongLocalizedTextDto }) descriptions!: LongLocalizedTextDto | null;
  @ApiProperty({ type: [EventOrganizerDto] }) organizers!: EventOrganizerDto[];
  @ApiProperty({ type: [String] }) organizerIds!: string[];
  @ApiProperty({ nullable: true, type: String }) regionCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) regionName!: string | null;
  @ApiProperty({ type: VenueResponseDto }) venue!: VenueResponseDto;
  @ApiProperty({ description: 'ISO 8601 with the offset of timeZone' }) startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ enum: EVENT_VISIBILITIES }) visibility!: EventVisibility;
  @ApiProperty({ nullable: true, type: Number }) capacity!: number | null;
  @ApiProperty({ nullable: true, type: String }) announcedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) registrationOpensAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) registrationClosesAt!: string | null;
  @ApiProperty() requiresApproval!: boolean;
  @ApiProperty(DISTRICT) reportsByRegion!: boolean;
  @ApiProperty({ nullable: true, type: QuorumDto }) quorum!: QuorumDto | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Whole days between the announcement and the start' })
  leadTimeDays!: number | null;
  @ApiProperty({ description: "The strictest of the organizers' rules (default 5 days)" }) requiredLeadDays!: number;
  @ApiProperty({ description: 'Announced at least requiredLeadDays before the start' }) meetsLeadTimeRule!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class EventListResponseDto implements PageResponse<EventResponse> {
  @ApiProperty({ type: [EventResponseDto] }) items!: EventResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
