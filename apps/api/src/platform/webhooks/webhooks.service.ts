import { Inject, Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { AppError } from '@app/common';
import type { Tx } from '@app/database';
import type { AuthUser } from '../access/auth-user';
import type {
  CreatedWebhookResponseDto,
  CreateWebhookDto,
  WebhookDeliveryResponseDto,
  WebhookResponseDto,
} from './dto/webhook.dto';
import { refusedTarget } from './webhook-target';
import type { WebhookAnnouncement, WebhookDeliveryRow, WebhookRow } from './webhooks.model';
import { WebhooksRepository } from './webhooks.repository';

function toResponse(row: WebhookRow): WebhookResponseDto {
  return {
    id: row.id,
    organizationId: row.organizationId,
    url: row.url,
    events: row.eventTypes,
    description: row.description,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}

function toDelivery(row: WebhookDeliveryRow): WebhookDeliveryResponseDto {
  const open = row.status === 'pending' || row.status === 'delivering';
  return {
    id: row.id,
    webhookId: row.webhookId,
    announcementId: row.announcementId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    responseCodes: row.responseCodes,
    lastStatusCode: row.responseCodes.at(-1) ?? null,
    lastError: row.lastError,
    nextAttemptAt: open ? new Date(row.nextAttemptAt).toISOString() : null,
    createdAt: new Date(row.createdAt).toISOString(),
    deliveredAt: row.deliveredAt ? new Date(row.deliveredAt).toISOString() : null,
    redeliveryOf: row.redeliveryOf,
  };
}

/**
 * Webhooks of organizations that run their own systems. Other modules call `announce` in the transaction of their
 * change: the deliveries commit with it or not at all, and the worker sends them later.
 */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly webhooks: WebhooksRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Writes one delivery per subscribed webhook; `manager` is the caller's transaction (none: on its own). */
  async announce(manager: Tx | undefined, announcement: WebhookAnnouncement): Promise<void> {
    await this.webhooks.fanOut(
      manager,
      { id: randomUUID(), type: announcement.type, createdAt: new Date().toISOString(), data: announcement.data },
      announcement.organizationIds ?? null,
    );
  }

  async create(user: AuthUser, dto: CreateWebhookDto): Promise<CreatedWebhookResponseDto> {
    const refused = refusedTarget(dto.url, this.config.nodeEnv === 'production');
    if (refused) {
      throw AppError.validation([{ field: 'url', code: refused }]);
    }
    if (dto.events.includes('registration.changed') && !dto.organizationId) {
      throw AppError.validation([{ field: 'organizationId', code: 'webhookOrganization' }]);
    }
    if (dto.organizationId && !(await this.webhooks.organizationExists(dto.organizationId))) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, [{ field: 'organizationId', code: 'exists' }]);
    }
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const row = await this.webhooks.insert({
      organizationId: dto.organizationId ?? null,
      url: dto.url,
      eventTypes: dto.events,
      description: dto.description ?? null,
      secret,
      createdBy: user.id,
    });
    return { ...toResponse(row), secret };
  }

  async list(): Promise<WebhookResponseDto[]> {
    return (await this.webhooks.list()).map(toResponse);
  }

  async delete(id: string): Promise<void> {
    if (!(await this.webhooks.delete(id))) {
      throw AppError.notFound();
    }
  }

  async deliveries(id: string, limit: number, offset: number): Promise<WebhookDeliveryResponseDto[]> {
    if (!(await this.webhooks.findById(id))) {
      throw AppError.notFound();
    }
    return (await this.webhooks.deliveries(id, limit, offset)).map(toDelivery);
  }

  async redeliver(deliveryId: string): Promise<WebhookDeliveryResponseDto> {
    const row = await this.webhooks.redeliver(deliveryId);
    if (!row) {
      throw AppError.notFound();
    }
    return toDelivery(row);
  }
}
