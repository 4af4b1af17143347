import { IsInstant, PageQueryDto, trimUpper } from '@app/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { EVENT_KINDS, EVENT_STATUSES, type EventKind, type EventStatus } from '@app/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** The event list's filters: a time window, a region subtree, kind, status, an organizer, words of the title. */
export class ListEventsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Events that end at or after this instant (ISO 8601 with offset)' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Events that start before this instant (ISO 8601 with offset)' })
  @IsOptional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({ description: 'Events in this region or any region below it' })
  @IsOptional()
  @Transform(trimUpper)
  @IsString()
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ enum: EVENT_KINDS }) @IsOptional() @IsIn(EVENT_KINDS) kind?: EventKind;
  @ApiPropertyOptional({ enum: EVENT_STATUSES }) @IsOptional() @IsIn(EVENT_STATUSES) status?: EventStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organization?: string;
  @ApiPropertyOptional({ description: 'Part of the title in any language' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
