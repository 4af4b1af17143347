import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Language } from '@app/contracts';
import { type LanguageRequest, requestLanguage } from '../i18n/language';

/** The request's language: `?lang=`, the language cookie, the signed-in person's, Accept-Language, Kazakh. */
export const Lang = createParamDecorator((_: unknown, context: ExecutionContext): Language =>
  requestLanguage(context.switchToHttp().getRequest<LanguageRequest>()),
);
