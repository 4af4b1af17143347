import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import type { MessageRow } from './notifications.repository';
import { NotificationsService } from './notifications.service';

/** What was (or would have been) sent, its status and failure reason; and a resend. Admins only. */
@ApiTags('mail')
@ApiBearerAuth()
@Roles('admin')
@Controller('mail')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiQuery({ name: 'status', required: false, enum: ['queued', 'sending', 'sent', 'failed'] })
  @ApiQuery({ name: 'event', required: false })
  @ApiOkResponse({ description: 'Newest first: recipient, subject, status, attempts, last error' })
  list(@Query('status') status?: string, @Query('event') eventId?: string): Promise<MessageRow[]> {
    return this.notifications.list({ status, eventId, limit: 200, offset: 0 });
  }

  @Post(':id/resend')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Queued again' })
  resend(@Param('id') id: string): Promise<void> {
    return this.notifications.resend(id);
  }
}
