import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, IfMatchVersion, Lang, ParseUuid } from '@app/common';
import type { Language, MaterialResponse } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Public, Roles } from '../../platform/access/access.decorators';
import { VersionedPatch } from '../../platform/access/versioned-patch.decorator';
import {
  MaterialFileQueryDto,
  MaterialResponseDto,
  MaterialUploadDto,
  MaterialVersionUploadDto,
  UpdateMaterialDto,
} from './dto/material.dto';
import type { MaterialDownload, UploadPart } from './materials.model';
import { MaterialsService } from './materials.service';
import { MaterialEditingService } from './material-editing.service';

const UPLOADERS = ['organizer', 'secretary'] as const;

/** The parts of a multipart request, streamed as they arrive (the file is never buffered whole). */
async function* uploadParts(request: FastifyRequest): AsyncIterable<UploadPart> {
  if (!request.isMultipart()) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  }
  for await (const part of request.parts() as AsyncIterable<MultipartFile | MultipartValue>) {
    yield part.type === 'file'
      ? { kind: 'file', name: part.fieldname, fileName: part.filename, mimeType: part.mimetype, stream: part.file }
      : { kind: 'field', name: part.fieldname, value: String(part.value) };
  }
}

/** Writes a download: the headers of a whole file, a range or a 304, then the bytes as a stream. */
async function send(reply: FastifyReply, file: MaterialDownload): Promise<void> {
  reply.header('etag', file.etag).header('x-material-revision', file.revision);
  if (file.status === 304) {
    await reply.status(304).send();
    return;
  }
  const length = file.range ? file.range.end - file.range.start + 1 : file.size;
  reply
    .status(file.status)
    .type(file.mimeType)
    .header('content-length', length)
    .header('accept-ranges', 'bytes')
    .header('content-disposition', file.disposition)
    .header('cache-control', file.isPublic ? 'public, no-cache' : 'private, no-cache');
  if (file.range) {
    reply.header('content-range', `bytes ${file.range.start}-${file.range.end}/${file.size}`);
  }
  await reply.send(file.body);
}

@ApiTags('materials')
@Controller('events/:id/materials')
export class EventMaterialsController {
  constructor(
    private readonly materials: MaterialsService,
    private readonly editing: MaterialEditingService,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({
    type: [MaterialResponseDto],
    description:
      "Public ones for anyone (of a published public forum); participants' ones for those registered; all for its staff",
  })
  list(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id') id: string,
    @Lang() lang: Language,
  ): Promise<MaterialResponse[]> {
    return this.materials.list(user, id, lang);
  }

  @Post()
  @Roles(...UPLOADERS)
  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: MaterialUploadDto })
  @ApiCreatedResponse({
    type: MaterialResponseDto,
    description:
      'Streamed to the file store; 413 FILE_TOO_LARGE past MATERIALS_MAX_MB, 415 FILE_TYPE_NOT_ALLOWED or FILE_CONTENT_MISMATCH by content',
  })
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Req() request: FastifyRequest,
    @Lang() lang: Language,
  ): Promise<MaterialResponse> {
    return this.editing.create(user, id, uploadParts(request), lang);
  }
}

@ApiTags('materials')
@Controller('materials/:id')
export class MaterialsController {
  constructor(
    private readonly materials: MaterialsService,
    private readonly editing: MaterialEditingService,
  ) {}

  @Public()
  @Get()
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg', 'application/octet-stream')
  @ApiOkResponse({
    description:
      'The file (206 for a Range, 304 for a matching If-None-Match, 416 RANGE_NOT_SATISFIABLE); 401 or 403 when not for this reader; 429 past 120 a minute from one address without a sign-in',
  })
  async file(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id', ParseUuid()) id: string,
    @Query() query: MaterialFileQueryDto,
    @Headers('range') range: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Lang() lang: Language,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const asked = { version: query.version, range, ifNoneMatch, client: request.ip };
    await send(reply, await this.materials.download(user, id, asked, lang));
  }

  @Post('versions')
  @Roles(...UPLOADERS)
  @ApiBearerAuth()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: MaterialVersionUploadDto })
  @ApiCreatedResponse({ type: MaterialResponseDto, description: 'The next version; the earlier ones stay readable' })
  addVersion(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Req() request: FastifyRequest,
    @Lang() lang: Language,
  ): Promise<MaterialResponse> {
    return this.editing.addVersion(user, id, uploadParts(request), lang);
  }

  @VersionedPatch({
    path: '',
    roles: [...UPLOADERS],
    type: MaterialResponseDto,
    description:
      'Its title, language, visibility, session, speech (a speaker of its session) or draft resolution; ' +
      'If-Match takes its `revision`; 409 RESOLUTION_ADOPTED for an adopted one',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: UpdateMaterialDto,
    @IfMatchVersion() revision: number | undefined,
    @Lang() lang: Language,
  ): Promise<MaterialResponse> {
    return this.editing.update(user, id, dto, revision, lang);
  }

  @Delete()
  @HttpCode(204)
  @Roles(...UPLOADERS)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The material, all its versions and their files' })
  delete(@CurrentUser() user: AuthUser, @Param('id', ParseUuid()) id: string): Promise<void> {
    return this.editing.delete(user, id);
  }
}
