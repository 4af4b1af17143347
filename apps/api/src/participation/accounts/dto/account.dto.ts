import { trimLower } from '@app/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '@app/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** A delegate's own sign-up: no password here, it is chosen on the confirmation link's page. */
export class SignUpDto {
  @ApiProperty({ example: 'Айгүл Мұхамбетова' })
  @IsString()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;

  @ApiProperty({ example: 'aigul@auyl.kz' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: LANGUAGES, description: 'The language of the account and of its mail' })
  @IsIn(LANGUAGES)
  language!: Language;
}

export class SignUpResponseDto {
  @ApiProperty({
    enum: ['sent'],
    description:
      'Always "sent": the answer does not tell whether the e-mail has an account (its owner is told by mail)',
  })
  status!: 'sent';
}

export class SetPasswordDto {
  @ApiProperty({ minLength: 8, maxLength: 200 })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password!: string;
}

export class InvitationAccountDto extends SetPasswordDto {
  @ApiPropertyOptional({ description: "Only when the invited person's record has no e-mail" })
  @IsOptional()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

export class AccountLinkViewDto {
  @ApiProperty({ enum: ['confirm', 'reset'] }) purpose!: 'confirm' | 'reset';
  @ApiProperty() email!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

/** After a password was set: the e-mail to sign in with. */
export class AccountReadyDto {
  @ApiProperty() email!: string;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
}

export class InvitationAccountViewDto {
  @ApiProperty({ description: 'The invited person already has an account: sign in instead' }) hasAccount!: boolean;
  @ApiProperty({ nullable: true, type: String, description: "The person's e-mail, the account's when made" })
  email!: string | null;
}

export class ResetLinkResponseDto {
  @ApiProperty({ format: 'date-time', description: 'When the mailed link stops working' }) expiresAt!: string;
}
