import { LocalizedTextDto } from '@app/common';
import {
  LANGUAGES,
  type Language,
  MATERIAL_FILE_TYPES,
  MATERIAL_VISIBILITIES,
  type MaterialFileType,
  type MaterialResponse,
  type MaterialVersionResponse,
  type MaterialVisibility,
} from '@app/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';

/**
 * The text fields of `POST /events/:id/materials` (multipart/form-data beside the `file` part). `title` is sent
 * as JSON (`{"kk":"…","ru":"…"}`) or as the fields `title[kk]`, `title[ru]`, `title[en]`.
 */
export class MaterialFieldsDto {
  @ApiProperty({ type: LocalizedTextDto })
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title!: LocalizedTextDto;

  @ApiProperty({ enum: LANGUAGES, description: 'The language the document is written in' })
  @IsIn(LANGUAGES)
  language!: Language;

  @ApiProperty({ enum: MATERIAL_VISIBILITIES })
  @IsIn(MATERIAL_VISIBILITIES)
  visibility!: MaterialVisibility;

  @ApiPropertyOptional({ format: 'uuid', description: 'A session of this event; none: the forum as a whole' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A speaker of `sessionId`: the speech it goes with' })
  @IsOptional()
  @IsUUID()
  speakerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A draft resolution of this event' })
  @IsOptional()
  @IsUUID()
  resolutionId?: string;
}

/** `PATCH /materials/:id`: its own fields; null takes it off a session, a speech or a resolution. */
export class UpdateMaterialDto {
  @ApiPropertyOptional({ type: LocalizedTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextDto)
  title?: LocalizedTextDto;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ enum: MATERIAL_VISIBILITIES })
  @IsOptional()
  @IsIn(MATERIAL_VISIBILITIES)
  visibility?: MaterialVisibility;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  sessionId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'A speaker of its session' })
  @IsOptional()
  @IsUUID()
  speakerId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'A draft resolution' })
  @IsOptional()
  @IsUUID()
  resolutionId?: string | null;
}

/** The multipart body as OpenAPI shows it. */
export class MaterialUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PDF, DOCX, XLSX, PPTX, PNG or JPEG (by content)' })
  file!: unknown;

  @ApiProperty({ description: 'JSON {"kk","ru","en"?}, or the fields title[kk], title[ru], title[en]' })
  title!: string;

  @ApiProperty({ enum: LANGUAGES })
  language!: Language;

  @ApiProperty({ enum: MATERIAL_VISIBILITIES })
  visibility!: MaterialVisibility;

  @ApiPropertyOptional({ format: 'uuid' })
  sessionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A speaker of the session: the speech it goes with' })
  speakerId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A draft resolution of the event' })
  resolutionId?: string;
}

export class MaterialVersionUploadDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'The new file: the same rules as the first' })
  file!: unknown;
}

export class MaterialVersionResponseDto implements MaterialVersionResponse {
  @ApiProperty() number!: number;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ example: '2,4 МБ' }) sizeLabel!: string;
  @ApiProperty({ example: 'application/pdf' }) mimeType!: string;
  @ApiProperty({ description: 'sha256 of the content, hex; the ETag' }) sha256!: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
  @ApiProperty({ example: '/api/v1/materials/…?version=1' }) url!: string;
}

export class MaterialResponseDto implements MaterialResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) sessionId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The speaker whose speech it goes with' })
  speakerId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The draft resolution it goes with' })
  resolutionId!: string | null;
  @ApiProperty({ description: 'In the asked language' }) title!: string;
  @ApiProperty({ type: LocalizedTextDto }) titles!: LocalizedTextDto;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty({ enum: MATERIAL_VISIBILITIES }) visibility!: MaterialVisibility;
  @ApiProperty({ enum: Object.keys(MATERIAL_FILE_TYPES) }) fileType!: MaterialFileType;
  @ApiProperty({ description: "The current version's bytes" }) size!: number;
  @ApiProperty({ example: '2,4 МБ' }) sizeLabel!: string;
  @ApiProperty({ example: '/api/v1/materials/…' }) url!: string;
  @ApiProperty({ description: 'The current version number' }) version!: number;
  @ApiProperty({ description: 'Moves on with every change; send it in If-Match to PATCH' }) revision!: number;
  @ApiProperty({ type: [MaterialVersionResponseDto], description: 'Newest first' })
  versions!: MaterialVersionResponseDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** `GET /materials/:id?version=&lang=&download=`. */
export class MaterialFileQueryDto {
  @ApiPropertyOptional({ description: 'An earlier version; default the current one', minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'The language of the file name' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}
