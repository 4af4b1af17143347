import { LocalizedTextDto, PageQueryDto, trimUpper } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REGION_LEVELS, type RegionLevel } from '@app/contracts';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

export class ListRegionsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Children of this region; `root` (or absent without q) for the top level' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  parent?: string;

  @ApiPropertyOptional({ description: 'Part of a name in any language, or of a code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: REGION_LEVELS })
  @IsOptional()
  @IsIn(REGION_LEVELS)
  level?: RegionLevel;
}

export class CreateRegionDto {
  @ApiProperty({ example: '273630000', description: 'KATO code, or an organizer-made code (A–Z, 0–9, hyphens)' })
  @Transform(trimUpper)
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/)
  code!: string;

  @ApiProperty({ example: 'KZ-27' })
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  parentCode!: string;

  @ApiProperty({ enum: ['district', 'rural_district', 'village'] })
  @IsIn(['district', 'rural_district', 'village'])
  level!: 'district' | 'rural_district' | 'village';

  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name!: LocalizedTextDto;
}

export class RegionResponseDto {
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'In the asked language' }) name!: string;
  @ApiProperty({ type: LocalizedTextDto }) names!: LocalizedTextDto;
  @ApiProperty({ enum: REGION_LEVELS }) level!: RegionLevel;
  @ApiProperty({ nullable: true, type: String }) parentCode!: string | null;
  @ApiProperty({ description: 'Codes from the top level down to this region' }) path!: string[];
  @ApiProperty() childCount!: number;
}

export class RegionListResponseDto {
  @ApiProperty({ type: [RegionResponseDto] }) items!: RegionResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class RegionImportIssueDto {
  @ApiProperty() row!: number;
  @ApiProperty() field!: string;
  @ApiProperty() code!: string;
  @ApiProperty() message!: string;
}

export class RegionImportResultDto {
  @ApiProperty() totalRows!: number;
  @ApiProperty({ description: 'Regions created; 0 whenever there is any row error' }) imported!: number;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ type: [RegionImportIssueDto] }) errors!: RegionImportIssueDto[];
}
