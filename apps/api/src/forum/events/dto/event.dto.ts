import { IsInstant, LocalizedTextDto, LongLocalizedTextDto, Nested, trimUpper } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EVENT_KINDS,
  EVENT_VISIBILITIES,
  type EventKind,
  type EventVisibility,
  type QuorumRule,
  type LocalizedText,
} from '@app/contracts';
import { plainToInstance, Transform } from 'class-transformer';
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

/** The district-and-organization question, said alike on the request and the response. */
export const DISTRICT = {
  description: 'Registration asks the district and organization; the attendance report groups by them',
};

export class VenueDto {
  @Nested(LocalizedTextDto)
  name!: LocalizedTextDto;

  @Nested(LocalizedTextDto, { optional: true })
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

  @Nested(LocalizedTextDto)
  title!: LocalizedTextDto;

  @Nested(LongLocalizedTextDto, { optional: true })
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

  @Nested(VenueDto)
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

  @Nested(QuorumDto, { optional: true })
  quorum?: QuorumDto;
}

export class UpdateEventDto {
  @ApiPropertyOptional({ enum: EVENT_KINDS }) @IsOptional() @IsIn(EVENT_KINDS) kind?: EventKind;

  @Nested(LocalizedTextDto, { optional: true })
  title?: LocalizedTextDto;

  @Nested(LongLocalizedTextDto, { optional: true, nullable: true })
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

  @Nested(VenueDto, { optional: true })
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

  @Nested(QuorumDto, { optional: true, nullable: true })
  quorum?: QuorumDto | null;
}
