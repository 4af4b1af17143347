import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IfMatchVersion, ParseUuid } from '@app/common';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser, Roles } from '../access/access.decorators';
import { VersionedPatch } from '../access/versioned-patch.decorator';
import { CreateUserDto, ListUsersQueryDto, UpdateUserDto, UserListResponseDto, UserResponseDto } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiOkResponse({ type: UserResponseDto })
  create(@Body() dto: CreateUserDto, @CurrentUser() user: AuthUser): Promise<UserResponseDto> {
    return this.users.create(dto, user.id);
  }

  @Get()
  @ApiOkResponse({ type: UserListResponseDto })
  list(@Query() query: ListUsersQueryDto): Promise<UserListResponseDto> {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: UserResponseDto })
  get(@Param('id', ParseUuid()) id: string): Promise<UserResponseDto> {
    return this.users.get(id);
  }

  @VersionedPatch({ type: UserResponseDto })
  update(
    @Param('id', ParseUuid()) id: string,
    @Body() dto: UpdateUserDto,
    @IfMatchVersion() version: number | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<UserResponseDto> {
    return this.users.update(id, dto, version, user.id);
  }
}
