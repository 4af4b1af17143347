import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../access/access.decorators';
import { HealthService } from './health.service';

export class HealthResponseDto {
  @ApiProperty({ enum: ['ok', 'unavailable', 'draining'] }) status!: 'ok' | 'unavailable' | 'draining';
  @ApiProperty({ required: false }) database?: 'ok' | 'unreachable';
  @ApiProperty({ required: false, description: 'Migrations not yet applied' }) pendingMigrations?: boolean;
  @ApiProperty({ required: false, description: 'Shutting down: send it nothing new' }) draining?: boolean;
}

/** Served at the root (for load balancers and orchestrators) and under the API's base path. */
@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get(['health', 'api/v1/health'])
  @HttpCode(200)
  @ApiOkResponse({ type: HealthResponseDto, description: 'The process is up' })
  live(): HealthResponseDto {
    return { status: 'ok' };
  }

  @Get(['health/ready', 'api/v1/health/ready'])
  @ApiOkResponse({ type: HealthResponseDto, description: 'The database is reachable and migrated' })
  @ApiServiceUnavailableResponse({ type: HealthResponseDto })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponseDto> {
    const state = await this.health.readiness();
    const ok = state.database === 'ok' && !state.pendingMigrations;
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : state.draining ? 'draining' : 'unavailable', ...state };
  }
}

export const HEALTH_ROUTES = ['health', 'health/ready', 'api/v1/health', 'api/v1/health/ready'];
