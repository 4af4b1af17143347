import { trimLower } from '@app/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, MaxLength } from 'class-validator';

/** The event-scoped roles an event's organizers hand out themselves; organizers are named by admins. */
export const STAFF_ROLES = ['secretary', 'checker'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export class GrantStaffDto {
  @ApiProperty({ example: 'checker@akimat.kz', description: 'An existing user (accounts are made by admins)' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES)
  role!: StaffRole;
}

export class StaffMemberDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() email!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: STAFF_ROLES }) role!: StaffRole;
}

export class StaffListResponseDto {
  @ApiProperty({ type: [StaffMemberDto] }) items!: StaffMemberDto[];
}
