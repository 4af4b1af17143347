import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Lang, ParseUuid, sendFile } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Roles } from '../../platform/access/access.decorators';
import {
  ControlHistoryResponseDto,
  ControlListQueryDto,
  ControlPointsResponseDto,
  ControlQueryDto,
  ControlReportResponseDto,
  ControlSummaryResponseDto,
} from './dto/control.dto';
import { renderControlReportPdf, renderControlReportXlsx } from './control-report-files';
import { ControlService } from './control.service';

/** The report's files: what each is sent as and what makes it. */
const FILES = {
  pdf: { type: 'application/pdf', disposition: 'inline', render: renderControlReportPdf },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    disposition: 'attachment',
    render: renderControlReportXlsx,
  },
} as const;

@ApiTags('control')
@ApiBearerAuth()
@Roles('organizer', 'secretary')
@Controller('control')
export class ControlController {
  constructor(private readonly control: ControlService) {}

  @Get('points')
  @ApiOkResponse({
    type: ControlPointsResponseDto,
    description: 'With no filter: the user’s own organizations’ points overdue or due within 14 days',
  })
  points(
    @CurrentUser() user: AuthUser,
    @Query() query: ControlListQueryDto,
    @Lang() lang: Language,
  ): Promise<ControlPointsResponseDto> {
    return this.control.points(user, query, lang);
  }

  @Get('summary')
  @ApiOkResponse({ type: ControlSummaryResponseDto })
  summary(
    @CurrentUser() user: AuthUser,
    @Query() query: ControlQueryDto,
    @Lang() lang: Language,
  ): Promise<ControlSummaryResponseDto> {
    return this.control.summary(user, query, lang);
  }

  @Get('points/:id/history')
  @ApiOkResponse({ type: ControlHistoryResponseDto })
  history(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<ControlHistoryResponseDto> {
    return this.control.history(user, id, lang);
  }

  @Get('report')
  @ApiOkResponse({ type: ControlReportResponseDto, description: 'The figures and the overdue list (same filters)' })
  report(
    @CurrentUser() user: AuthUser,
    @Query() query: ControlQueryDto,
    @Lang() lang: Language,
  ): Promise<ControlReportResponseDto> {
    return this.control.report(user, query, lang);
  }

  @Get('report.pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The same report as an A4 document in the asked language' })
  async reportPdf(
    @CurrentUser() user: AuthUser,
    @Query() query: ControlQueryDto,
    @Lang() lang: Language,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.sendReport(reply, 'pdf', await this.control.report(user, query, lang), lang);
  }

  @Get('report.xlsx')
  @ApiProduces(FILES.xlsx.type)
  @ApiOkResponse({ description: 'The same report as a workbook: figures by responsible body, the overdue list' })
  async reportXlsx(
    @CurrentUser() user: AuthUser,
    @Query() query: ControlQueryDto,
    @Lang() lang: Language,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.sendReport(reply, 'xlsx', await this.control.report(user, query, lang), lang);
  }

  private async sendReport(
    reply: FastifyReply,
    format: keyof typeof FILES,
    report: ControlReportResponseDto,
    lang: Language,
  ): Promise<void> {
    const { type, disposition, render } = FILES[format];
    const body = await render(report, lang);
    await sendFile(reply, { type, name: `control-report-${report.date}.${format}`, body, disposition });
  }
}
