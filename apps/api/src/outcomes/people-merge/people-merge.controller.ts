import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Lang, ParseUuid } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Roles } from '../../platform/access/access.decorators';
import { DuplicateListResponseDto, MergePeopleDto, MergeResultResponseDto } from './dto/people-merge.dto';
import { PeopleMergeService } from './people-merge.service';

/** Duplicate people in the directory: found by name, merged by admins and organizations' organizers. */
@ApiTags('people')
@ApiBearerAuth()
@Roles('admin', 'organizer')
@Controller('people')
export class PeopleMergeController {
  constructor(private readonly merges: PeopleMergeService) {}

  @Get('duplicates')
  @ApiOkResponse({ type: DuplicateListResponseDto })
  duplicates(@CurrentUser() user: AuthUser, @Lang() lang: Language): Promise<DuplicateListResponseDto> {
    return this.merges.duplicates(user, lang);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @ApiOkResponse({ type: MergeResultResponseDto, description: 'The duplicate is merged into the person of the path' })
  merge(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Body() dto: MergePeopleDto,
    @Lang() lang: Language,
  ): Promise<MergeResultResponseDto> {
    return this.merges.merge(user, id, dto.duplicateId, lang);
  }
}
