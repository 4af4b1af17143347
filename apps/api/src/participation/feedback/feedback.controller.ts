import { Body, Controller, Get, Param, Patch, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IfMatchVersion, Lang, ParseUuid, sendFile, XLSX_MIME } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Roles } from '../../platform/access/access.decorators';
import {
  CreateSurveyDto,
  SubmitAnswerDto,
  SurveyResponseDto,
  SurveyResultsResponseDto,
  UpdateSurveyDto,
} from './dto/survey.dto';
import { FeedbackResultsService } from './feedback-results.service';
import { FeedbackService } from './feedback.service';

@ApiTags('feedback')
@ApiBearerAuth()
@Controller('events/:id/surveys')
export class EventSurveysController {
  constructor(private readonly feedback: FeedbackService) {}

  @Post()
  @Roles('organizer')
  @ApiCreatedResponse({
    type: SurveyResponseDto,
    description: "The event's organizers: opens when the event (or the session) ends; 409 SURVEY_EXISTS for a second",
  })
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: CreateSurveyDto,
    @Lang() lang: Language,
  ): Promise<SurveyResponseDto> {
    return this.feedback.create(user, id, dto, lang);
  }

  @Get()
  @Roles('organizer', 'secretary', 'checker')
  @ApiOkResponse({ type: [SurveyResponseDto], description: "The event's surveys: its organizers and staff" })
  list(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<SurveyResponseDto[]> {
    return this.feedback.listForEvent(user, id, lang);
  }
}

@ApiTags('feedback')
@ApiBearerAuth()
@Controller('surveys')
export class SurveysController {
  constructor(
    private readonly feedback: FeedbackService,
    private readonly results: FeedbackResultsService,
  ) {}

  @Get('mine')
  @ApiOkResponse({ type: [SurveyResponseDto], description: 'The surveys of the events the signed-in person attended' })
  mine(@CurrentUser() user: AuthUser, @Lang() lang: Language): Promise<SurveyResponseDto[]> {
    return this.feedback.mine(user, lang);
  }

  @Get(':id')
  @ApiOkResponse({ type: SurveyResponseDto, description: "The event's staff and those who may answer it; else 404" })
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<SurveyResponseDto> {
    return this.feedback.get(user, id, lang);
  }

  @Patch(':id')
  @Roles('organizer')
  @ApiOkResponse({ type: SurveyResponseDto, description: 'Its title, questions, anonymity, closing (If-Match)' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: UpdateSurveyDto,
    @IfMatchVersion() version: number | undefined,
    @Lang() lang: Language,
  ): Promise<SurveyResponseDto> {
    return this.feedback.update(user, id, dto, version, lang);
  }

  @Put(':id/answers/me')
  @ApiOkResponse({
    type: SurveyResponseDto,
    description:
      'A checked-in participant answers, or changes the answer, while it is open: 403 SURVEY_NOT_ELIGIBLE, ' +
      '409 SURVEY_NOT_OPEN or SURVEY_CLOSED',
  })
  answer(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: SubmitAnswerDto,
    @Lang() lang: Language,
  ): Promise<SurveyResponseDto> {
    return this.feedback.answer(user, id, dto, lang);
  }

  @Get(':id/results')
  @Roles('organizer', 'secretary', 'checker')
  @ApiOkResponse({ type: SurveyResultsResponseDto, description: 'Counts, means and texts; anonymous: nobody named' })
  showResults(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<SurveyResultsResponseDto> {
    return this.results.results(user, id, lang);
  }

  @Get(':id/results.xlsx')
  @Roles('organizer', 'secretary', 'checker')
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ description: 'Every answer a row (no names when anonymous)' })
  async xlsx(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.results.xlsx(user, id, lang);
    await sendFile(reply, {
      type: XLSX_MIME,
      name: 'survey-results.xlsx',
      body: file,
      disposition: 'attachment',
      cacheControl: 'private, no-store',
    });
  }
}
