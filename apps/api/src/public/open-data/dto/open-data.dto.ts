import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '@app/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type {
  OpenDataPage,
  OpenQuorum,
  PopoloCount,
  PopoloEvent,
  PopoloIdentifier,
  PopoloLink,
  PopoloMembership,
  PopoloMotion,
  PopoloOrganization,
  PopoloOtherName,
  PopoloPerson,
  PopoloVote,
  PopoloVoteEvent,
} from '../open-data.model';

/** Items a page may hold. */
export const MAX_PAGE = 500;

/** `?cursor=&limit=&lang=` of every open-data list. */
export class OpenDataQueryDto {
  @ApiPropertyOptional({ description: 'The `next` link of the previous page carries it; opaque' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  cursor?: string;

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  limit?: number;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'kk', description: 'Language of the texts (other_names hold all)' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

class OpenIdentifierDto implements PopoloIdentifier {
  @ApiProperty({ example: 'KZ-27' }) identifier!: string;
  @ApiProperty({ example: 'ISO 3166-2', description: 'ISO 3166-2, KATO, akim:region, ocd-division, akim:slug' })
  scheme!: string;
}

class OpenOtherNameDto implements PopoloOtherName {
  @ApiProperty() name!: string;
  @ApiProperty({ enum: LANGUAGES, description: 'The language of the name' }) note!: string;
}

class OpenLinkDto implements PopoloLink {
  @ApiProperty() url!: string;
  @ApiProperty({ example: 'pdf' }) note!: string;
}

class OpenCountDto implements PopoloCount {
  @ApiProperty({ enum: ['yes', 'no', 'abstain', 'absent', 'not voting'] }) option!: PopoloCount['option'];
  @ApiProperty() value!: number;
}

class OpenQuorumDto implements OpenQuorum {
  @ApiProperty({ type: Number, nullable: true }) members!: number | null;
  @ApiProperty() present!: number;
  @ApiProperty({ type: Number, nullable: true }) required!: number | null;
  @ApiProperty() reached!: boolean;
}

export class OpenOrganizationDto implements PopoloOrganization {
  @ApiProperty({ example: 'akim:organization/8389797f-8cf1-4a7d-b9b5-49f65582c1f5' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [OpenOtherNameDto] }) other_names!: OpenOtherNameDto[];
  @ApiProperty({ type: [OpenIdentifierDto] }) identifiers!: OpenIdentifierDto[];
  @ApiProperty({ example: 'akimat' }) classification!: string;
  @ApiProperty({ type: String, nullable: true, example: 'ocd-division/country:kz/oblys:27/audan:zhanakala' })
  area_id!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class OpenPersonDto implements PopoloPerson {
  @ApiProperty({ example: 'akim:person/0b4f…' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [OpenOtherNameDto] }) other_names!: OpenOtherNameDto[];
  @ApiProperty() sort_name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The position' }) summary!: string | null;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class OpenMembershipDto implements PopoloMembership {
  @ApiProperty({ example: 'akim:membership/<person uuid>/<organization uuid>' }) id!: string;
  @ApiProperty() person_id!: string;
  @ApiProperty() organization_id!: string;
  @ApiProperty({ type: String, nullable: true }) role!: string | null;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
}

export class OpenEventDto implements PopoloEvent {
  @ApiProperty({ example: 'akim:event/<uuid>' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ example: '2026-12-28T10:00:00+05:00' }) start_date!: string;
  @ApiProperty({ example: '2026-12-28T18:00:00+05:00' }) end_date!: string;
  @ApiProperty({ type: String, nullable: true }) location!: string | null;
  @ApiProperty({ enum: ['confirmed', 'passed', 'cancelled'] }) status!: PopoloEvent['status'];
  @ApiProperty({ example: 'forum' }) classification!: string;
  @ApiProperty({ type: String, nullable: true }) organization_id!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'A session: its forum or section' })
  parent_id!: string | null;
  @ApiProperty({ type: [OpenIdentifierDto] }) identifiers!: OpenIdentifierDto[];
  @ApiProperty({ type: [OpenLinkDto] }) sources!: OpenLinkDto[];
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class OpenMotionDto implements PopoloMotion {
  @ApiProperty({ example: 'akim:motion/<uuid>' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) organization_id!: string | null;
  @ApiProperty() legislative_session_id!: string;
  @ApiProperty({ description: 'Title, preamble and the numbered points' }) text!: string;
  @ApiProperty({ example: 'resolution' }) classification!: string;
  @ApiProperty() date!: string;
  @ApiProperty() requirement!: string;
  @ApiProperty({ enum: ['pass'] }) result!: 'pass';
  @ApiProperty({ type: [OpenLinkDto] }) sources!: OpenLinkDto[];
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class OpenVoteEventDto implements PopoloVoteEvent {
  @ApiProperty({ example: 'akim:vote-event/<uuid>' }) id!: string;
  @ApiProperty() motion_id!: string;
  @ApiProperty({ type: String, nullable: true }) organization_id!: string | null;
  @ApiProperty() legislative_session_id!: string;
  @ApiProperty({ example: '1/2026' }) identifier!: string;
  @ApiProperty({ enum: ['counts', 'roll_call', 'electronic'] }) classification!: PopoloVoteEvent['classification'];
  @ApiProperty() start_date!: string;
  @ApiProperty({ enum: ['pass'] }) result!: 'pass';
  @ApiProperty({ type: [OpenCountDto] }) counts!: OpenCountDto[];
  @ApiProperty({ type: OpenQuorumDto, description: 'An extension: Popolo has no field for the quorum' })
  quorum!: OpenQuorumDto;
  @ApiProperty({ format: 'date-time' }) created_at!: string;
  @ApiProperty({ format: 'date-time' }) updated_at!: string;
}

export class OpenVoteDto implements PopoloVote {
  @ApiProperty() vote_event_id!: string;
  @ApiProperty() voter_id!: string;
  @ApiProperty({ enum: ['yes', 'no', 'abstain', 'not voting'] }) option!: PopoloVote['option'];
  @ApiProperty({ enum: ['voter'] }) role!: 'voter';
}

/** A page of one kind: its items and the address of the next page. */
function pageOf<T>(item: new () => T) {
  class PageDto implements OpenDataPage<T> {
    @ApiProperty({ type: [item] }) items!: T[];
    @ApiProperty({ type: String, nullable: true, description: 'The next page, or null on the last' })
    next!: string | null;
  }
  Object.defineProperty(PageDto, 'name', { value: `${item.name.replace(/Dto$/, '')}PageDto` });
  return PageDto;
}

export const OpenOrganizationPageDto = pageOf(OpenOrganizationDto);
export const OpenPersonPageDto = pageOf(OpenPersonDto);
export const OpenMembershipPageDto = pageOf(OpenMembershipDto);
export const OpenEventPageDto = pageOf(OpenEventDto);
export const OpenMotionPageDto = pageOf(OpenMotionDto);
export const OpenVoteEventPageDto = pageOf(OpenVoteEventDto);
export const OpenVotePageDto = pageOf(OpenVoteDto);
