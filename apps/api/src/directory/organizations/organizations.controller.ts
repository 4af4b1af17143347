import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IfMatchVersion, Lang, ParseUuid } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Public, Roles } from '../../platform/access/access.decorators';
import { VersionedPatch } from '../../platform/access/versioned-patch.decorator';
import {
  CreateOrganizationDto,
  ListOrganizationsQueryDto,
  OrganizationListResponseDto,
  OrganizationResponseDto,
  UpdateOrganizationDto,
} from './dto/organization.dto';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: OrganizationListResponseDto })
  list(@Query() query: ListOrganizationsQueryDto, @Lang() lang: Language): Promise<OrganizationListResponseDto> {
    return this.organizations.list(query, lang);
  }

  @Public()
  @Get(':id')
  @ApiOkResponse({ type: OrganizationResponseDto })
  get(@Param('id', ParseUuid()) id: string, @Lang() lang: Language): Promise<OrganizationResponseDto> {
    return this.organizations.get(id, lang);
  }

  @Post()
  @Roles('admin', 'organizer')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: OrganizationResponseDto })
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateOrganizationDto,
    @Lang() lang: Language,
  ): Promise<OrganizationResponseDto> {
    return this.organizations.create(user, dto, lang);
  }

  @VersionedPatch({ roles: ['admin', 'organizer'], type: OrganizationResponseDto })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: UpdateOrganizationDto,
    @IfMatchVersion() version: number | undefined,
    @Lang() lang: Language,
  ): Promise<OrganizationResponseDto> {
    return this.organizations.update(user, id, dto, version, lang);
  }
}
