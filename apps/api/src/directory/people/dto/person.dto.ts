import { LocalizedTextDto, PageQueryDto, PersonNameDto, trimLower, trimUpper } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LANGUAGES,
  type Language,
  PERSON_CATEGORIES,
  type PersonCategory,
  type NamedReference,
  type PageResponse,
  type PersonResponse,
} from '@app/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class CreatePersonDto {
  @ApiProperty({ type: PersonNameDto })
  @ValidateNested()
  @Type(() => PersonNameDto)
  fullName!: PersonNameDto;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  position?: LocalizedTextDto;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ example: 'KZ-27' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  regionCode?: string;

  @ApiPropertyOptional({ enum: PERSON_CATEGORIES, default: 'other' })
  @IsOptional()
  @IsIn(PERSON_CATEGORIES)
  category?: PersonCategory;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '+77011234567' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,24}$/)
  phone?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'kk' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ default: false, description: 'No reminders the day before an event; other messages still go' })
  @IsOptional()
  @IsBoolean()
  remindersOptOut?: boolean;
}

export class UpdatePersonDto {
  @ApiPropertyOptional({ type: PersonNameDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PersonNameDto)
  fullName?: PersonNameDto;

  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  position?: LocalizedTextDto;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  regionCode?: string;

  @ApiPropertyOptional({ enum: PERSON_CATEGORIES }) @IsOptional() @IsIn(PERSON_CATEGORIES) category?: PersonCategory;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional() @IsOptional() @Matches(/^\+?[0-9 ()-]{6,24}$/) phone?: string;

  @ApiPropertyOptional({ enum: LANGUAGES }) @IsOptional() @IsIn(LANGUAGES) language?: Language;

  @ApiPropertyOptional({ description: 'No reminders the day before an event; other messages still go' })
  @IsOptional()
  @IsBoolean()
  remindersOptOut?: boolean;
}

export class ListPeopleQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    description: 'Part of a name, Kazakh-aware and case-insensitive (`қасым` finds «Қасымшалов»)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'People of this region or below it' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organization?: string;

  @ApiPropertyOptional({ enum: PERSON_CATEGORIES }) @IsOptional() @IsIn(PERSON_CATEGORIES) category?: PersonCategory;
}

export class PersonOrganizationDto implements NamedReference {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class PersonResponseDto implements PersonResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The name in the asked language (Russian spelling when asked and known)' }) name!: string;
  @ApiProperty({ type: PersonNameDto }) fullName!: PersonNameDto;
  @ApiProperty({ nullable: true, type: String }) positionText!: string | null;
  @ApiProperty({ nullable: true, type: LocalizedTextDto }) position!: LocalizedTextDto | null;
  @ApiProperty({ nullable: true, type: PersonOrganizationDto }) organization!: PersonOrganizationDto | null;
  @ApiProperty({ nullable: true, type: String }) regionCode!: string | null;
  @ApiProperty({ enum: PERSON_CATEGORIES }) category!: PersonCategory;
  @ApiProperty({ nullable: true, type: String }) email!: string | null;
  @ApiProperty({ nullable: true, type: String }) phone!: string | null;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty({ description: 'No reminders the day before an event' }) remindersOptOut!: boolean;
  @ApiProperty() version!: number;
}

export class PersonListResponseDto implements PageResponse<PersonResponse> {
  @ApiProperty({ type: [PersonResponseDto] }) items!: PersonResponseDto[];
  @ApiProperty() total!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}

export class ImportIssueDto {
  @ApiProperty({ description: 'Row number as the spreadsheet shows it (header = 1)' }) row!: number;
  @ApiProperty() field!: string;
  @ApiProperty() code!: string;
  @ApiProperty() message!: string;
  @ApiPropertyOptional() value?: string;
}

export class ImportResultDto {
  @ApiProperty({ description: 'Rows read (blank rows not counted)' }) totalRows!: number;
  @ApiProperty({ description: 'People created; 0 whenever there is any row error' }) imported!: number;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ type: [ImportIssueDto] }) errors!: ImportIssueDto[];
  @ApiProperty({
    type: [ImportIssueDto],
    description: 'Column problems (unknown or repeated columns): reported, not blocking',
  })
  warnings!: ImportIssueDto[];
}
