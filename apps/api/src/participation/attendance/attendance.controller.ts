import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Lang, ParseUuid, sendFile, XLSX_MIME } from '@app/common';
import type { Language } from '@app/contracts';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser } from '../../platform/access/access.decorators';
import { AttendanceService } from './attendance.service';
import { CheckInService } from './check-in.service';
import {
  AttendanceQueryDto,
  AttendanceResponseDto,
  CheckInBatchDto,
  CheckInBatchResponseDto,
  CheckInDto,
  CheckInResponseDto,
} from './dto/attendance.dto';

@ApiTags('attendance')
@ApiBearerAuth()
@Controller('events/:id')
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly checkIns: CheckInService,
  ) {}

  @Post('check-ins')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckInResponseDto, description: 'checked_in, or already_checked_in with the first time' })
  checkIn(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: CheckInDto,
    @Lang() lang: Language,
  ): Promise<CheckInResponseDto> {
    return this.checkIns.checkIn(user, id, dto, lang);
  }

  @Post('check-ins/batch')
  @HttpCode(200)
  @ApiOkResponse({ type: CheckInBatchResponseDto })
  batch(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: CheckInBatchDto,
    @Lang() lang: Language,
  ): Promise<CheckInBatchResponseDto> {
    return this.checkIns.checkInBatch(user, id, dto.items, lang);
  }

  @Get('attendance')
  @ApiOkResponse({ type: AttendanceResponseDto })
  async report(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Query() query: AttendanceQueryDto,
    @Lang() lang: Language,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const json = await this.attendance.reportJson(user, id, query, lang);
    await reply.type('application/json; charset=utf-8').send(json);
  }

  @Get('attendance.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The same table as attendance.csv, as an Excel workbook' })
  async xlsx(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.attendance.xlsx(user, id, lang);
    await sendFile(reply, { type: XLSX_MIME, name: 'attendance.xlsx', body: file, disposition: 'attachment' });
  }

  @Get('attendance.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'Every registration with region, role, status and check-in time (UTF-8 with BOM, `;`)',
  })
  async csv(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const csv = await this.attendance.csv(user, id, lang);
    await sendFile(reply, {
      type: 'text/csv; charset=utf-8',
      name: 'attendance.csv',
      body: csv,
      disposition: 'attachment',
    });
  }
}
