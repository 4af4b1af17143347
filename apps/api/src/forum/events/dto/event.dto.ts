import { IsInstant, LocalizedTextDto, LongLocalizedTextDto, PageQueryDto, trimUpper } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EVENT_KINDS,
  EVENT_STATUSES,
  EVENT_VISIBILITIES,
  type EventKind,
  type EventStatus,
  type EventVisibility,
  ROLES,
  type EventOrganizerResponse,
  type EventResponse,
  type PageResponse,
  type QuorumRule,
  type LocalizedText,
  type VenueResponse,
} from '@app/contracts';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const DISTRICT = {
  description: 'Registration asks the district and organization; the attendance report groups by them',
};

export class VenueDto {
  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name!: LocalizedTextDto;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  address?: LocalizedTextDto;

  @ApiPropertyOptional({
    type: [LocalizedTextDto],
    example: [{ kk: 'Мәжіліс залы', ru: 'Зал заседаний' }],
    description: 'Each room in kk and ru (en optional); a plain string is taken as a name in both',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    Array.isArray(value)
      ? value.map((room: unknown) =>
          plainToInstance(LocalizedTextDto, typeof room === 'string' ? { kk: room, ru: room } : room),
        )
      : value,
  )
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique((room: LocalizedText | undefined) => room?.kk?.toLocaleLowerCase('kk'))
  @ValidateNested({ each: true })
  rooms?: LocalizedTextDto[];
}

export class QuorumDto implements QuorumRule {
  @ApiPropertyOptional({ description: 'A fixed roster size of voting members' })
  @IsOptional()
  @IsInt()
  @Min(1)
  memberCount?: number;

