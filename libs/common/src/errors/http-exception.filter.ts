import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { ErrorCode, ErrorResponse } from '@app/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorMessage, fieldMessage } from '../i18n/messages';
import { requestLanguage } from '../i18n/language';
import { AppError } from './app-error';
import { databaseUnavailable, fromDatabaseError, isDatabaseUnavailable } from './database-errors';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'MALFORMED_REQUEST',
  401: 'AUTH_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

interface FrameworkError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/**
 * The one place where failures become HTTP responses, in the contract's shape and
 * the request's language. Anything unexpected is a 500 that shows only a correlation
 * id (the request id); the stack goes to the log under the same id.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const lang = requestLanguage(request);
    const error = this.toAppError(exception, request);

    const body: ErrorResponse = {
      statusCode: error.statusCode,
      code: error.code,
      message: errorMessage(error.messageCode ?? error.code, lang, error.params),
    };
    if (error.fieldIssues.length > 0) {
      body.errors = error.fieldIssues.map((issue) => ({
        field: issue.field,
        code: issue.code,
        message: fieldMessage(issue.code, lang, issue.params),
      }));
    }
    if (error.statusCode >= 500) {
      body.correlationId = String(request.id);
      body.message = errorMessage(error.code, lang, { correlationId: body.correlationId });
      if (error.code === 'DATABASE_UNAVAILABLE') {
        // An outage answers every request so: one line each, not a stack each.
        request.log.warn(
          { correlationId: body.correlationId, reason: (exception as Error).message },
          'database unavailable',
        );
      } else {
        request.log.error({ err: exception, correlationId: body.correlationId }, 'request failed');
      }
    }
    void reply
      .status(error.statusCode)
      .headers({ ...error.headers, 'content-language': lang })
      .type('application/json; charset=utf-8')
      .send(body);
  }

  private toAppError(exception: unknown, request: FastifyRequest): AppError {
    if (exception instanceof AppError) {
      return exception;
    }
    if (isDatabaseUnavailable(exception)) {
      return databaseUnavailable();
    }
    const fromDb = fromDatabaseError(exception);
    if (fromDb) {
      return fromDb;
    }
    if (exception instanceof HttpException) {
      return this.fromHttpException(exception, request);
    }
    const framework = exception as FrameworkError;
    if (typeof framework?.statusCode === 'number' && framework.statusCode >= 400 && framework.statusCode < 500) {
      // Fastify's own errors (malformed JSON, wrong content type, body too large).
      const code = CODE_BY_STATUS[framework.statusCode] ?? 'MALFORMED_REQUEST';
      return AppError.withStatus(code, framework.statusCode, { detail: framework.message ?? '' });
    }
    if (!(exception instanceof Error)) {
      this.logger.error(`Non-error thrown: ${String(exception)}`);
    }
    return new AppError('INTERNAL_ERROR');
  }

  private fromHttpException(exception: HttpException, request: FastifyRequest): AppError {
    const status = exception.getStatus();
    if (status === 404 && exception.message.startsWith('Cannot ')) {
      // Nest's not-found handler for unknown routes.
      return new AppError('ROUTE_NOT_FOUND', { method: request.method, path: request.url.split('?')[0] });
    }
    if (status >= 500) {
      return AppError.withStatus(status === 503 ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_ERROR', status);
    }
    const code = CODE_BY_STATUS[status] ?? 'MALFORMED_REQUEST';
    return AppError.withStatus(code, status, { detail: exception.message });
  }
}
