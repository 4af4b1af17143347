import { Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { contentDisposition } from '@app/common';
import { Public } from '../../platform/access/access.decorators';
import {
  OpenDataQueryDto,
  OpenEventPageDto,
  OpenMembershipPageDto,
  OpenMotionPageDto,
  OpenOrganizationPageDto,
  OpenPersonPageDto,
  OpenVoteEventPageDto,
  OpenVotePageDto,
} from './dto/open-data.dto';
import { type OpenAnswer, OpenDataService } from './open-data.service';

const NOT_MODIFIED = { status: 304, description: 'Not modified (If-None-Match): nothing public changed' };

/**
 * The public record as open data, for anyone and without sign-in: Popolo shapes paged by `?cursor=`, and the
 * bulk download. Every answer carries an ETag and may be kept a minute by any cache.
 */
@ApiTags('open data')
@Public()
@Controller('open')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('organizations')
  @ApiOkResponse({
    type: OpenOrganizationPageDto,
    description: 'Organizers and responsible bodies (Popolo Organization)',
  })
  @ApiResponse(NOT_MODIFIED)
  async organizations(
    @Query() query: OpenDataQueryDto,
    @Headers('if-none-match') tag: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.openData.page('organizations', query, tag));
  }

  @Get('people')
  @ApiOkResponse({
    type: OpenPersonPageDto,
    description: 'Public officials who spoke, chaired, signed or voted by name (Popolo Person)',
  })
  @ApiResponse(NOT_MODIFIED)
  async people(
    @Query() query: OpenDataQueryDto,
    @Headers('if-none-match') tag: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.openData.page('people', query, tag));
  }

  @Get('memberships')
  @ApiOkResponse({ type: OpenMembershipPageDto, description: 'Their positions in organizations (Popolo Membership)' })
  @ApiResponse(NOT_MODIFIED)
  async memberships(
    @Query() query: OpenDataQueryDto,
    @Headers('if-none-match') tag: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.openData.page('memberships', query, tag));
  }

  @Get('events')
  @ApiOkResponse({ type: OpenEventPageDto, description: 'Public forums and their sessions (Popolo Event)' })
  @ApiResponse(NOT_MODIFIED)
  async events(
    @Query() query: OpenDataQueryDto,
    @Headers('if-none-match') tag: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.openData.page('events', query, tag));
  }

  @Get('motions')
  @ApiOkResponse({ type: OpenMotionPageDto, description: 'Adopted resolutions with their points (Popolo Motion)' })
  @ApiResponse(NOT_MODIFIED)
  async motions(
    @Query() query: OpenDataQueryDto,
    @Headers('if-none-match') tag: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.openData.page('motions', query, tag));
  }

  @Get('vote-events')
  @ApiOkResponse({
    type: OpenVoteEventPageDto,
    description: 'Each adoption: counts, result, quorum, date (Popolo VoteEvent)',
  })
  @ApiResponse(NOT_MODIFIED)
  async voteEvents(
    @Query() query: OpenDataQueryDto,
    @Headers('if-none-match') tag: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.openData.page('vote-events', query, tag));
  }

  @Get('votes')
  @ApiOkResponse({ type: OpenVotePageDto, description: 'Each voter’s vote where the vote was by name (Popolo Vote)' })
  @ApiResponse(NOT_MODIFIED)
  async votes(
    @Query() query: OpenDataQueryDto,
    @Headers('if-none-match') tag: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.openData.page('votes', query, tag));
  }

  @Get('dump.zip')
  @ApiProduces('application/zip')
  @ApiOkResponse({
    description: 'One UTF-8 CSV per kind with a header row, and passport.csv describing every field in kk and ru',
  })
  @ApiResponse(NOT_MODIFIED)
  @ApiResponse({ status: 429, description: 'Too many downloads from this address (Retry-After)' })
  async zip(
    @Req() request: FastifyRequest,
    @Headers('if-none-match') tag: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    void reply.header('content-disposition', contentDisposition('attachment', 'akim-forum-open-data', 'zip'));
    await send(reply, await this.openData.download('zip', request.ip, tag));
  }

  @Get('dump.json')
  @ApiProduces('application/json')
  @ApiOkResponse({ description: 'The same datasets and passport as one JSON document' })
  @ApiResponse(NOT_MODIFIED)
  @ApiResponse({ status: 429, description: 'Too many downloads from this address (Retry-After)' })
  async json(
    @Req() request: FastifyRequest,
    @Headers('if-none-match') tag: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await send(reply, await this.openData.download('json', request.ip, tag));
  }
}

/** Writes an answer with its validator; the same for every reader, so shared caches may keep it a minute. */
async function send(reply: FastifyReply, answer: OpenAnswer): Promise<void> {
  void reply.header('etag', answer.etag).header('cache-control', 'public, max-age=60');
  if (answer.status === 304) {
    await reply.status(304).send();
    return;
  }
  if (answer.link) {
    void reply.header('link', answer.link);
  }
  await reply
    .status(200)
    .header('last-modified', answer.lastModified.toUTCString())
    .type(answer.contentType)
    .send(answer.body);
}
