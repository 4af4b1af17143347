import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from '@app/contracts';
import { webhookSignature } from './webhook-signature';
import { unsafeResolution } from './webhook-target';
import type { ClaimedDelivery } from './webhooks.model';
import { WebhooksRepository } from './webhooks.repository';

const BATCH = 10;
const MAX_RETRY_MS = 3_600_000;

/**
 * Sends the webhook outbox: claims due deliveries (SKIP LOCKED under a lease longer than a request may take, so
 * instances share the work without overlap), POSTs each signed, and retries any answer but a 2xx with exponential
 * backoff until WEBHOOK_MAX_ATTEMPTS, after which the delivery stays `failed` with its last error.
 */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly outbox: WebhooksRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.webhooks.pollMs > 0) {
      this.timer = setInterval(() => {
        this.running ??= this.drain().finally(() => (this.running = undefined));
      }, this.config.webhooks.pollMs);
      this.timer.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  async drain(): Promise<void> {
    try {
      const leaseSeconds = Math.ceil(this.config.webhooks.timeoutMs / 1000) + 30;
      while (!this.stopped) {
        const deliveries = await this.outbox.claim(BATCH, leaseSeconds);
        if (deliveries.length === 0) {
          return;
        }
        await Promise.all(deliveries.map((delivery) => this.deliver(delivery)));
      }
    } catch (error) {
      this.logger.error(`webhook worker: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private async deliver(delivery: ClaimedDelivery): Promise<void> {
    let statusCode: number | null = null;
    try {
      if (this.config.nodeEnv === 'production') {
        const refused = await unsafeResolution(delivery.url);
        if (refused) {
          throw new Error(refused);
        }
      }
      const body = JSON.stringify(delivery.payload);
      const timestamp = Math.floor(Date.now() / 1000);
      const response = await fetch(delivery.url, {
        method: 'POST',
        body,
        // A redirect is not followed: it could lead anywhere, an internal address too.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.config.webhooks.timeoutMs),
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'AkimForum-Webhooks/1',
          'x-akim-event': delivery.eventType,
          'x-akim-delivery': delivery.id,
          [WEBHOOK_TIMESTAMP_HEADER]: String(timestamp),
          [WEBHOOK_SIGNATURE_HEADER]: webhookSignature(delivery.secret, timestamp, body),
        },
      });
      statusCode = response.status;
      await response.body?.cancel().catch(() => undefined);
      if (statusCode < 200 || statusCode > 299) {
        throw new Error(`HTTP ${statusCode}`);
      }
      await this.outbox.markDelivered(delivery.id, statusCode);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const retry = delivery.attempts < this.config.webhooks.maxAttempts;
      const delay = retry
        ? Math.min(MAX_RETRY_MS, this.config.webhooks.retryBaseMs * 2 ** (delivery.attempts - 1))
        : null;
      await this.outbox.markFailed(delivery.id, statusCode, reason, delay);
      this.logger.warn(`webhook ${delivery.id} to ${delivery.url} failed (attempt ${delivery.attempts}): ${reason}`);
    }
  }
}
