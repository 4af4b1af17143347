import { PageQueryDto } from '@app/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';

export class AuditQueryDto extends PageQueryDto {
  @ApiProperty({ enum: ['event', 'session', 'resolution', 'point', 'user', 'person'] })
  @IsIn(['event', 'session', 'resolution', 'point', 'user', 'person'])
  entity!: 'event' | 'session' | 'resolution' | 'point' | 'user' | 'person';
  @ApiProperty({ format: 'uuid' }) @IsUUID() entityId!: string;
}

export class AuditEntryDto {
  @ApiProperty() id!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String }) actorEmail!: string | null;
  @ApiProperty() entity!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty() action!: string;
  @ApiProperty({ description: 'Changed fields: { field: { from, to } }', type: Object }) changes!: Record<
    string,
    unknown
  >;
}
