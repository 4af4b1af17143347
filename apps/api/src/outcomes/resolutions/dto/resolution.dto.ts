import {
  POINT_STATUSES,
  RESOLUTION_KINDS,
  type ExecutionGroupResponse,
  type ExecutionResponse,
  type PointIndicatorResponse,
  type PointResponse,
  type PointStatus,
  type ResolutionKind,
  type ResolutionResponse,
} from '@app/contracts';
import { IsInstant, LocalizedTextDto, LongLocalizedTextDto, trimUpper } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

export class PointDto {
  @ApiProperty({ type: LongLocalizedTextDto })
  @ValidateNested()
  @Type(() => LongLocalizedTextDto)
  text!: LongLocalizedTextDto;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() responsibleOrganizationId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() executorId?: string;

  @ApiPropertyOptional({ example: '2027-06-30' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  dueDate?: string;
}

export class CreateResolutionDto {
  @ApiPropertyOptional({ enum: RESOLUTION_KINDS, default: 'resolution' })
  @IsOptional()
  @IsIn(RESOLUTION_KINDS)
  kind?: ResolutionKind;

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title!: LocalizedTextDto;

  @ApiPropertyOptional({ type: LongLocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LongLocalizedTextDto)
  preamble?: LongLocalizedTextDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'The session that adopts it' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiProperty({ type: [PointDto], description: 'In order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PointDto)
  points!: PointDto[];
}

export class UpdateResolutionDto {
  @ApiPropertyOptional({ enum: RESOLUTION_KINDS }) @IsOptional() @IsIn(RESOLUTION_KINDS) kind?: ResolutionKind;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title?: LocalizedTextDto;

  @ApiPropertyOptional({ type: LongLocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LongLocalizedTextDto)
  preamble?: LongLocalizedTextDto;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() sessionId?: string;

  @ApiPropertyOptional({ type: [PointDto], description: 'Replaces all points' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PointDto)
  points?: PointDto[];
}

export class AdoptDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A closed vote by name on this resolution: its counts, voters and quorum are taken, no counts typed',
  })
  @IsOptional()
  @IsUUID()
  pollId?: string;

  @ApiPropertyOptional({ description: 'Required unless pollId is given' })
  @ValidateIf((o: AdoptDto) => o.pollId === undefined)
  @IsInt()
  @Min(0)
  votesFor?: number;
  @ApiPropertyOptional({ description: 'Required unless pollId is given' })
  @ValidateIf((o: AdoptDto) => o.pollId === undefined)
  @IsInt()
  @Min(0)
  votesAgainst?: number;
  @ApiPropertyOptional({ description: 'Required unless pollId is given' })
  @ValidateIf((o: AdoptDto) => o.pollId === undefined)
  @IsInt()
  @Min(0)
  votesAbstained?: number;

  @ApiPropertyOptional({ description: "Defaults to the live check-in count of the adopting session's voting members" })
  @IsOptional()
  @IsInt()
  @Min(0)
  presentCount?: number;

  @ApiProperty({ format: 'uuid', description: 'The chair who signs (a person): required' })
  @IsUUID()
  chairId!: string;

  @ApiProperty({
    type: LocalizedTextDto,
    description: 'Where it was adopted: the city or village (e.g. Тараз), not the oblast; kk and ru required',
  })
  @IsDefined()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  place!: LocalizedTextDto;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "Whose series numbers it: one of the event's organizers (default: the first listed)",
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({
    description:
      "Default: now, which must lie within the adopting session's time (or the event's, without a session). A late " +
      "record gives the instant it was adopted: from the session's start (the event's) to the event's end, not ahead",
  })
  @IsOptional()
  @IsInstant()
  adoptedAt?: string;
}

export class UpdatePointDto {
  @ApiPropertyOptional({ enum: POINT_STATUSES }) @IsOptional() @IsIn(POINT_STATUSES) status?: PointStatus;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsOptional() @IsInt() @Min(0) @Max(100) percent?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000) note?: string;

  @ApiPropertyOptional({ description: 'A link to evidence (a published report, a photo)' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(1000)
  evidenceUrl?: string;
}

export class ExecutionQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Responsible organization' })
  @IsOptional()
  @IsUUID()
  organization?: string;

  @ApiPropertyOptional({
    description: "Responsible organizations of this region or below (by the organization's region)",
  })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() event?: string;

  @ApiPropertyOptional({
    example: '2027-01-31',
    description: 'The day overdue is judged on (default: today in Kazakhstan)',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  date?: string;

  @ApiPropertyOptional({ description: 'Only overdue points' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ enum: ['kk', 'ru', 'en'] }) @IsOptional() @IsIn(['kk', 'ru', 'en']) lang?: string;
}

export class PointIndicatorResponseDto implements PointIndicatorResponse {
  @ApiProperty() id!: string;
  @ApiProperty() number!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ type: LocalizedTextDto }) names!: LocalizedTextDto;
  @ApiProperty() unit!: string;
  @ApiProperty({ type: LocalizedTextDto }) units!: LocalizedTextDto;
  @ApiProperty() target!: number;
  @ApiProperty() actual!: number;
  @ApiProperty({ description: 'actual / target, 0–100' }) percent!: number;
  @ApiProperty() updatedAt!: string;
}

export class PointResponseDto implements PointResponse {
  @ApiProperty() id!: string;
  @ApiProperty() number!: number;
  @ApiProperty() text!: string;
  @ApiProperty({ type: LongLocalizedTextDto }) texts!: LongLocalizedTextDto;
  @ApiProperty({ nullable: true, type: Object }) responsible!: { id: string; name: string } | null;
  @ApiProperty({ nullable: true, type: Object }) executor!: { id: string; name: string } | null;
  @ApiProperty({ nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty({ enum: [...POINT_STATUSES, 'overdue'], description: 'overdue: past its deadline and not done' })
  status!: string;
  @ApiProperty() percent!: number;
  @ApiProperty({ type: [Object] }) progress!: {
    at: string;
    status: string;
    percent: number;
    note: string | null;
    evidenceUrl: string | null;
  }[];
  @ApiProperty({
    type: [PointIndicatorResponseDto],
    description: 'Target indicators: a unit, the target and the value reached',
  })
  indicators!: PointIndicatorResponseDto[];
}

export class ResolutionResponseDto implements ResolutionResponse {
  @ApiProperty() id!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty({ nullable: true, type: String }) sessionId!: string | null;
  @ApiProperty({ enum: RESOLUTION_KINDS }) kind!: ResolutionKind;
  @ApiProperty({ enum: ['draft', 'adopted'] }) status!: 'draft' | 'adopted';
  @ApiProperty() title!: string;
  @ApiProperty({ type: LocalizedTextDto }) titles!: LocalizedTextDto;
  @ApiProperty({ nullable: true, type: String }) preamble!: string | null;
  @ApiProperty({ nullable: true, type: LongLocalizedTextDto }) preambles!: LongLocalizedTextDto | null;
  @ApiProperty({ nullable: true, type: String, example: '7/2026' }) number!: string | null;
  @ApiProperty({
    example: 'Рекомендации № 1/2026',
    description: "The kind's name and number, in the reader's language",
  })
  label!: string;
  @ApiProperty({ nullable: true, type: String }) adoptedAt!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Where it was adopted (a city), in the reader’s language' })
  place!: string | null;
  @ApiProperty({ nullable: true, type: LocalizedTextDto }) places!: LocalizedTextDto | null;
  @ApiProperty({ nullable: true, type: Object, description: "The adopting session's time (ISO, the event's zone)" })
  session!: { startsAt: string; endsAt: string } | null;
  @ApiProperty({ nullable: true, type: Object }) vote!: {
    for: number;
    against: number;
    abstained: number;
    present: number;
    /** How it was taken: counts typed in, a roll call, or an electronic vote by name. */
    mode: 'counts' | 'roll_call' | 'electronic';
    /** The vote by name it was taken from (GET /polls/:id has the names). */
    pollId: string | null;
  } | null;
  @ApiProperty({ nullable: true, type: Object }) chair!: { id: string; name: string } | null;
  @ApiProperty({ nullable: true, type: Object }) amends!: { id: string; number: string | null } | null;
  @ApiProperty({ type: [Object] }) amendments!: { id: string; number: string | null; status: string }[];
  @ApiProperty({ type: [PointResponseDto] }) points!: PointResponseDto[];
  @ApiPropertyOptional({
    nullable: true,
    type: Object,
    description: 'Of an adopted resolution: the code its printed copy carries and the public page that checks it',
  })
  verification?: { code: string; url: string } | null;
  @ApiProperty() version!: number;
}

export class ExecutionGroupDto implements ExecutionGroupResponse {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty() points!: number;
  @ApiProperty() done!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty({ description: 'Mean completion of the points, 0–100' }) percent!: number;
}

export class ExecutionResponseDto implements ExecutionResponse {
  @ApiProperty({ type: Object }) totals!: { points: number; done: number; overdue: number; percent: number };
  @ApiProperty({ type: [ExecutionGroupDto] }) groups!: ExecutionGroupDto[];
  @ApiProperty({ type: [ExecutionGroupDto], description: 'By the region of the responsible organization' })
  regions!: ExecutionGroupDto[];
  @ApiProperty({ type: [Object] }) overdue!: {
    /** A resolution's point, or a protocol's instruction. */
    source: 'resolution' | 'protocol';
    resolutionId: string | null;
    protocolId: string | null;
    number: string | null;
    pointId: string;
    pointNumber: number;
    dueDate: string;
    responsible: string | null;
    percent: number;
  }[];
}
