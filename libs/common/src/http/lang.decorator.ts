import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Language } from '@app/contracts';
import type { FastifyRequest } from 'fastify';
import { requestLanguage } from '../errors/http-exception.filter';

/** The request's language: `?lang=`, else Accept-Language, else Kazakh. */
export const Lang = createParamDecorator((_: unknown, context: ExecutionContext): Language =>
  requestLanguage(context.switchToHttp().getRequest<FastifyRequest>()),
);
