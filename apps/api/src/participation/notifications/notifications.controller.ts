import { Body, Controller, Get, HttpCode, Param, type PipeTransform, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { AppError } from '@app/common';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Public, Roles } from '../../platform/access/access.decorators';
import { ListAllMailQueryDto, ListMailQueryDto, MailMessageResponseDto, MailPreferencesDto } from './dto/mail.dto';
import { MailboxService } from './mailbox.service';

/** Outbox ids are bigserial numbers; anything else is a 400 naming the parameter. */
const ParseMessageId: PipeTransform<string, string> = {
  transform: (value) => {
    if (!/^[1-9][0-9]{0,17}$/.test(value)) {
      throw AppError.validation([{ field: 'id', code: 'isInt' }]);
    }
    return value;
  },
};

/** What was (or would have been) sent, its status and failure reason; and a resend. */
@ApiTags('mail')
@ApiBearerAuth()
@Controller('mail')
export class NotificationsController {
  constructor(private readonly notifications: MailboxService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: [MailMessageResponseDto], description: 'Admins: newest first, the last 200' })
  list(@Query() query: ListAllMailQueryDto): Promise<MailMessageResponseDto[]> {
    return this.notifications.list({ status: query.status, eventId: query.event });
  }

  @Post(':id/resend')
  @Roles('admin', 'organizer')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Queued again (admins: any message; organizers: their events’ messages)' })
  resend(@CurrentUser() user: AuthUser, @Param('id', ParseMessageId) id: string): Promise<void> {
    return this.notifications.resend(user, id);
  }

  @Get('preferences')
  @ApiOkResponse({ type: MailPreferencesDto, description: 'The signed-in person’s own choices' })
  preferences(@CurrentUser() user: AuthUser): Promise<MailPreferencesDto> {
    return this.notifications.preferences(user);
  }

  @Put('preferences')
  @ApiOkResponse({ type: MailPreferencesDto })
  setPreferences(@CurrentUser() user: AuthUser, @Body() dto: MailPreferencesDto): Promise<MailPreferencesDto> {
    return this.notifications.setPreferences(user, dto);
  }
}

/**
 * The unsubscribe link of every reminder: no sign-in, the link is the key. GET shows a page
 * with one button; POST (that button, or a mail client's RFC 8058 one-click) switches reminders off.
 */
@ApiTags('mail')
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly notifications: MailboxService) {}

  @Public()
  @Get(':token')
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'A page in the person’s language with one button that stops reminders' })
  @ApiNotFoundResponse({ description: 'Unknown link' })
  @ApiGoneResponse({ description: 'The link has expired (180 days after its mail); the page says where to go instead' })
  async page(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const page = await this.notifications.unsubscribe(token, 'confirm');
    await reply.status(page.status).type('text/html; charset=utf-8').send(page.html);
  }

  @Public()
  @Post(':token')
  @HttpCode(200)
  @ApiProduces('text/html')
  @ApiBody({ required: false, description: 'Any body, e.g. `List-Unsubscribe=One-Click` (form-encoded)' })
  @ApiOkResponse({ description: 'Reminders are off (repeating it is harmless); a confirmation page' })
  @ApiNotFoundResponse({ description: 'Unknown link' })
  @ApiGoneResponse({ description: 'The link has expired; nothing is changed' })
  async confirm(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const page = await this.notifications.unsubscribe(token, 'done');
    await reply.status(page.status).type('text/html; charset=utf-8').send(page.html);
  }
}

/** An event's messages for its organizers. */
@ApiTags('mail')
@ApiBearerAuth()
@Roles('admin', 'organizer')
@Controller('events')
export class EventMailController {
  constructor(private readonly notifications: MailboxService) {}

  @Get(':id/mail')
  @ApiOkResponse({ type: [MailMessageResponseDto], description: 'Newest first: status, attempts, last error' })
  list(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Query() query: ListMailQueryDto,
  ): Promise<MailMessageResponseDto[]> {
    return this.notifications.listForEvent(user, id, query.status);
  }
}
