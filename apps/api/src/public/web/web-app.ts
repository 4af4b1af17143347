import fastifyStatic from '@fastify/static';
import { languageCookie, requestLanguage } from '@app/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** Addresses of the web app (React, built by Vite): each answers the same HTML shell. */
export const WEB_APP_ROUTES = [
  '/login',
  '/sign-up',
  '/account-links/:token',
  '/accounts',
  '/my',
  '/invitations/:token',
  '/check-in',
  '/board/:eventId',
  '/screen/:eventId',
  '/organizer',
  '/organizer/*',
  '/secretary',
  '/secretary/*',
  '/control',
];

const ROOT_FILE_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built web app from `webDir`: hashed assets under /assets/ (cached for a year),
 * the few root files (service worker, manifest, icons), and the HTML shell at every app
 * address with `<html lang>` set to the reader's language. These are plain Fastify routes,
 * not Nest controllers: they are static files with no rules behind them.
 */
export async function serveWebApp(app: NestFastifyApplication, webDir: string): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const shellPath = join(webDir, 'index.html');
  if (!existsSync(shellPath)) {
    fastify.log.warn({ webDir }, 'the web app is not built (npm run build); its pages answer 503');
    for (const url of WEB_APP_ROUTES) {
      fastify.get(url, async (_request, reply) =>
        reply.code(503).type('text/plain; charset=utf-8').send('The web app is not built: run npm run build.'),
      );
    }
    return;
  }

  const shell = readFileSync(shellPath, 'utf8');
  const sendShell = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    // No sign-in here (the app keeps its token on the device): the app itself then follows the person's language.
    const language = requestLanguage(request);
    if ((request.query as { lang?: unknown }).lang === language) {
      reply.header('set-cookie', languageCookie(language));
    }
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('vary', 'cookie, accept-language')
      .send(shell.replace(/<html lang="[^"]*"/, `<html lang="${language}"`));
  };
  for (const url of WEB_APP_ROUTES) {
    fastify.get(url, sendShell);
  }

  if (existsSync(join(webDir, 'assets'))) {
    await fastify.register(fastifyStatic, {
      root: join(webDir, 'assets'),
      prefix: '/assets/',
      decorateReply: false,
      immutable: true,
      maxAge: '365d',
      index: false,
    });
  }

  // Root files are few and small: read once. The service worker must be served from the
  // root so that its scope covers the app's addresses, and must always be revalidated.
  for (const name of readdirSync(webDir)) {
    const type = ROOT_FILE_TYPES[extname(name)];
    const path = join(webDir, name);
    if (!type || !statSync(path).isFile()) {
      continue;
    }
    const body = readFileSync(path);
    fastify.get(`/${name}`, async (_request, reply) => reply.type(type).header('cache-control', 'no-cache').send(body));
  }
}
