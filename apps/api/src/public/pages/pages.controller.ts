import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../platform/access/auth-user';
import { LagTolerant } from '../../platform/access/lag-tolerant.interceptor';
import { CurrentUser, Public } from '../../platform/access/access.decorators';
import { formatSealCode, parseSealCode } from '@app/common';
import { pageLanguage, sendPage, sendSiteFile } from './page-response';
import { PagesService } from './pages.service';

/** The public pages (HTML, readable without JavaScript), outside /api/v1: see page-routes.ts. */
@ApiExcludeController()
@Public()
@LagTolerant()
@Controller()
export class PagesController {
  constructor(private readonly pages: PagesService) {}

  /** Upcoming public forums; `?region=&kind=` filter them (a plain GET form). */
  @Get()
  async forums(
    @Query() query: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendPage(request, reply, await this.pages.forumList(pageLanguage(request, reply), query));
  }

  /** A forum and its agenda. */
  @Get('events/:slug')
  async forum(
    @CurrentUser() user: AuthUser | undefined,
    @Param('slug') slug: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendPage(request, reply, await this.pages.forumPage(user, slug, pageLanguage(request, reply)));
  }

  @Get('sitemap.xml')
  async sitemap(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await sendSiteFile(request, reply, await this.pages.sitemap());
  }

  @Get('robots.txt')
  async robots(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await sendSiteFile(request, reply, this.pages.robots());
  }

  /** The verification form; a typed code goes to the page of that code. */
  @Get('verify')
  async verifyForm(
    @Query('code') code: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const parsed = typeof code === 'string' ? parseSealCode(code) : undefined;
    if (parsed) {
      await reply.redirect(`/verify/${formatSealCode(parsed)}`, 303);
      return;
    }
    await sendPage(request, reply, await this.pages.verifyPage(pageLanguage(request, reply), code, request.ip));
  }

  /** What a printed act's QR code opens: does the stored act still match what was fixed? */
  @Get('verify/:printed')
  async verify(
    @Param('printed') printed: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendPage(request, reply, await this.pages.verifyPage(pageLanguage(request, reply), printed, request.ip));
  }
}
