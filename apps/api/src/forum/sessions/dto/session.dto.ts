import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInstant, LocalizedTextDto, LongLocalizedTextDto, Nested } from '@app/common';
import { QuorumDto } from '../../events/dto/event.dto';
import {
  SESSION_KINDS,
  type SessionKind,
  type SessionPersonResponse,
  type SessionResponse,
  type SessionSpeakerResponse,
} from '@app/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class SpeakerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  personId!: string;

  @Nested(LocalizedTextDto, { optional: true })
  topic?: LocalizedTextDto;

  @ApiPropertyOptional({ minimum: 1, maximum: 600 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  minutes?: number;
}

export class CreateSessionDto {
  @ApiProperty({ enum: SESSION_KINDS }) @IsIn(SESSION_KINDS) kind!: SessionKind;

  @Nested(LocalizedTextDto)
  title!: LocalizedTextDto;

  @Nested(LongLocalizedTextDto, { optional: true })
  description?: LongLocalizedTextDto;

  @ApiProperty({ example: '2026-12-06T10:00:00+05:00' }) @IsInstant() startsAt!: string;
  @ApiProperty({ example: '2026-12-06T11:30:00+05:00' }) @IsInstant() endsAt!: string;

  @ApiPropertyOptional({ description: "One of the venue's rooms" })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  room?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The section (a top-level session of the same event) this one belongs to',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ minimum: 1, description: 'Seats for sign-ups (parallel seminars); absent: no sign-up needed' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  seats?: number;

  @ApiPropertyOptional({
    type: QuorumDto,
    description: "This session's voting members and rule, overriding the event's",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuorumDto)
  quorum?: QuorumDto;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  moderatorIds?: string[];

  @ApiPropertyOptional({ type: [SpeakerDto], description: 'In speaking order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique((s: SpeakerDto) => s.personId)
  @ValidateNested({ each: true })
  @Type(() => SpeakerDto)
  speakers?: SpeakerDto[];
}

export class UpdateSessionDto {
  @ApiPropertyOptional({ enum: SESSION_KINDS }) @IsOptional() @IsIn(SESSION_KINDS) kind?: SessionKind;

  @Nested(LocalizedTextDto, { optional: true })
  title?: LocalizedTextDto;

  @Nested(LongLocalizedTextDto, { optional: true })
  description?: LongLocalizedTextDto;

  @ApiPropertyOptional() @IsOptional() @IsInstant() startsAt?: string;
  @ApiPropertyOptional() @IsOptional() @IsInstant() endsAt?: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null takes the session out of its room' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  room?: string | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() parentId?: string;
  @ApiPropertyOptional({ minimum: 1 }) @IsOptional() @IsInt() @Min(1) @Max(100000) seats?: number;

  @Nested(QuorumDto, { optional: true })
  quorum?: QuorumDto;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Replaces the moderators' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  moderatorIds?: string[];

  @ApiPropertyOptional({ type: [SpeakerDto], description: 'Replaces the speakers: reordering is this one request' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique((s: SpeakerDto) => s.personId)
  @ValidateNested({ each: true })
  @Type(() => SpeakerDto)
  speakers?: SpeakerDto[];
}

export class SessionPersonDto implements SessionPersonResponse {
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) position!: string | null;
}

export class SessionSpeakerDto extends SessionPersonDto implements SessionSpeakerResponse {
  @ApiProperty({ nullable: true, type: String }) topic!: string | null;
  @ApiProperty({ nullable: true, type: LocalizedTextDto }) topics!: LocalizedTextDto | null;
  @ApiProperty({ nullable: true, type: Number }) minutes!: number | null;
}

export class SessionResponseDto implements SessionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ nullable: true, type: String }) parentId!: string | null;
  @ApiProperty({ enum: SESSION_KINDS }) kind!: SessionKind;
  @ApiProperty() title!: string;
  @ApiProperty({ type: LocalizedTextDto }) titles!: LocalizedTextDto;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ nullable: true, type: LongLocalizedTextDto }) descriptions!: LongLocalizedTextDto | null;
  @ApiProperty() startsAt!: string;
  @ApiProperty() endsAt!: string;
  @ApiProperty({ nullable: true, type: String, description: "A venue room's Kazakh name, or the name typed" })
  room!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The room in the asked language' })
  roomName!: string | null;
  @ApiProperty({ nullable: true, type: Number }) seats!: number | null;
  @ApiProperty({ nullable: true, type: QuorumDto }) quorum!: QuorumDto | null;
  @ApiProperty({ type: [SessionPersonDto] }) moderators!: SessionPersonDto[];
  @ApiProperty({ type: [SessionSpeakerDto] }) speakers!: SessionSpeakerDto[];
  @ApiProperty() version!: number;
}
