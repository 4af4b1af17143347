import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VerificationResponse } from '@app/contracts';
import { Public } from '../../platform/access/access.decorators';
import { VerificationResponseDto } from './dto/verification.dto';
import { VerificationService } from './verification.service';

@ApiTags('verification')
@Public()
@Controller('verify/:code')
export class VerificationController {
  constructor(private readonly verification: VerificationService) {}

  @Get()
  @ApiOkResponse({
    type: VerificationResponseDto,
    description: 'An adopted resolution or an approved protocol by its printed code; 404 for an unknown code',
  })
  verify(@Param('code') code: string, @Req() request: FastifyRequest): Promise<VerificationResponse> {
    return this.verification.verify(code, request.ip);
  }

  @Get('canonical.json')
  @ApiProduces('application/json')
  @ApiOkResponse({ description: 'The exact bytes the digest is made over (public acts only)' })
  async canonical(
    @Param('code') code: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const bytes = await this.verification.canonicalOf(code, request.ip);
    await reply.type('application/json; charset=utf-8').header('cache-control', 'public, max-age=60').send(bytes);
  }
}
