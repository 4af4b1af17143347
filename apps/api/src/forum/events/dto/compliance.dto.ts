import { IsInstant, trimUpper } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

/** The announcement-lead-time report: which events, where, in which language. */
export class ComplianceQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsInstant() from?: string;
  @ApiPropertyOptional() @IsOptional() @IsInstant() to?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trimUpper) @IsString() @MaxLength(40) region?: string;
  @ApiPropertyOptional({ enum: ['kk', 'ru', 'en'] }) @IsOptional() @IsIn(['kk', 'ru', 'en']) lang?: string;
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
