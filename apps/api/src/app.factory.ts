import compress from '@fastify/compress';
import multipart from '@fastify/multipart';
import { RequestMethod, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import {
  AppError,
  compressSharedBodies,
  HttpExceptionFilter,
  jsonDeeperThan,
  keepValidationRules,
  MAX_JSON_DEPTH,
  validationExceptionFactory,
} from '@app/common';
import type { AppConfig } from '@app/config';
import { LogController } from 'fastify';
import helmet from 'helmet';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants as zlibConstants } from 'node:zlib';
import { AppModule } from './app.module';
import { HEALTH_ROUTES } from './platform/health/health.controller';
import { HealthService } from './platform/health/health.service';
import { createRootLogger, PinoNestLogger } from './platform/logging/pino-logger';
import { PAGE_ROUTES } from './public/pages/page-routes';
import { serveWebApp } from './public/web/web-app';

export const API_PREFIX = 'api/v1';

type HeadersMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** The headers a middleware sets whatever the request (helmet's without per-request directives). */
function fixedHeaders(middleware: HeadersMiddleware): [string, string | number | readonly string[]][] {
  const headers = new Map<string, string | number | readonly string[]>();
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers.set(name.toLowerCase(), value);
      return this as unknown as ServerResponse;
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
  };
  let finished = false;
  // helmet only sets and removes headers: a response that records them is enough.
  middleware({ headers: {} } as IncomingMessage, res as unknown as ServerResponse, (error) => {
    if (error) {
      throw error as Error;
    }
    finished = true;
  });
  if (!finished) {
    throw new Error('the security headers middleware did not finish at once');
  }
  return [...headers];
}

type HeaderList = [string, string | number | readonly string[]][];

/**
 * The security headers, in two sets. `upgrade-insecure-requests`, HSTS and COOP go only with answers
 * over TLS (the request came over https, or PUBLIC_URL is https so every answer is reached that
 * way): sent over plain HTTP to a phone on the venue's Wi-Fi (http://192.168.1.20:3000) they turn
 * every script, style and API call into an https request the server cannot answer, and the app
 * is blank.
 */
export function securityHeaders(config: Pick<AppConfig, 'publicUrl'>): {
  overTls: boolean;
  plain: HeaderList;
  tls: HeaderList;
} {
  const build = (tls: boolean) =>
    fixedHeaders(
      helmet({
        contentSecurityPolicy: {
          directives: {
            defaultSrc: ["'self'"],
            // Swagger UI at /api/docs needs inline styles and its own scripts.
            styleSrc: ["'self'", "'unsafe-inline'"],
            scriptSrc: ["'self'"],
            imgSrc: ["'self'", 'data:'],
            connectSrc: ["'self'"],
            objectSrc: ["'none'"],
            frameAncestors: ["'none'"],
            upgradeInsecureRequests: tls ? [] : null,
          },
        },
        crossOriginEmbedderPolicy: false,
        // Browsers ignore it from an untrustworthy origin (http://192.168.…), with an error in the console.
        crossOriginOpenerPolicy: tls,
        strictTransportSecurity: tls,
      }),
    );
  return { overTls: config.publicUrl.startsWith('https://'), plain: build(false), tls: build(true) };
}

/**
 * Builds the HTTP application (not yet listening). `main.ts` and the tests both use
 * it, so what the tests exercise is exactly what runs in production.
 */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const logger = createRootLogger(config);
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    trustProxy: config.trustProxy,
    bodyLimit: 5 * 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // Fastify logs two lines per request at info; here one, at debug (below).
    logController: new LogController({ disableRequestLogging: true }),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger: new PinoNestLogger(logger),
    bufferLogs: true,
    // The body parsers are the ones below: JSON with a depth check, and the one-click unsubscribe's form.
    bodyParser: false,
  });

  // JSON as Fastify parses it (prototype poisoning refused), after a check that it does not nest absurdly deep.
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDeeperThan(body as string)) {
      done(AppError.validation([{ field: 'body', code: 'maxDepth', params: { max: MAX_JSON_DEPTH } }]), undefined);
      return;
    }
    void parseJson(request, body as string, done);
  });
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );

  // Files (people imports) arrive as the raw request body.
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser(
      ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'],
      { parseAs: 'buffer', bodyLimit: 10 * 1024 * 1024 },
      (_request, body, done) => done(null, body),
    );

  // Materials arrive as multipart/form-data, read as a stream part by part (the materials module checks the
  // file's size as it goes: one byte over the limit here stops the parser too).
  await app.register(multipart, {
    limits: { fileSize: config.materials.maxBytes + 1, files: 2, fields: 10, fieldSize: 64 * 1024, parts: 12 },
    throwFileSizeLimit: false,
  });

  if (logger.isLevelEnabled('debug')) {
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onResponse', (request, reply, done) => {
        request.log.debug(
          { method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) },
          'request completed',
        );
        done();
      });
  }

  // Echo the request id so a client can quote it; 500 bodies carry it as correlationId. While the instance
  // drains, each answer closes its connection, so a balancer's kept connections move to the other instances.
  const health = app.get(HealthService);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (request, reply, payload, done) => {
      reply.header('x-request-id', request.id);
      if (health.draining) {
        reply.header('connection', 'close');
      }
      done(null, payload);
    });

  // Security headers: helmet's, which are the same for every answer, taken once from a dry run
  // and then set as a list. @fastify/helmet built a new middleware at every request (the CSP
  // parsed again each time, a small answer's throughput nearly halved); even one shared
  // middleware's chain of a dozen steps cost ~5% of a check-in.
  const headers = securityHeaders(config);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      // `request.protocol` is https behind a TLS proxy only when TRUST_PROXY lets it read X-Forwarded-Proto.
      for (const [name, value] of headers.overTls || request.protocol === 'https' ? headers.tls : headers.plain) {
        reply.raw.setHeader(name, value);
      }
      done();
    });

  // Kept bodies (agendas, pages, reports) are compressed once per version, before the plugin.
  compressSharedBodies(app.getHttpAdapter().getInstance());
  // Village links are slow: compress what is worth it. Brotli at a low quality costs about
  // what gzip does and saves more; clients that ask for neither get the plain body.
  await app.register(compress, {
    threshold: 1024,
    // Bodies built in memory (JSON, pages) up to 1 MiB are compressed in one synchronous call
    // (a 75 KB agenda: under 1 ms). Above its default (64 KiB on one core, 8 KiB on two) the
    // plugin streams each body through its own brotli context on the thread pool: an agenda at
    // 50 connections then ran 3 to 5 times slower, with tens of MB of contexts alive at once.
    syncThreshold: 1024 * 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });

  app.setGlobalPrefix(API_PREFIX, {
    exclude: [...HEALTH_ROUTES, ...PAGE_ROUTES].map((path) => ({ path, method: RequestMethod.GET })),
  });
  keepValidationRules();
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: true,
      validationError: { target: true, value: false },
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new HttpExceptionFilter());

  const openApi = new DocumentBuilder()
    .setTitle('Akim Forum API')
    .setDescription('Forums of Kazakhstan local government: events, agendas, registrations, attendance, resolutions.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  // Built at the first GET of /api/docs (its init script) or /api/docs-json, then kept: at boot it
  // cost every instance the heap of the scan for a page that few ever open.
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs-json',
  });

  await serveWebApp(app, config.webDir);
  await app.init();
  return app;
}
