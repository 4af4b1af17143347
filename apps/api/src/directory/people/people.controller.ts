import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { AppError, IfMatchVersion, Lang, ParseUuid } from '@app/common';
import type { Language } from '@app/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Roles } from '../../platform/access/access.decorators';
import { VersionedPatch } from '../../platform/access/versioned-patch.decorator';
import {
  CreatePersonDto,
  ImportResultDto,
  ListPeopleQueryDto,
  PersonListResponseDto,
  PersonResponseDto,
  UpdatePersonDto,
} from './dto/person.dto';
import { PeopleService } from './people.service';

/** The people directory holds contact details: staff roles only, never the public. */
@ApiTags('people')
@ApiBearerAuth()
@Roles('admin', 'organizer', 'secretary', 'checker')
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @ApiOkResponse({ type: PersonListResponseDto })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListPeopleQueryDto,
    @Lang() lang: Language,
  ): Promise<PersonListResponseDto> {
    return this.people.list(user, query, lang);
  }

  @Post()
  @Roles('admin', 'organizer')
  @ApiCreatedResponse({ type: PersonResponseDto })
  create(@Body() dto: CreatePersonDto, @Lang() lang: Language): Promise<PersonResponseDto> {
    return this.people.create(dto, lang);
  }

  @Post('import')
  @HttpCode(200)
  @Roles('admin', 'organizer')
  @ApiConsumes('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiBody({ description: 'The file itself as the request body (CSV in UTF-8, or XLSX)' })
  @ApiQuery({ name: 'fileName', required: false })
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean, description: 'Check only; write nothing' })
  @ApiOkResponse({ type: ImportResultDto, description: 'With any row error nothing is imported' })
  async import(
    @Req() request: FastifyRequest,
    @Query('fileName') fileName: string | undefined,
    @Query('dryRun') dryRun: string | undefined,
    @Lang() lang: Language,
  ): Promise<ImportResultDto> {
    if (!Buffer.isBuffer(request.body)) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    }
    return this.people.import(request.body, fileName ?? '', request.headers['content-type'], dryRun === 'true', lang);
  }

  /** The signed-in user's own record (a delegate's district and organization prefill their registration). */
  @Get('me')
  @Roles('participant', 'admin', 'organizer', 'secretary', 'checker')
  @ApiOkResponse({ type: PersonResponseDto, description: '404 when the account has no person record yet' })
  me(@CurrentUser() user: AuthUser, @Lang() lang: Language): Promise<PersonResponseDto> {
    return this.people.mine(user, lang);
  }

  @Get(':id')
  @ApiOkResponse({ type: PersonResponseDto })
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<PersonResponseDto> {
    return this.people.get(id, lang, user);
  }

  @VersionedPatch({ roles: ['admin', 'organizer'], type: PersonResponseDto })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: UpdatePersonDto,
    @IfMatchVersion() version: number | undefined,
    @Lang() lang: Language,
  ): Promise<PersonResponseDto> {
    return this.people.update(user, id, dto, version, lang);
  }
}
