import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextDto, LongLocalizedTextDto, PageQueryDto, trimUpper } from '@app/common';
import type { PlanPointResponse, PlanResponse, PlanSummaryResponse } from '@app/contracts';
import { Transform, Type } from 'class-transformer';
import {
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
import { ImportIssueDto } from '../../../directory/people/dto/person.dto';
import { PointDto, PointResponseDto, UpdatePointDto } from '../../resolutions/dto/resolution.dto';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class CreatePlanDto {
  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title!: LocalizedTextDto;

  @ApiProperty({ format: 'uuid', description: 'The organization whose road map it is' })
  @IsUUID()
  ownerOrganizationId!: string;

  @ApiProperty({ example: '2026-01-01' }) @Matches(DAY) startsOn!: string;
  @ApiProperty({ example: '2027-12-31' }) @Matches(DAY) endsOn!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The forum where the road map was discussed' })
  @IsOptional()
  @IsUUID()
  eventId?: string;
}

export class UpdatePlanDto {
  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title?: LocalizedTextDto;

  @ApiPropertyOptional() @IsOptional() @Matches(DAY) startsOn?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(DAY) endsOn?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  eventId?: string | null;
}

/** A road-map point: a resolution's point with its weight in the plan, a region, and progress it may start with. */
export class PlanPointDto extends PointDto {
  @ApiPropertyOptional({ description: 'Its number in the plan; the next free one by default' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  number?: number;

  @ApiPropertyOptional({ example: '273620000', description: 'Where the work is done, if not the responsible body' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  regionCode?: string;

  @ApiPropertyOptional({ default: 1, description: 'Its share in the plan’s weighted percent' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(999999)
  weight?: number;
}

/** An edit of a point's wording and references (plan owners) and/or its progress (owners and the responsible body). */
export class UpdatePlanPointDto extends UpdatePointDto {
  @ApiPropertyOptional({ type: LongLocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LongLocalizedTextDto)
  text?: LongLocalizedTextDto;

  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID() responsibleOrganizationId?:
    string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) @IsOptional() @IsUUID() executorId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @Matches(DAY) dueDate?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  regionCode?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0.01) @Max(999999) weight?: number;
}

export class LinkPointDto {
  @ApiProperty({
    format: 'uuid',
    description: 'A point of an adopted resolution or an instruction of an approved protocol',
  })
  @IsUUID()
  pointId!: string;
}

export class ListPlansQueryDto extends PageQueryDto {}

export class PlanImportQueryDto {
  @ApiProperty({ format: 'uuid', description: 'The road map the rows are added to' }) @IsUUID() plan!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(255) fileName?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'Check only; write nothing' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: string;

  @ApiPropertyOptional({ enum: ['kk', 'ru', 'en'] }) @IsOptional() @IsIn(['kk', 'ru', 'en']) lang?: string;
}

export class PlanPointResponseDto extends PointResponseDto implements PlanPointResponse {
  @ApiProperty() weight!: number;
  @ApiProperty({ nullable: true, type: String }) regionCode!: string | null;
  @ApiProperty({ type: [Object] }) links!: PlanPointResponse['links'];
  @ApiProperty() version!: number;
}

export class PlanResponseDto implements PlanResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: LocalizedTextDto }) titles!: LocalizedTextDto;
  @ApiProperty({ type: Object }) owner!: { id: string; name: string };
  @ApiProperty() startsOn!: string;
  @ApiProperty() endsOn!: string;
  @ApiProperty({ nullable: true, type: Object }) event!: { id: string; slug: string; title: string } | null;
  @ApiProperty({ type: Object }) totals!: { points: number; done: number; percent: number };
  @ApiProperty({ type: [PlanPointResponseDto] }) points!: PlanPointResponseDto[];
  @ApiProperty() version!: number;
}

export class PlanSummaryResponseDto implements PlanSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: Object }) owner!: { id: string; name: string };
  @ApiProperty() startsOn!: string;
  @ApiProperty() endsOn!: string;
  @ApiProperty() points!: number;
  @ApiProperty() percent!: number;
}

export class PlanListResponseDto {
  @ApiProperty({ type: [PlanSummaryResponseDto] }) items!: PlanSummaryResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class PlanImportResultDto {
  @ApiProperty({ description: 'Rows read (blank rows not counted)' }) totalRows!: number;
  @ApiProperty({ description: 'Points added; 0 whenever any row has an error' }) imported!: number;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ type: [ImportIssueDto] }) errors!: ImportIssueDto[];
}
