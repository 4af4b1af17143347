import { Module } from '@nestjs/common';
import { WebhookWorker } from './webhook.worker';
import { WebhooksController } from './webhooks.controller';
import { WebhooksRepository } from './webhooks.repository';
import { WebhooksService } from './webhooks.service';

/** Webhooks, their outbox and its worker; modules announce their news through the exported service. */
@Module({
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhooksRepository, WebhookWorker],
  exports: [WebhooksService],
})
export class WebhooksModule {}
