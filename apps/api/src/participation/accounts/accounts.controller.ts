import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiGoneResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Lang, ParseUuid } from '@app/common';
import type { Language } from '@app/contracts';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../platform/access/auth-user';
import { CurrentUser, Public, Roles } from '../../platform/access/access.decorators';
import { AccountsService } from './accounts.service';
import {
  AccountLinkViewDto,
  AccountReadyDto,
  InvitationAccountDto,
  InvitationAccountViewDto,
  ResetLinkResponseDto,
  SetPasswordDto,
  SignUpDto,
  SignUpResponseDto,
} from './dto/account.dto';

@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Public()
  @Post('sign-up')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: SignUpResponseDto,
    description: 'A confirmation link goes to the e-mail; an e-mail with an account gets a note to its owner instead',
  })
  @ApiTooManyRequestsResponse({ description: 'Too many sign-ups from this client or for this e-mail; see Retry-After' })
  signUp(@Body() dto: SignUpDto, @Req() request: FastifyRequest): Promise<SignUpResponseDto> {
    return this.accounts.signUp(dto, request.ip);
  }

  @Public()
  @Get('links/:token')
  @ApiOkResponse({ type: AccountLinkViewDto })
  @ApiGoneResponse({ description: 'LINK_INVALID: unknown, used or expired' })
  viewLink(@Param('token') token: string): Promise<AccountLinkViewDto> {
    return this.accounts.viewLink(token);
  }

  @Public()
  @Post('links/:token')
  @HttpCode(200)
  @ApiOkResponse({
    type: AccountReadyDto,
    description: 'The password is set (a confirmation opens the account), every session of it ends; the link is used',
  })
  @ApiGoneResponse({ description: 'LINK_INVALID: unknown, used or expired' })
  redeem(
    @Param('token') token: string,
    @Body() dto: SetPasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<AccountReadyDto> {
    return this.accounts.redeem(token, dto.password, request.ip);
  }
}

/** An admin sends a user a one-time link to choose a password (a sign-up still waiting gets its confirmation again). */
@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users/:id/reset-link')
export class ResetLinkController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ResetLinkResponseDto, description: 'The link is mailed to the user; it is not shown' })
  send(@Param('id', ParseUuid()) id: string, @CurrentUser() user: AuthUser): Promise<ResetLinkResponseDto> {
    return this.accounts.sendReset(user.id, id);
  }
}

/** The invitation link makes the invited person's account: the link already says who they are. */
@ApiTags('registrations')
@Public()
@Controller('invitations/:token/account')
export class InvitationAccountController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOkResponse({ type: InvitationAccountViewDto })
  view(@Param('token') token: string): Promise<InvitationAccountViewDto> {
    return this.accounts.invitationAccount(token);
  }

  @Post()
  @ApiCreatedResponse({ type: AccountReadyDto, description: 'The account is made and open; sign in with the e-mail' })
  create(
    @Param('token') token: string,
    @Body() dto: InvitationAccountDto,
    @Req() request: FastifyRequest,
    @Lang() lang: Language,
  ): Promise<AccountReadyDto> {
    return this.accounts.createForInvitation(token, dto, request.ip, lang);
  }
}
