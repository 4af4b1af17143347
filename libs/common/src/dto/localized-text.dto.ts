import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Language, LocalizedText } from '@app/contracts';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

const clean = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.normalize('NFC').replace(/\s+/g, ' ').trim() : value;

/** A human text in kk and ru (required) and en (optional). */
export class LocalizedTextDto implements LocalizedText {
  @ApiProperty({ example: 'Ауыл әкімдерінің форумы' })
  @Transform(clean)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  kk!: string;

  @ApiProperty({ example: 'Форум сельских акимов' })
  @Transform(clean)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  ru!: string;

  @ApiPropertyOptional({ example: "Rural akims' forum" })
  @IsOptional()
  @Transform(clean)
  @IsString()
  @MaxLength(2000)
  en?: string;
}

/** A long text (descriptions): same languages, more room. */
export class LongLocalizedTextDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  kk!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  ru!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  en?: string;
}

/** A person's name: as written in Kazakh, optionally in Russian spelling. */
export class PersonNameDto {
  @ApiProperty({ example: 'Нариман Төреғалиев' })
  @Transform(clean)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  kk!: string;

  @ApiPropertyOptional({ example: 'Нариман Турегалиев' })
  @IsOptional()
  @Transform(clean)
  @IsString()
  @MaxLength(200)
  ru?: string;
}

export type AnyText = Partial<Record<Language, string | null | undefined>> | null | undefined;

/** The text in the asked language, falling back kk → ru → en. */
export function pickText(text: AnyText, lang: Language): string | null {
  if (!text) {
    return null;
  }
  for (const candidate of [lang, 'kk', 'ru', 'en'] as const) {
    const value = text[candidate];
    if (value) {
      return value;
    }
  }
  return null;
}
