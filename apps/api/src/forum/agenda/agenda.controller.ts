import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { contentDisposition, ifNoneMatchHits, Lang } from '@app/common';
import type { Agenda, Language } from '@app/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../platform/access/auth-user';
import { LagTolerant } from '../../platform/access/lag-tolerant.interceptor';
import { CurrentUser, Public } from '../../platform/access/access.decorators';
import { AgendaResponseDto } from './agenda.dto';
import { AgendaService, type RenderedAgenda } from './agenda.service';

/**
 * Agendas are read on slow mobile links: every format carries an ETag and answers
 * If-None-Match with 304. Public agendas may be cached for a minute.
 */
@ApiTags('agenda')
@Public()
@LagTolerant()
@Controller('events/:id')
export class AgendaController {
  constructor(private readonly agendas: AgendaService) {}

  @Get('agenda')
  @ApiQuery({ name: 'lang', required: false, enum: ['kk', 'ru', 'en'] })
  @ApiOkResponse({ type: AgendaResponseDto })
  @ApiResponse({ status: 304, description: 'Not modified (If-None-Match)' })
  async agenda(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id') id: string,
    @Lang() lang: Language,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const rendered = await this.agendas.agenda(user, id, lang);
    await this.send(reply, rendered, ifNoneMatch, 'application/json; charset=utf-8', async () => rendered.json);
  }

  @Get('agenda.ics')
  @ApiQuery({ name: 'lang', required: false, enum: ['kk', 'ru', 'en'] })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar (RFC 5545): one VEVENT per session, stable UIDs' })
  async ics(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id') id: string,
    @Lang() lang: Language,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const rendered = await this.agendas.agenda(user, id, lang);
    void reply.header('content-disposition', contentDisposition('attachment', rendered.agenda.event.slug, 'ics'));
    await this.send(reply, rendered, ifNoneMatch, 'text/calendar; charset=utf-8', async (a) => this.agendas.ics(a));
  }

  @Get('agenda.pdf')
  @ApiQuery({ name: 'lang', required: false, enum: ['kk', 'ru', 'en'] })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The A4 programme in the asked language' })
  async pdf(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id') id: string,
    @Lang() lang: Language,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const rendered = await this.agendas.agenda(user, id, lang);
    void reply.header(
      'content-disposition',
      contentDisposition('inline', `${rendered.agenda.event.slug}-${lang}`, 'pdf'),
    );
    await this.send(reply, rendered, ifNoneMatch, 'application/pdf', (a) => this.agendas.pdf(a));
  }

  private async send(
    reply: FastifyReply,
    rendered: RenderedAgenda,
    ifNoneMatch: string | undefined,
    contentType: string,
    render: (agenda: Agenda) => Promise<string | Buffer>,
  ): Promise<void> {
    const { etag } = rendered;
    void reply
      .header('etag', etag)
      .header('vary', 'Accept-Language, Authorization, Cookie, Accept-Encoding')
      .header('cache-control', rendered.isPublic ? 'public, max-age=60, must-revalidate' : 'private, no-cache');
    if (ifNoneMatchHits(ifNoneMatch, etag)) {
      await reply.status(304).send();
      return;
    }
    await reply
      .status(200)
      .type(contentType)
      .send(await render(rendered.agenda));
  }
}
