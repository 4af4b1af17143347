import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LocalizedText, RevokedVerificationResponse, VerificationResponse } from '@app/contracts';

export class VerificationResponseDto implements VerificationResponse {
  @ApiProperty({ example: 'K7Q2M-9XD4R' }) code!: string;
  @ApiProperty({ enum: [false] }) revoked!: false;
  @ApiProperty({ enum: ['resolution', 'protocol', 'award'] }) kind!: 'resolution' | 'protocol' | 'award';
  @ApiProperty({ example: 'resolution' }) documentKind!: string;
  @ApiProperty({ example: '3/2026' }) number!: string;
  @ApiProperty({ example: '2026-12-12' }) date!: string;
  @ApiProperty() title!: LocalizedText;
  @ApiProperty() organization!: LocalizedText;
  @ApiProperty() eventTitle!: LocalizedText;
  @ApiPropertyOptional({ nullable: true, type: Object, description: "An award's recipient by name; null for acts" })
  recipient!: { kk: string; ru?: string } | null;
  @ApiPropertyOptional({ nullable: true, type: String }) eventUrl!: string | null;
  @ApiProperty({ description: 'SHA-256 (hex) of the canonical form, fixed when the act became final' }) digest!: string;
  @ApiProperty({ description: 'The digest recomputed from the stored act equals the fixed one' }) matches!: boolean;
  @ApiProperty() format!: number;
  @ApiProperty() sealedAt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) canonicalUrl!: string | null;
  @ApiPropertyOptional({ nullable: true, type: Object }) signature!: VerificationResponse['signature'];
}

export class RevokedVerificationResponseDto implements RevokedVerificationResponse {
  @ApiProperty({ example: 'K7Q2M-9XD4R' }) code!: string;
  @ApiProperty({ enum: ['award'] }) kind!: 'award';
  @ApiProperty({ example: 'gratitude' }) documentKind!: string;
  @ApiProperty({ example: '3/2026' }) number!: string;
  @ApiProperty({ enum: [true], description: 'The award was revoked: nothing else of it is shown' }) revoked!: true;
}
