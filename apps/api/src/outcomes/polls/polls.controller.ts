import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ParseUuid } from '@app/common';
import type { MyPoll, PollResponse, ScreenState } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Public, Roles } from '../../platform/access/access.decorators';
import { OpenPollDto, VoteDto } from './dto/poll.dto';
import { PollsService } from './polls.service';

@ApiTags('polls')
@ApiBearerAuth()
@Controller()
export class PollsController {
  constructor(private readonly polls: PollsService) {}

  @Post('resolutions/:id/polls')
  @Roles('secretary', 'organizer')
  @ApiCreatedResponse({ description: 'The poll, open, with its voters: the voting members checked in now' })
  open(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: OpenPollDto,
  ): Promise<PollResponse> {
    return this.polls.open(user, id, dto.mode);
  }

  @Get('resolutions/:id/polls')
  @Roles('secretary', 'organizer')
  @ApiOkResponse({ description: 'The polls of a resolution, newest first' })
  ofResolution(@CurrentUser() user: AuthUser, @Param('id', ParseUuid()) id: string): Promise<PollResponse[]> {
    return this.polls.ofResolution(user, id);
  }

  @Get('polls/mine')
  @ApiOkResponse({ description: 'The open votes the signed-in member takes part in, with their vote so far' })
  mine(@CurrentUser() user: AuthUser): Promise<MyPoll[]> {
    return this.polls.mine(user);
  }

  @Get('polls/:id')
  @ApiOkResponse({ description: 'The tally and every voter with their vote (the staff of the forum)' })
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUuid()) id: string): Promise<PollResponse> {
    return this.polls.get(user, id);
  }

  @Put('polls/:id/votes/me')
  @ApiOkResponse({ description: "A voter's own vote in an electronic poll; a changed vote replaces the first" })
  voteMine(@CurrentUser() user: AuthUser, @Param('id', ParseUuid()) id: string, @Body() dto: VoteDto): Promise<MyPoll> {
    return this.polls.voteMine(user, id, dto.choice);
  }

  @Put('polls/:id/votes/:personId')
  @Roles('secretary', 'organizer')
  @ApiOkResponse({ description: "A roll call: the secretary marks a voter's vote" })
  voteFor(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('personId', ParseUuid()) personId: string,
    @Body() dto: VoteDto,
  ): Promise<PollResponse> {
    return this.polls.voteFor(user, id, personId, dto.choice);
  }

  @Post('polls/:id/close')
  @HttpCode(200)
  @Roles('secretary', 'organizer')
  @ApiOkResponse({ description: 'Closed: the counts are final; adopt the resolution with { pollId }' })
  close(@CurrentUser() user: AuthUser, @Param('id', ParseUuid()) id: string): Promise<PollResponse> {
    return this.polls.close(user, id);
  }

  @Post('polls/:id/cancel')
  @HttpCode(200)
  @Roles('secretary', 'organizer')
  @ApiOkResponse({ description: 'Cancelled (opened by mistake): kept, never counted' })
  cancel(@CurrentUser() user: AuthUser, @Param('id', ParseUuid()) id: string): Promise<PollResponse> {
    return this.polls.close(user, id, true);
  }
}

@ApiTags('polls')
@Controller('screen')
export class ScreenController {
  constructor(private readonly polls: PollsService) {}

  @Public()
  @Get(':eventId')
  @ApiOkResponse({ description: "The hall's projector: the item under way, the question, the count, the result" })
  screen(@CurrentUser() user: AuthUser | undefined, @Param('eventId') eventId: string): Promise<ScreenState> {
    return this.polls.screen(user, eventId);
  }
}
