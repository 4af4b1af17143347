import { Body, Controller, Delete, Get, HttpCode, Param, ParseEnumPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { AppError, ParseUuid } from '@app/common';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Roles } from '../../platform/access/access.decorators';
import { GrantStaffDto, STAFF_ROLES, StaffListResponseDto, StaffMemberDto, type StaffRole } from './dto/staff.dto';
import { StaffService } from './staff.service';

const ROLE_PARAM = new ParseEnumPipe(Object.fromEntries(STAFF_ROLES.map((role) => [role, role])), {
  exceptionFactory: () =>
    AppError.validation([{ field: 'role', code: 'isIn', params: { constraint1: STAFF_ROLES.join(', ') } }]),
});

@ApiTags('staff')
@ApiBearerAuth()
@Roles('organizer')
@Controller('events/:id/staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @ApiParam({ name: 'id', description: 'The id or the slug' })
  @ApiOkResponse({ type: StaffListResponseDto, description: "The event's secretaries and checkers" })
  list(@CurrentUser() user: AuthUser, @Param('id') eventId: string): Promise<StaffListResponseDto> {
    return this.staff.list(user, eventId);
  }

  @Post()
  @ApiParam({ name: 'id', description: 'The id or the slug' })
  @ApiCreatedResponse({
    type: StaffMemberDto,
    description: 'Grants the role on this event to the user with that e-mail (422 USER_NOT_FOUND when none)',
  })
  grant(
    @CurrentUser() user: AuthUser,
    @Param('id') eventId: string,
    @Body() dto: GrantStaffDto,
  ): Promise<StaffMemberDto> {
    return this.staff.grant(user, eventId, dto);
  }

  @Delete(':userId/:role')
  @HttpCode(204)
  @ApiParam({ name: 'id', description: 'The id or the slug' })
  @ApiParam({ name: 'role', enum: STAFF_ROLES })
  @ApiNoContentResponse({ description: 'The role on this event is taken away' })
  revoke(
    @CurrentUser() user: AuthUser,
    @Param('id') eventId: string,
    @Param('userId', ParseUuid()) userId: string,
    @Param('role', ROLE_PARAM) role: StaffRole,
  ): Promise<void> {
    return this.staff.revoke(user, eventId, userId, role);
  }
}
