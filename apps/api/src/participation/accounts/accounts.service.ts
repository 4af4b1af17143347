import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import type { Language } from '@app/contracts';
import type { Tx } from '@app/database';
import { randomUUID } from 'node:crypto';
import { personName } from '../../directory/people/people.service';
import { RateLimitsService, type SharedRateWindow } from '../../platform/rate-limits/rate-limits.service';
import { AccountLinksService, type IssuedLink, type SignUpOutcome } from '../../platform/users/account-links.service';
import { NotificationsService } from '../notifications/notifications.service';
import { RegistrationsService } from '../registrations/registrations.service';
import type {
  AccountLinkViewDto,
  AccountReadyDto,
  InvitationAccountDto,
  InvitationAccountViewDto,
  ResetLinkResponseDto,
  SignUpDto,
} from './dto/account.dto';

/** Sign-ups an address may start in an hour, and a client (IP) in an hour. */
const SIGN_UPS_PER_EMAIL_HOUR = 3;
const SIGN_UPS_PER_CLIENT_HOUR = 10;
/** Passwords a client may set through links and invitations in ten minutes. */
const PASSWORDS_PER_CLIENT_10_MIN = 20;

/**
 * The ways into an account without an admin typing a password: a delegate's own sign-up (confirmed by a mailed
 * link), an admin's reset link, and the account an invitation makes. Every mail carries a link, never a password.
 */
@Injectable()
export class AccountsService {
  private readonly signUpsByEmail: SharedRateWindow;
  private readonly signUpsByClient: SharedRateWindow;
  private readonly passwords: SharedRateWindow;

  constructor(
    private readonly links: AccountLinksService,
    private readonly mail: NotificationsService,
    private readonly registrations: RegistrationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    rateLimits: RateLimitsService,
  ) {
    this.signUpsByEmail = rateLimits.window('sign-up-email', SIGN_UPS_PER_EMAIL_HOUR, 3600);
    this.signUpsByClient = rateLimits.window('sign-up', SIGN_UPS_PER_CLIENT_HOUR, 3600);
    this.passwords = rateLimits.window('account-password', PASSWORDS_PER_CLIENT_10_MIN, 600);
  }

  /** The same answer whoever owns the e-mail: the mail tells its owner what happened. */
  async signUp(dto: SignUpDto, client: string): Promise<{ status: 'sent' }> {
    await this.signUpsByClient.take(client);
    await this.signUpsByEmail.take(dto.email);
    await this.links.signUp(dto, (manager, outcome) => this.mailSignUp(manager, outcome));
    return { status: 'sent' };
  }

  async sendReset(actorId: string, userId: string): Promise<ResetLinkResponseDto> {
    return this.links.sendReset(actorId, userId, (manager, link) => this.mailLink(manager, link));
  }

  async viewLink(token: string): Promise<AccountLinkViewDto> {
    const link = await this.links.view(token);
    return {
      purpose: link.purpose,
      email: link.email,
      fullName: link.fullName,
      language: link.language,
      expiresAt: new Date(link.expiresAt).toISOString(),
    };
  }

  async redeem(token: string, password: string, client: string): Promise<AccountReadyDto> {
    await this.passwords.take(client);
    const account = await this.links.redeem(token, password);
    return { email: account.email, language: account.language };
  }

  async invitationAccount(token: string): Promise<InvitationAccountViewDto> {
    const invitee = await this.registrations.invitee(token);
    return { hasAccount: await this.links.accountExists(invitee.personId, invitee.email), email: invitee.email };
  }

  /** The invited person's account, with the password chosen on the invitation's page. */
  async createForInvitation(
    token: string,
    dto: InvitationAccountDto,
    client: string,
    lang: Language,
  ): Promise<AccountReadyDto> {
    await this.passwords.take(client);
    const invitee = await this.registrations.invitee(token);
    const email = invitee.email ?? dto.email;
    if (!email) {
      throw AppError.validation([{ field: 'email', code: 'isEmail' }]);
    }
    const account = await this.links.createInvited({
      email: email.toLowerCase(),
      emailFromBody: !invitee.email,
      fullName: personName(invitee.fullName, lang),
      language: invitee.language,
      personId: invitee.personId,
      password: dto.password,
    });
    return { email: account.email, language: account.language };
  }

  private mailSignUp(manager: Tx, outcome: SignUpOutcome): Promise<void> {
    if (outcome.kind === 'confirm') {
      return this.mailLink(manager, outcome.link);
    }
    const { account, link } = outcome;
    return this.mail.accountMail(manager, {
      key: link ? link.id : `taken:${account.id}:${randomUUID()}`,
      kind: link ? 'taken' : 'taken_closed',
      email: account.email,
      language: account.language,
      name: account.fullName,
      url: link && this.linkUrl(link),
      expiresAt: link?.expiresAt,
    });
  }

  private mailLink(manager: Tx, link: IssuedLink): Promise<void> {
    return this.mail.accountMail(manager, {
      key: link.id,
      kind: link.purpose,
      email: link.account.email,
      language: link.account.language,
      name: link.account.fullName,
      url: this.linkUrl(link),
      expiresAt: link.expiresAt,
    });
  }

  private linkUrl(link: IssuedLink): string {
    return `${this.config.publicUrl}/account-links/${link.token}`;
  }
}
