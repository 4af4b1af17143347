import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IfMatchVersion, Lang, ParseUuid, sendFile } from '@app/common';
import type { Language, ProtocolResponse } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Public, Roles } from '../../platform/access/access.decorators';
import { VersionedPatch } from '../../platform/access/versioned-patch.decorator';
import { PointDto, UpdatePointDto } from '../resolutions/dto/resolution.dto';
import {
  CreateAddendumDto,
  CreateProtocolDto,
  InstructionDto,
  ProtocolHeaderDto,
  ProtocolResponseDto,
  SpeechDto,
  UpdateItemDto,
} from './dto/protocol.dto';
import { type DocLayout, ProtocolDocumentService } from './protocol-document.service';
import { ProtocolSigningService } from './protocol-signing.service';
import { ProtocolsService } from './protocols.service';
import { ProtocolLinesService } from './protocol-lines.service';

const KEEPERS = ['secretary', 'organizer'] as const;

@ApiTags('protocols')
@Controller('events/:id/protocols')
export class EventProtocolsController {
  constructor(private readonly protocols: ProtocolsService) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: [ProtocolResponseDto], description: 'Published ones for everyone; all for the event staff' })
  list(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id') id: string,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse[]> {
    return this.protocols.list(user, id, lang);
  }

  @Post()
  @Roles(...KEEPERS)
  @ApiBearerAuth()
  @ApiCreatedResponse({
    type: ProtocolResponseDto,
    description: 'The skeleton from the agenda, the check-ins and the adopted resolutions; 409 PROTOCOL_EXISTS',
  })
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: CreateProtocolDto,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.protocols.create(user, id, dto, lang);
  }
}

