import { trimUpper } from '@app/common';
import { LANGUAGES, type Language, type PrivateFeedCreated, type PrivateFeedState } from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

/** Whose public forums or acts a feed holds; neither: all of them. */
export class FeedQueryDto {
  @ApiPropertyOptional({ description: 'A region code (KZ-xx or KATO): its forums and those of every region below it' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,39}$/)
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An organization: the forums it organizes' })
  @IsOptional()
  @IsUUID()
  organizer?: string;

  @ApiPropertyOptional({ enum: LANGUAGES }) @IsOptional() @IsIn(LANGUAGES) lang?: Language;
}

export class PrivateFeedQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: "Default: the account's language" })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

export class PrivateFeedResponseDto implements PrivateFeedState {
  @ApiProperty({ description: 'Whether the account has a live private calendar address' }) active!: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'When the live address was made' })
  createdAt!: string | null;
}

export class PrivateFeedCreatedResponseDto extends PrivateFeedResponseDto implements PrivateFeedCreated {
  @ApiProperty({ description: 'The private address (https); shown once: only its hash is stored' }) url!: string;
  @ApiProperty({ description: 'The same address as webcal://, which calendar apps open as a subscription' })
  webcalUrl!: string;
}