  @ApiPropertyOptional({ type: [String], description: 'Or: the registered participants of these roles vote' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  roles?: string[];

  @ApiPropertyOptional({
    enum: ['present', 'members'],
    default: 'present',
    description: 'A resolution passes with more than half of those present, or of all voting members',
  })
  @IsOptional()
  @IsIn(['present', 'members'])
  majority?: 'present' | 'members';

  @ApiPropertyOptional({ default: 0.5, description: 'Quorum is reached when present members exceed this share' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1)
  fraction?: number;
}

export class CreateEventDto {
  @ApiProperty({ enum: EVENT_KINDS })
  @IsIn(EVENT_KINDS)
  kind!: EventKind;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title!: LocalizedTextDto;

  @ApiPropertyOptional({ type: LongLocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LongLocalizedTextDto)
  description?: LongLocalizedTextDto;

  @ApiProperty({ type: [String], format: 'uuid', description: 'One or more organizations; a joint event has several' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  organizerIds!: string[];

  @ApiPropertyOptional({ example: 'KZ-27' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  regionCode?: string;

  @ApiProperty({ type: VenueDto })
  @ValidateNested()
  @Type(() => VenueDto)
  venue!: VenueDto;

  @ApiProperty({ example: '2026-12-06T10:00:00+05:00' })
  @IsInstant()
  startsAt!: string;

  @ApiProperty({ example: '2026-12-06T18:00:00+05:00' })
  @IsInstant()
  endsAt!: string;

  @ApiPropertyOptional({ default: 'Asia/Almaty', description: 'IANA zone the event is shown in' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @ApiPropertyOptional({ enum: EVENT_VISIBILITIES, default: 'public' })
  @IsOptional()
  @IsIn(EVENT_VISIBILITIES)
  visibility?: EventVisibility;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  capacity?: number;

  @ApiPropertyOptional({ description: 'When the event was announced to the public (press, social networks, sites)' })
  @IsOptional()
  @IsInstant()
  announcedAt?: string;

  @ApiPropertyOptional() @IsOptional() @IsInstant() registrationOpensAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsInstant() registrationClosesAt?: string;
  @ApiPropertyOptional({ default: false }) @IsOptional() @IsBoolean() requiresApproval?: boolean;
  @ApiPropertyOptional({ default: false, ...DISTRICT }) @IsOptional() @IsBoolean() reportsByRegion?: boolean;

  @ApiPropertyOptional({ example: 'wko-rural-akims-forum-2026' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @MaxLength(120)
  slug?: string;

  @ApiPropertyOptional({ type: QuorumDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuorumDto)
  quorum?: QuorumDto;
}

export class UpdateEventDto {
  @ApiPropertyOptional({ enum: EVENT_KINDS }) @IsOptional() @IsIn(EVENT_KINDS) kind?: EventKind;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title?: LocalizedTextDto;

  @ApiPropertyOptional({ nullable: true, type: LongLocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LongLocalizedTextDto)
  description?: LongLocalizedTextDto | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  organizerIds?: string[];

  @ApiPropertyOptional({ nullable: true, description: 'null clears it' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  regionCode?: string | null;

  @ApiPropertyOptional({ type: VenueDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => VenueDto)
  venue?: VenueDto;

  @ApiPropertyOptional() @IsOptional() @IsInstant() startsAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsInstant() endsAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) timeZone?: string;
  @ApiPropertyOptional({ enum: EVENT_VISIBILITIES })
  @IsOptional()
  @IsIn(EVENT_VISIBILITIES)
  visibility?: EventVisibility;
  @ApiPropertyOptional({ nullable: true, description: 'null clears it' }) @IsOptional() @IsInt() @Min(1) capacity?:
    number | null;
  @ApiPropertyOptional({ nullable: true, description: 'null clears it' }) @IsOptional() @IsInstant() announcedAt?:
    string | null;
  @ApiPropertyOptional({ nullable: true, description: 'null clears it' })
  @IsOptional()
  @IsInstant()
  registrationOpensAt?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'null clears it' })
  @IsOptional()
  @IsInstant()
  registrationClosesAt?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() requiresApproval?: boolean;
  @ApiPropertyOptional(DISTRICT) @IsOptional() @IsBoolean() reportsByRegion?: boolean;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/) @MaxLength(120) slug?: string;

  @ApiPropertyOptional({ nullable: true, type: QuorumDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuorumDto)
  quorum?: QuorumDto | null;
}

export class ListEventsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Events that end at or after this instant (ISO 8601 with offset)' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Events that start before this instant (ISO 8601 with offset)' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ description: 'Events in this region or any region below it' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ enum: EVENT_KINDS }) @IsOptional() @IsIn(EVENT_KINDS) kind?: EventKind;
  @ApiPropertyOptional({ enum: EVENT_STATUSES }) @IsOptional() @IsIn(EVENT_STATUSES) status?: EventStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organization?: string;
  @ApiPropertyOptional({ description: 'Part of the title in any language' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class ComplianceQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsInstant() from?: string;
  @ApiPropertyOptional() @IsOptional() @IsInstant() to?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trimUpper) @IsString() @MaxLength(40) region?: string;
  @ApiPropertyOptional({ enum: ['kk', 'ru', 'en'] }) @IsOptional() @IsIn(['kk', 'ru', 'en']) lang?: string;
}

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

export class ComplianceGroupDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty() events!: number;
  @ApiProperty() inTime!: number;
  @ApiProperty() late!: number;
  @ApiProperty() notAnnounced!: number;
  @ApiProperty({ description: 'Share announced in time, 0–100' }) percent!: number;
}

export class ComplianceEventDto {
  @ApiProperty() id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty({ nullable: true, type: String }) announcedAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) leadTimeDays!: number | null;
  @ApiProperty() requiredLeadDays!: number;
  @ApiProperty({ nullable: true, type: String }) regionCode!: string | null;
  @ApiProperty({ type: [String] }) organizers!: string[];
}

export class ComplianceResponseDto {
  @ApiProperty({ type: ComplianceGroupDto }) totals!: ComplianceGroupDto;
  @ApiProperty({ type: [ComplianceGroupDto] }) byOrganizer!: ComplianceGroupDto[];
  @ApiProperty({ type: [ComplianceGroupDto], description: 'By the region of the event (districts show up here)' })
  byRegion!: ComplianceGroupDto[];
  @ApiProperty({ type: [ComplianceEventDto], description: 'Public events announced late or not at all' })
  violations!: ComplianceEventDto[];
}

export const STAFF_ROLES = ROLES.filter((r) => r !== 'participant');
