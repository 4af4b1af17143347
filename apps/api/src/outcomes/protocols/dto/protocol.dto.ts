import {
  PROTOCOL_ITEM_STATES,
  PROTOCOL_KINDS,
  PROTOCOL_STATUSES,
  type PointResponse,
  type ProtocolAttendanceResponse,
  type ProtocolItemResponse,
  type ProtocolItemState,
  type ProtocolKind,
  type ProtocolPersonResponse,
  type ProtocolResponse,
  type ProtocolSignatureResponse,
  type ProtocolStatus,
} from '@app/contracts';
import { IsInstant, LocalizedTextDto, LongLocalizedTextDto } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { PointDto } from '../../resolutions/dto/resolution.dto';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The header of a protocol: every field optional, the skeleton fills what is left out. */
export class ProtocolHeaderDto {
  @ApiPropertyOptional({ example: '2026-05-14', description: "Default: the meeting's day in the event's time zone" })
  @IsOptional()
  @Matches(DAY)
  meetingDate?: string;

  @ApiPropertyOptional({ type: LocalizedTextDto, description: "Default: the venue and the meeting's room" })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  place?: LocalizedTextDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'The chair (a person); signs the protocol' })
  @IsOptional()
  @IsUUID()
  chairId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The secretary (a person); signs the protocol' })
  @IsOptional()
  @IsUUID()
  secretaryId?: string;

  @ApiPropertyOptional({ type: LongLocalizedTextDto, description: "A protocol's opening words; an addendum's text" })
  @IsOptional()
  @ValidateNested()
  @Type(() => LongLocalizedTextDto)
  body?: LongLocalizedTextDto;
}

export class CreateProtocolDto extends ProtocolHeaderDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "A session's own protocol, when the session is a meeting of its own",
  })
  @IsOptional()
  @IsUUID()
  sessionId?: string;
}

export class CreateAddendumDto extends ProtocolHeaderDto {
  @ApiProperty({ type: LongLocalizedTextDto, description: 'What the addendum corrects or adds' })
  @ValidateNested()
  @Type(() => LongLocalizedTextDto)
  declare body: LongLocalizedTextDto;
}

export class UpdateItemDto {
  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title?: LocalizedTextDto;

  @ApiPropertyOptional({ type: LongLocalizedTextDto, nullable: true, description: 'A short summary of what was heard' })
  @ValidateIf((_, v) => v !== null)
  @IsOptional()
  @ValidateNested()
  @Type(() => LongLocalizedTextDto)
  summary?: LongLocalizedTextDto | null;

  @ApiPropertyOptional({ type: LongLocalizedTextDto, nullable: true, description: 'ҚАУЛЫ ЕТТІ / ПОСТАНОВИЛИ in words' })
  @ValidateIf((_, v) => v !== null)
  @IsOptional()
  @ValidateNested()
  @Type(() => LongLocalizedTextDto)
  decided?: LongLocalizedTextDto | null;

  @ApiPropertyOptional({ enum: PROTOCOL_ITEM_STATES, description: '`current` marks the item under way' })
  @IsOptional()
  @IsIn(PROTOCOL_ITEM_STATES)
  state?: ProtocolItemState;
}

export class SpeechDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'A person from the directory…' })
  @ValidateIf((o: SpeechDto) => o.name === undefined)
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({ type: LocalizedTextDto, description: '…or a name as said in the hall' })
  @ValidateIf((o: SpeechDto) => o.personId === undefined)
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name?: LocalizedTextDto;

  @ApiPropertyOptional({ type: LocalizedTextDto, description: "The speaker's position, if not the directory's" })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  position?: LocalizedTextDto;

  @ApiPropertyOptional({ description: 'When they spoke; default now' })
  @IsOptional()
  @IsInstant()
  at?: string;

  @ApiPropertyOptional({ type: LongLocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LongLocalizedTextDto)
  summary?: LongLocalizedTextDto;
}

export class InstructionDto extends PointDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The item it was given under; none for the meeting as a whole' })
  @IsOptional()
  @IsUUID()
  itemId?: string;
}

export class ProtocolItemResponseDto implements ProtocolItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: number;
  @ApiProperty({ nullable: true, type: String }) sessionId!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: LocalizedTextDto }) titles!: LocalizedTextDto;
  @ApiProperty({ enum: PROTOCOL_ITEM_STATES }) state!: ProtocolItemState;
  @ApiProperty({ type: [Object], description: 'ТЫҢДАЛДЫ / СЛУШАЛИ' }) heard!: ProtocolItemResponse['heard'];
  @ApiProperty({ type: [Object], description: 'СӨЙЛЕДІ / ВЫСТУПИЛИ' }) speeches!: ProtocolItemResponse['speeches'];
  @ApiProperty({ nullable: true, type: String }) summary!: string | null;
  @ApiProperty({ nullable: true, type: Object }) summaries!: ProtocolItemResponse['summaries'];
  @ApiProperty({ nullable: true, type: String }) decided!: string | null;
  @ApiProperty({ nullable: true, type: Object }) decidedTexts!: ProtocolItemResponse['decidedTexts'];
  @ApiProperty({ type: [Object], description: 'Resolutions adopted under the item, with their vote' })
  resolutions!: ProtocolItemResponse['resolutions'];
  @ApiProperty({ type: [Object] }) instructions!: PointResponse[];
  @ApiProperty() version!: number;
}

export class ProtocolResponseDto implements ProtocolResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ nullable: true, type: String }) sessionId!: string | null;
  @ApiProperty({ enum: PROTOCOL_KINDS }) kind!: ProtocolKind;
  @ApiProperty({ enum: PROTOCOL_STATUSES }) status!: ProtocolStatus;
  @ApiProperty({ nullable: true, type: String, example: '3/2026' }) number!: string | null;
  @ApiProperty({ example: '2026-05-14' }) meetingDate!: string;
  @ApiProperty({ example: 'Asia/Oral' }) timeZone!: string;
  @ApiProperty({ nullable: true, type: String }) place!: string | null;
  @ApiProperty({ nullable: true, type: LocalizedTextDto }) places!: LocalizedTextDto | null;
  @ApiProperty({ type: [Object] }) organizers!: { id: string; name: string }[];
  @ApiProperty() title!: string;
  @ApiProperty({ nullable: true, type: Object }) chair!: ProtocolPersonResponse | null;
  @ApiProperty({ nullable: true, type: Object }) secretary!: ProtocolPersonResponse | null;
  @ApiProperty({ nullable: true, type: String }) body!: string | null;
  @ApiProperty({ nullable: true, type: Object }) bodies!: ProtocolResponse['bodies'];
  @ApiProperty({ nullable: true, type: String }) openedAt!: string | null;
  @ApiProperty({ type: Object, description: 'Members present by name, absent members, guests, the quorum at opening' })
  attendance!: ProtocolAttendanceResponse;
  @ApiProperty({ type: [ProtocolItemResponseDto] }) items!: ProtocolItemResponseDto[];
  @ApiProperty({ type: [Object] }) instructions!: PointResponse[];
  @ApiProperty({ type: [Object] }) signatures!: ProtocolSignatureResponse[];
  @ApiProperty({ nullable: true, type: String }) approvedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) publishedAt!: string | null;
  @ApiProperty({ nullable: true, type: Object }) addends!: { id: string; number: string | null } | null;
  @ApiProperty({ type: [Object] }) addenda!: ProtocolResponse['addenda'];
  @ApiProperty() version!: number;
}
