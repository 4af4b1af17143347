import { LocalizedTextDto, PageQueryDto, trimUpper } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@app/contracts';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

/** Who heads an organization, on creation and edits alike. */
class OrganizationHeadDto {
  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'The head: the person who gets the weekly digest of the organization’s overdue points',
  })
  @IsOptional()
  @IsUUID()
  headPersonId?: string | null;
}

export class CreateOrganizationDto extends OrganizationHeadDto {
  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name!: LocalizedTextDto;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS, default: 'other' })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ example: 'KZ-27' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  regionCode?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The organization this one belongs to (set at creation): a district akimat under the oblast akimat',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({
    default: 5,
    description: 'Days ahead that public events must be announced (an akim order says 5)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  announcementLeadDays?: number;
}

export class UpdateOrganizationDto extends OrganizationHeadDto {
  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name?: LocalizedTextDto;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  regionCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  announcementLeadDays?: number;
}

export class ListOrganizationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) q?: string;

  @ApiPropertyOptional({ description: 'Organizations in this region or below it' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;
}

export class OrganizationResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'In the asked language' }) name!: string;
  @ApiProperty({ type: LocalizedTextDto }) names!: LocalizedTextDto;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind!: OrganizationKind;
  @ApiProperty({ nullable: true, type: String }) regionCode!: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) parentId!: string | null;
  @ApiProperty() announcementLeadDays!: number;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) headPersonId!: string | null;
  @ApiProperty() version!: number;
}

export class OrganizationListResponseDto {
  @ApiProperty({ type: [OrganizationResponseDto] }) items!: OrganizationResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
