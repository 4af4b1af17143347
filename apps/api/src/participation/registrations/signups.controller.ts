import { Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Lang, ParseUuid } from '@app/common';
import type { Language } from '@app/contracts';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser } from '../../platform/access/access.decorators';
import { type SignupResponse, SignupsService } from './signups.service';

export class SignupResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty() sessionId!: string;
  @ApiProperty() registrationId!: string;
  @ApiProperty({ enum: ['confirmed', 'waitlisted', 'cancelled'] }) status!: string;
  @ApiPropertyOptional() waitlistPosition?: number;
}

@ApiTags('registrations')
@ApiBearerAuth()
@Controller('sessions/:id/signups')
export class SignupsController {
  constructor(private readonly signups: SignupsService) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: SignupResponseDto, description: 'confirmed, or waitlisted when the seats are taken' })
  signUp(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUuid()) id: string,
    @Lang() lang: Language,
  ): Promise<SignupResponse> {
    return this.signups.signUp(user, id, lang);
  }

  @Delete('me')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Cancelled; the first in line takes the seat' })
  cancel(@CurrentUser() user: AuthUser, @Param('id', ParseUuid()) id: string): Promise<void> {
    return this.signups.cancelMine(user, id);
  }
}
