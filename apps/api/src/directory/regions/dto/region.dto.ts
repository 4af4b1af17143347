import { LocalizedTextDto, PageQueryDto, trimUpper } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Language, LANGUAGES, REGION_LEVELS, type RegionLevel } from '@app/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';

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

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A name the place bore, and when: "Нұр-Сұлтан", 2019-03-23 to 2022-09-17. */
export class FormerNameDto {
  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name!: LocalizedTextDto;

  @ApiPropertyOptional({ example: '2019-03-23', description: 'The first day it bore the name, when known' })
  @IsOptional()
  @Matches(DAY)
  from?: string;

  @ApiProperty({ example: '2022-09-17', description: 'The last day it bore the name' })
  @Matches(DAY)
  until!: string;
}

export class UpdateRegionDto {
  @ApiPropertyOptional({ type: LocalizedTextDto, description: 'The name today' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  name?: LocalizedTextDto;

  @ApiPropertyOptional({ type: [FormerNameDto], description: 'Every former name, in any order (kept oldest first)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FormerNameDto)
  formerNames?: FormerNameDto[];
}

export class RegionQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;

  @ApiPropertyOptional({ example: '2020-06-01', description: '`name` as the place was called on that day' })
  @IsOptional()
  @Matches(DAY)
  on?: string;
}

export class RegionResponseDto {
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'In the asked language' }) name!: string;
  @ApiProperty({ type: LocalizedTextDto }) names!: LocalizedTextDto;
  @ApiProperty({ enum: REGION_LEVELS }) level!: RegionLevel;
  @ApiProperty({ nullable: true, type: String }) parentCode!: string | null;
  @ApiProperty({ description: 'Codes from the top level down to this region' }) path!: string[];
  @ApiProperty() childCount!: number;
  @ApiProperty({ type: [FormerNameDto], description: 'Oldest first' }) formerNames!: FormerNameDto[];
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
