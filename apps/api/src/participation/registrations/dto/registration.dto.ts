import {
  type PageResponse,
  REGISTRATION_ROLES,
  REGISTRATION_STATUSES,
  type RegistrationResponse,
  type RegistrationRole,
  type RegistrationStatus,
} from '@app/contracts';
import { PageQueryDto, trimUpper } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export { REGISTRATION_ROLES, REGISTRATION_STATUSES, type RegistrationRole, type RegistrationStatus };

export class CreateRegistrationDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Register someone else (organizers); absent: yourself' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @ApiPropertyOptional({ enum: REGISTRATION_ROLES, default: 'delegate' })
  @IsOptional()
  @IsIn(REGISTRATION_ROLES)
  role?: RegistrationRole;

  @ApiPropertyOptional({
    example: '273630000',
    description: 'The district the delegate comes from (a region code); required when the event reports by region',
  })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  regionCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The organization the delegate comes from' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

export class UpdateRegistrationDto {
  @ApiProperty({ enum: ['approve', 'decline', 'cancel'] })
  @IsIn(['approve', 'decline', 'cancel'])
  action!: 'approve' | 'decline' | 'cancel';
}

export class ListRegistrationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: REGISTRATION_STATUSES })
  @IsOptional()
  @IsIn(REGISTRATION_STATUSES)
  status?: RegistrationStatus;

  @ApiPropertyOptional({ description: 'People of this region or below it' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ enum: REGISTRATION_ROLES }) @IsOptional() @IsIn(REGISTRATION_ROLES) role?: RegistrationRole;
  @ApiPropertyOptional({ description: 'Part of the name' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
}

export class RegistrationResponseDto implements RegistrationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) position!: string | null;
  @ApiProperty({ nullable: true, type: String }) organization!: string | null;
  @ApiProperty({ nullable: true, type: String }) regionCode!: string | null;
  @ApiProperty({ enum: REGISTRATION_ROLES }) role!: RegistrationRole;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status!: RegistrationStatus;
  @ApiPropertyOptional({ type: Number, description: '1 = next in line (waitlisted only)' }) waitlistPosition?: number;
  @ApiPropertyOptional({ description: 'The QR badge code (registered only; shown to the person and the event staff)' })
  badgeCode?: string;
  @ApiProperty({ nullable: true, type: String }) checkedInAt!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
}

export class RegistrationListResponseDto implements PageResponse<RegistrationResponse> {
  @ApiProperty({ type: [RegistrationResponseDto] }) items!: RegistrationResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class CreateInvitationsDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'These people' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  personIds?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: 'Everyone of this organization' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({
    description: 'Everyone of this region and the regions below it (with a category, only those)',
  })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  regionCode?: string;

  @ApiPropertyOptional({
    description: 'With organizationId or regionCode: only people of this category, e.g. rural_akim',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  category?: string;

  @ApiPropertyOptional({ enum: REGISTRATION_ROLES, default: 'delegate' })
  @IsOptional()
  @IsIn(REGISTRATION_ROLES)
  role?: RegistrationRole;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The personal link to confirm or decline, without a password (single purpose)' })
  link!: string;
}

export class InvitationsResultDto {
  @ApiProperty() invited!: number;
  @ApiProperty({ description: 'Already registered, invited or waitlisted: left alone' }) skipped!: number;
  @ApiProperty({ type: [InvitationDto] }) invitations!: InvitationDto[];
}

export class InvitationViewDto {
  @ApiProperty() eventId!: string;
  @ApiProperty() eventSlug!: string;
  @ApiProperty() eventTitle!: string;
  @ApiProperty() startsAt!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status!: RegistrationStatus;
  @ApiPropertyOptional() waitlistPosition?: number;
  @ApiPropertyOptional() badgeCode?: string;
}
