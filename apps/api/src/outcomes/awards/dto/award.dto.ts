import { AWARD_KINDS, PERSON_CATEGORIES, type AwardKind, type AwardResponse } from '@app/contracts';
import { trimUpper } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** At most this many awards in one request: a forum's hall, not the whole country. */
export const MAX_AWARDS_PER_REQUEST = 500;

/** Recipients picked from the event's registrations by what they are. */
export class AwardSelectionDto {
  @ApiPropertyOptional({ enum: PERSON_CATEGORIES, example: 'rural_akim' })
  @IsOptional()
  @IsIn(PERSON_CATEGORIES)
  category?: string;

  @ApiPropertyOptional({ example: 'KZ-19', description: 'This region and the regions below it' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  regionCode?: string;

  @ApiPropertyOptional({ description: 'Only those checked in (always so for certificates)' })
  @IsOptional()
  @IsIn([true, false])
  checkedIn?: boolean;
}

export class IssueAwardsDto {
  @ApiProperty({ enum: AWARD_KINDS }) @IsIn(AWARD_KINDS) kind!: AwardKind;

  @ApiPropertyOptional({ type: [String], description: 'Registrations of this event (one way of picking)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_AWARDS_PER_REQUEST)
  @IsUUID('all', { each: true })
  registrationIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'People one by one (letters of gratitude need no registration)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_AWARDS_PER_REQUEST)
  @IsUUID('all', { each: true })
  personIds?: string[];

  @ApiPropertyOptional({ type: AwardSelectionDto, description: "The event's registrations of a category or region" })
  @IsOptional()
  @ValidateNested()
  @Type(() => AwardSelectionDto)
  select?: AwardSelectionDto;

  @ApiProperty({ format: 'uuid', description: 'The person who signs: printed with their position' })
  @IsUUID()
  signatoryId!: string;

  @ApiProperty({ example: '2026-12-12', description: 'The day printed on the awards; its year numbers them' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  date!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "The organizer numbering them: one of the event's (default its first)",
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The seminar-training completed (training certificates)' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;
}

export class AwardPersonDto {
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) position!: string | null;
}

export class AwardSignatoryDto {
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) position!: string | null;
}

export class AwardResponseDto implements AwardResponse {
  @ApiProperty() id!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty() eventTitle!: string;
  @ApiProperty({ enum: AWARD_KINDS }) kind!: AwardKind;
  @ApiProperty({ example: '5/2026' }) number!: string;
  @ApiProperty({ example: '2026-12-12' }) date!: string;
  @ApiProperty({ enum: ['kk', 'ru'] }) language!: 'kk' | 'ru';
  @ApiProperty({ type: AwardPersonDto }) recipient!: AwardPersonDto;
  @ApiProperty({ type: AwardSignatoryDto }) signatory!: AwardSignatoryDto;
  @ApiProperty({ example: 'K7Q2M-9XD4R' }) verificationCode!: string;
  @ApiProperty() verificationUrl!: string;
  @ApiProperty({ example: '/api/v1/awards/2f0c6d1e-5b1a-4c53-9a4e-1d2b3c4d5e6f.pdf' }) pdfUrl!: string;
  @ApiProperty() issuedAt!: string;
  @ApiProperty({ nullable: true, type: String }) revokedAt!: string | null;
}

export class RevokeAwardDto {
  @ApiProperty({ example: 'Issued to the wrong person' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}
