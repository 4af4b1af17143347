import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { PageQueryDto, ParseUuid } from '@app/common';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/access.decorators';
import {
  CreatedWebhookResponseDto,
  CreateWebhookDto,
  WebhookDeliveryResponseDto,
  WebhookResponseDto,
} from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';

/** Webhooks are set up by admins only: a webhook receives news of every public forum. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('admin')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @ApiOkResponse({ type: [WebhookResponseDto] })
  list(): Promise<WebhookResponseDto[]> {
    return this.webhooks.list();
  }

  @Post()
  @ApiCreatedResponse({ type: CreatedWebhookResponseDto, description: 'The secret is in this answer only' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateWebhookDto): Promise<CreatedWebhookResponseDto> {
    return this.webhooks.create(user, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  delete(@Param('id', ParseUuid()) id: string): Promise<void> {
    return this.webhooks.delete(id);
  }

  @Get(':id/deliveries')
  @ApiOkResponse({ type: [WebhookDeliveryResponseDto], description: 'Newest first' })
  deliveries(
    @Param('id', ParseUuid()) id: string,
    @Query() query: PageQueryDto,
  ): Promise<WebhookDeliveryResponseDto[]> {
    return this.webhooks.deliveries(id, query.limit ?? 50, query.offset ?? 0);
  }

  @Post('deliveries/:id/redeliver')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: WebhookDeliveryResponseDto, description: 'A new delivery of the same payload, due now' })
  redeliver(@Param('id', ParseUuid()) id: string): Promise<WebhookDeliveryResponseDto> {
    return this.webhooks.redeliver(id);
  }
}
