import { Controller, Delete, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ifNoneMatchHits, Lang } from '@app/common';
import type { Language } from '@app/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Public } from '../../platform/access/access.decorators';
import {
  FeedQueryDto,
  PrivateFeedCreatedResponseDto,
  PrivateFeedQueryDto,
  PrivateFeedResponseDto,
} from './dto/feeds.dto';
import { type FeedDocument, FeedsService } from './feeds.service';

/** Sends a feed with its validator: calendar clients that ask again with If-None-Match get 304. */
async function sendFeed(request: FastifyRequest, reply: FastifyReply, feed: FeedDocument): Promise<void> {
  void reply.header('etag', feed.etag).header('cache-control', feed.cacheControl).header('vary', 'accept-language');
  if (ifNoneMatchHits(request.headers['if-none-match'], feed.etag)) {
    await reply.status(304).send();
    return;
  }
  await reply.status(200).type(feed.contentType).send(feed.body);
}

@ApiTags('feeds')
@Controller('feeds')
export class FeedsController {
  constructor(private readonly feeds: FeedsService) {}

  @Get('calendar.ics')
  @Public()
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description:
      'The public forums of a region (with the regions below it) or of an organizer: one VEVENT per forum, ' +
      'stable UIDs, SEQUENCE raised at every change, cancelled forums with STATUS:CANCELLED. Also as webcal://.',
  })
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match)' })
  @ApiResponse({ status: 404, description: 'No such region or organizer' })
  @ApiResponse({ status: 429, description: 'Too many requests from this address' })
  async calendar(
    @Query() query: FeedQueryDto,
    @Lang() lang: Language,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendFeed(request, reply, await this.feeds.publicCalendar(query, lang, request.ip));
  }

  @Get('my/:token.ics')
  @Public()
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: "A person's registrations, by the private address of their account" })
  @ApiResponse({ status: 404, description: 'No such address' })
  @ApiResponse({ status: 410, description: 'FEED_REVOKED: the address was revoked or replaced' })
  async privateCalendar(
    @Param('token') token: string,
    @Query() query: PrivateFeedQueryDto,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendFeed(request, reply, await this.feeds.privateCalendar(token, query.lang, request.ip));
  }

  @Get('acts.atom')
  @Public()
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom feed of the resolutions adopted at public forums of a region or an organizer' })
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match)' })
  @ApiResponse({ status: 404, description: 'No such region or organizer' })
  async acts(
    @Query() query: FeedQueryDto,
    @Lang() lang: Language,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendFeed(request, reply, await this.feeds.actsFeed(query, lang, request.ip));
  }

  @Get('my')
  @ApiBearerAuth()
  @ApiOkResponse({ type: PrivateFeedResponseDto, description: 'Whether the account has a private calendar address' })
  state(@CurrentUser() user: AuthUser): Promise<PrivateFeedResponseDto> {
    return this.feeds.privateFeedState(user);
  }

  @Post('my')
  @ApiBearerAuth()
  @ApiCreatedResponse({
    type: PrivateFeedCreatedResponseDto,
    description: 'A new private calendar address; the one before stops working (410)',
  })
  create(@CurrentUser() user: AuthUser): Promise<PrivateFeedCreatedResponseDto> {
    return this.feeds.newPrivateFeed(user);
  }

  @Delete('my')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The private address is revoked: it answers 410 from now on' })
  @ApiResponse({ status: 404, description: 'The account has no live address' })
  async revoke(@CurrentUser() user: AuthUser): Promise<void> {
    await this.feeds.revokePrivateFeed(user);
  }
}
