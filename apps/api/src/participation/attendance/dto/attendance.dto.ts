import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInstant } from '@app/common';
import { LANGUAGES, type Language, type QuorumStateResponse } from '@app/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class CheckInDto {
  @ApiPropertyOptional({
    description: 'The code in the QR badge, or as printed: groups with hyphens or spaces and any case are accepted',
    example: '7KQ2M-9XH4T-B3NDR-8WZ05',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  badgeCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Or the registration (a person found by name)' })
  @IsOptional()
  @IsUUID()
  registrationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Attendance of one session rather than of the event' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional({ description: 'When it happened (offline devices send the scan time); default now' })
  @IsOptional()
  @IsInstant()
  at?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) deviceId?: string;

  @ApiPropertyOptional({
    description: 'Made by the client: the same clientId is the same check-in, however often sent',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  clientId?: string;
}

export class CheckInBatchDto {
  @ApiProperty({ type: [CheckInDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => CheckInDto)
  items!: CheckInDto[];
}

export class CheckInResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['checked_in', 'already_checked_in'] }) status!: 'checked_in' | 'already_checked_in';
  @ApiProperty({ description: 'When the person was (first) checked in, in the event zone' }) at!: string;
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) sessionId!: string | null;
}

export class BatchItemResultDto {
  @ApiProperty({ nullable: true, type: String }) clientId!: string | null;
  @ApiProperty({ enum: ['checked_in', 'already_checked_in', 'rejected'] }) status!: string;
  @ApiPropertyOptional({ description: 'Why it was rejected (BADGE_UNKNOWN, NOT_ADMITTED, VALIDATION_FAILED, ...)' })
  code?: string;
  @ApiPropertyOptional() message?: string;
  @ApiPropertyOptional() id?: string;
  @ApiPropertyOptional() at?: string;
  @ApiPropertyOptional() registrationId?: string;
}

export class CheckInBatchResponseDto {
  @ApiProperty({ type: [BatchItemResultDto], description: 'One result per item, in the order sent' })
  results!: BatchItemResultDto[];
}

export const ATTENDANCE_GROUPINGS = ['region', 'role', 'session', 'organization'] as const;
export type AttendanceGrouping = (typeof ATTENDANCE_GROUPINGS)[number];

export class AttendanceQueryDto {
  @ApiPropertyOptional({ enum: ATTENDANCE_GROUPINGS, default: 'region' })
  @IsOptional()
  @IsIn(ATTENDANCE_GROUPINGS)
  by?: AttendanceGrouping;

  @ApiPropertyOptional({ enum: LANGUAGES }) @IsOptional() @IsIn(LANGUAGES) lang?: Language;
}

export class AttendanceGroupDto {
  @ApiProperty() key!: string;
  @ApiProperty() label!: string;
  @ApiProperty() registered!: number;
  @ApiProperty() checkedIn!: number;
  @ApiPropertyOptional({
    description: 'Regions: how many sub-regions exist, and how many had someone registered / present',
  })
  coverage?: { regions: number; registered: number; present: number };
  @ApiPropertyOptional({ type: () => [AttendanceGroupDto] }) children?: AttendanceGroupDto[];
}

export class QuorumStateDto implements QuorumStateResponse {
  @ApiProperty({ nullable: true, type: String, description: 'null: the event as a whole' }) sessionId!: string | null;
  @ApiProperty() members!: number;
  @ApiProperty() present!: number;
  @ApiProperty() required!: number;
  @ApiProperty() reached!: boolean;
}

export class AttendanceResponseDto {
  @ApiProperty() totals!: { registered: number; checkedIn: number };
  @ApiProperty({ type: [AttendanceGroupDto] }) groups!: AttendanceGroupDto[];
  @ApiPropertyOptional({ type: [QuorumStateDto] }) quorum?: QuorumStateDto[];
}
