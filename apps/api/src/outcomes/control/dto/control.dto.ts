import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '@app/contracts';
import {
  CONTROL_SOURCES,
  POINT_STATUSES,
  type ControlFigures,
  type ControlHistoryEntry,
  type ControlHistoryResponse,
  type ControlPointResponse,
  type ControlPointsResponse,
  type ControlSource,
  type ControlSummaryResponse,
} from '@app/contracts';
import { PageQueryDto, trimUpper } from '@app/common';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CONTROL_STATUSES = [...POINT_STATUSES, 'overdue'] as const;

/** The control room's filters; with none of them the list shows the user's own urgent work. */
export class ControlQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Responsible organization, with its sub-organizations' })
  @IsOptional()
  @IsUUID()
  organization?: string;

  @ApiPropertyOptional({ example: 'KZ-27', description: 'Where the work is done: this region or below it' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ enum: CONTROL_SOURCES }) @IsOptional() @IsIn(CONTROL_SOURCES) source?: ControlSource;

  @ApiPropertyOptional({ format: 'uuid', description: 'One resolution, protocol or plan' })
  @IsOptional()
  @IsUUID()
  act?: string;

  @ApiPropertyOptional({ enum: CONTROL_STATUSES })
  @IsOptional()
  @IsIn(CONTROL_STATUSES)
  status?: (typeof CONTROL_STATUSES)[number];

  @ApiPropertyOptional({ example: '2027-03-31', description: 'Deadline on or before this day' })
  @IsOptional()
  @Matches(DAY)
  due_before?: string;

  @ApiPropertyOptional({ description: 'Only overdue points' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ description: 'Words of the text or the responsible body (Kazakh letters optional)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    example: '2027-01-31',
    description: 'The day overdue is judged on (default: today in Kazakhstan)',
  })
  @IsOptional()
  @Matches(DAY)
  date?: string;

  @ApiPropertyOptional({ enum: LANGUAGES }) @IsOptional() @IsIn(LANGUAGES) lang?: Language;
}

/** The filters with `?limit=&offset=`. */
export class ControlListQueryDto extends IntersectionType(ControlQueryDto, PageQueryDto) {}

export class ControlPointResponseDto implements ControlPointResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: CONTROL_SOURCES }) source!: ControlSource;
  @ApiProperty({ format: 'uuid' }) actId!: string;
  @ApiProperty({ nullable: true, type: String }) actNumber!: string | null;
  @ApiProperty() actTitle!: string;
  @ApiProperty({ nullable: true, type: String }) eventId!: string | null;
  @ApiProperty() number!: number;
  @ApiProperty() text!: string;
  @ApiProperty({ nullable: true, type: Object }) responsible!: { id: string; name: string } | null;
  @ApiProperty({ nullable: true, type: String }) regionCode!: string | null;
  @ApiProperty({ nullable: true, type: String }) dueDate!: string | null;
  @ApiProperty({ enum: CONTROL_STATUSES }) status!: string;
  @ApiProperty() percent!: number;
  @ApiProperty() weight!: number;
  @ApiProperty() overdue!: boolean;
}

export class ControlPointsResponseDto implements ControlPointsResponse {
  @ApiProperty({ type: [ControlPointResponseDto] }) items!: ControlPointResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
  @ApiProperty() date!: string;
  @ApiProperty({ enum: ['filtered', 'mine', 'all_open'] }) view!: 'filtered' | 'mine' | 'all_open';
}

export class ControlFiguresDto implements ControlFigures {
  @ApiProperty() points!: number;
  @ApiProperty() done!: number;
  @ApiProperty() inProgress!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty({ description: 'Weighted by each point’s weight, cancelled points left out' }) percent!: number;
}

export class ControlOrganizationFiguresDto extends ControlFiguresDto {
  @ApiProperty({ nullable: true, type: String }) id!: string | null;
  @ApiProperty() name!: string;
}

export class ControlSummaryResponseDto implements ControlSummaryResponse {
  @ApiProperty() date!: string;
  @ApiProperty({ type: ControlFiguresDto }) totals!: ControlFiguresDto;
  @ApiProperty({ type: [ControlOrganizationFiguresDto] }) byOrganization!: ControlOrganizationFiguresDto[];
  @ApiProperty({ type: [Object], description: '`{ week, percent }`: weighted completion at the end of each week' })
  trend!: { week: string; percent: number }[];
}

export class ControlHistoryEntryDto implements ControlHistoryEntry {
  @ApiProperty() at!: string;
  @ApiProperty() status!: string;
  @ApiProperty() percent!: number;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty({ nullable: true, type: String }) evidenceUrl!: string | null;
  @ApiProperty({ nullable: true, type: String }) author!: string | null;
}

export class ControlHistoryResponseDto implements ControlHistoryResponse {
  @ApiProperty({ type: ControlPointResponseDto }) point!: ControlPointResponseDto;
  @ApiProperty({ type: [ControlHistoryEntryDto] }) history!: ControlHistoryEntryDto[];
}

export class ControlReportOverdueDto {
  @ApiProperty({ type: ControlPointResponseDto }) point!: ControlPointResponseDto;
  @ApiProperty({ description: 'Days past the deadline on the report’s date' }) daysOverdue!: number;
  @ApiProperty({ nullable: true, type: String, description: 'The reason: the last progress note' })
  lastNote!: string | null;
}

export class ControlReportResponseDto {
  @ApiProperty({ description: 'The day the report is made on (overdue judged on it)' }) date!: string;
  @ApiProperty({ type: ControlFiguresDto }) totals!: ControlFiguresDto;
  @ApiProperty({ type: [ControlOrganizationFiguresDto] }) byOrganization!: ControlOrganizationFiguresDto[];
  @ApiProperty({ type: [ControlReportOverdueDto], description: 'Most overdue first' })
  overdue!: ControlReportOverdueDto[];
}