@ApiTags('protocols')
@Controller('protocols/:id')
export class ProtocolsController {
  constructor(
    private readonly protocols: ProtocolsService,
    private readonly lines: ProtocolLinesService,
    private readonly signing: ProtocolSigningService,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: ProtocolResponseDto })
  get(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.protocols.get(user, id, lang);
  }

  @VersionedPatch({
    path: '',
    type: ProtocolResponseDto,
    roles: [...KEEPERS],
    description: 'The header of a draft nobody has signed: 409 PROTOCOL_APPROVED or PROTOCOL_SIGNED otherwise',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: ProtocolHeaderDto,
    @IfMatchVersion() version: number | undefined,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.protocols.update(user, id, dto, version, lang);
  }

  @VersionedPatch({
    path: 'items/:itemId',
    type: ProtocolResponseDto,
    roles: [...KEEPERS],
    description: "An item's summary, decision in words or state; If-Match is the item's version",
  })
  updateItem(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('itemId', ParseUuid('itemId')) itemId: string,
    @Body() dto: UpdateItemDto,
    @IfMatchVersion() version: number | undefined,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.lines.updateItem(user, id, itemId, dto, version, lang);
  }

  @Post('items/:itemId/speeches')
  @Roles(...KEEPERS)
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ProtocolResponseDto, description: 'A speech from the floor (СӨЙЛЕДІ / ВЫСТУПИЛИ)' })
  addSpeech(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('itemId', ParseUuid('itemId')) itemId: string,
    @Body() dto: SpeechDto,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.lines.addSpeech(user, id, itemId, dto, lang);
  }

  @Delete('speeches/:speechId')
  @Roles(...KEEPERS)
  @ApiBearerAuth()
  @ApiOkResponse({ type: ProtocolResponseDto })
  removeSpeech(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('speechId', ParseUuid('speechId')) speechId: string,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.lines.removeSpeech(user, id, speechId, lang);
  }

  @Post('instructions')
  @Roles(...KEEPERS)
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ProtocolResponseDto, description: 'An instruction (тапсырма), numbered in order' })
  addInstruction(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: InstructionDto,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.lines.addInstruction(user, id, dto, lang);
  }

  @Patch('instructions/:pointId')
  @Roles(...KEEPERS)
  @ApiBearerAuth()
  @ApiOkResponse({ type: ProtocolResponseDto, description: "An instruction's wording, while the protocol is a draft" })
  editInstruction(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('pointId', ParseUuid('pointId')) pointId: string,
    @Body() dto: PointDto,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.lines.editInstruction(user, id, pointId, dto, lang);
  }

  @Delete('instructions/:pointId')
  @Roles(...KEEPERS)
  @ApiBearerAuth()
  @ApiOkResponse({ type: ProtocolResponseDto, description: 'The ones after it move up a number' })
  removeInstruction(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('pointId', ParseUuid('pointId')) pointId: string,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.lines.removeInstruction(user, id, pointId, lang);
  }

  @Patch('instructions/:pointId/progress')
  @ApiBearerAuth()
  @ApiOkResponse({
    type: ProtocolResponseDto,
    description: 'Execution progress once approved, by the organizers or the responsible organization',
  })
  instructionProgress(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Param('pointId', ParseUuid('pointId')) pointId: string,
    @Body() dto: UpdatePointDto,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.lines.instructionProgress(user, id, pointId, dto, lang);
  }

  @Post('sign')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({
    type: ProtocolResponseDto,
    description: 'The signed-in chair or secretary signs; with both signatures the protocol is approved and numbered',
  })
  sign(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.signing.sign(user, id, lang);
  }

  @Delete('signatures/me')
  @ApiBearerAuth()
  @ApiOkResponse({
    type: ProtocolResponseDto,
    description: 'Withdraws your signature while the protocol is not approved',
  })
  withdraw(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.signing.withdraw(user, id, lang);
  }

  @Post('publish')
  @HttpCode(200)
  @Roles(...KEEPERS)
  @ApiBearerAuth()
  @ApiOkResponse({
    type: ProtocolResponseDto,
    description: 'An approved protocol made public; 409 PROTOCOL_NOT_APPROVED',
  })
  publish(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.signing.publish(user, id, lang);
  }

  @Post('addenda')
  @Roles(...KEEPERS)
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ProtocolResponseDto, description: 'A correction of an approved protocol: a new draft' })
  addendum(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: CreateAddendumDto,
    @Lang() lang: Language,
  ): Promise<ProtocolResponse> {
    return this.signing.addendum(user, id, dto, lang);
  }
}

/** Without `?lang=`, the reader's language: kk, ru, or both for English (the act exists in kk and ru). */
function layoutOf(asked: string | undefined, lang: Language): DocLayout {
  return asked === 'kk' || asked === 'ru' || asked === 'both' ? asked : lang === 'en' ? 'both' : lang;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@ApiTags('protocols')
@Controller('protocols')
export class ProtocolDocumentsController {
  constructor(private readonly documents: ProtocolDocumentService) {}

  @Public()
  @Get(':id.pdf')
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'lang', required: false, enum: ['kk', 'ru', 'both'] })
  @ApiOkResponse({
    description: 'The official document: header, attendance, heard / spoke / decided, instructions, signatures',
  })
  async pdf(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id', ParseUuid()) id: string,
    @Query('lang') asked: string | undefined,
    @Lang() lang: Language,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.documents.pdf(user, id, layoutOf(asked, lang));
    await sendFile(reply, { type: 'application/pdf', name: file.name, body: file.body });
  }

  @Public()
  @Get(':id.docx')
  @ApiProduces(DOCX)
  @ApiQuery({ name: 'lang', required: false, enum: ['kk', 'ru', 'both'] })
  @ApiOkResponse({ description: "The same document for the akimat's document flow" })
  async docx(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id', ParseUuid()) id: string,
    @Query('lang') asked: string | undefined,
    @Lang() lang: Language,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.documents.docx(user, id, layoutOf(asked, lang));
    await sendFile(reply, { type: DOCX, name: file.name, body: file.body, disposition: 'attachment' });
  }
}
