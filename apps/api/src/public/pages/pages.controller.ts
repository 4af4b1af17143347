import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Public } from '../../platform/access/access.decorators';
import { pageLanguage, sendPage } from './page-response';
import { PagesService } from './pages.service';

/** The public pages (HTML, readable without JavaScript), outside /api/v1: see page-routes.ts. */
@ApiExcludeController()
@Public()
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
}
