import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VerificationAnswer } from '@app/contracts';
import { Public } from '../../platform/access/access.decorators';
import { RevokedVerificationResponseDto, VerificationResponseDto } from './dto/verification.dto';
import { VerificationService } from './verification.service';

@ApiTags('verification')
@Public()
@Controller('verify/:code')
@ApiExtraModels(VerificationResponseDto, RevokedVerificationResponseDto)
export class VerificationController {
  constructor(private readonly verification: VerificationService) {}

  @Get()
  @ApiOkResponse({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(VerificationResponseDto) },
        { $ref: getSchemaPath(RevokedVerificationResponseDto) },
      ],
    },
    description:
      'An adopted resolution, an approved protocol or an award by its printed code; a revoked award answers ' +
      '`revoked: true` with its number only; 404 for an unknown code',
  })
  verify(@Param('code') code: string, @Req() request: FastifyRequest): Promise<VerificationAnswer> {
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
