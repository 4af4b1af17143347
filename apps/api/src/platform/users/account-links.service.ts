import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AppError, secretHash } from '@app/common';
import type { Language } from '@app/contracts';
import type { Tx } from '@app/database';
import { randomBytes } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { AccountChanges } from './account-changes';
import {
  type AccountLinkPurpose,
  AccountLinksRepository,
  type AccountSummary,
  type LiveLink,
} from './account-links.repository';
import { PasswordHasher, UNUSABLE_PASSWORD } from './password-hasher';

export type { AccountLinkPurpose, AccountSummary } from './account-links.repository';

/** How long a link works: a confirmation two days, a reset one (it opens an account that exists). */
export const LINK_TTL_SECONDS: Record<AccountLinkPurpose, number> = { confirm: 48 * 3600, reset: 24 * 3600 };

/** A link made for someone, to be mailed to them in the same transaction. */
export interface IssuedLink {
  id: string;
  purpose: AccountLinkPurpose;
  token: string;
  expiresAt: Date;
  account: AccountSummary;
}

/**
 * What a sign-up found: a new account or one still waiting (a confirmation link goes out), or an account of that
 * e-mail already in use (its owner is told, with a reset link when the account is open). The caller answers the
 * same in every case, so a sign-up reveals no account.
 */
export type SignUpOutcome =
  { kind: 'confirm'; link: IssuedLink } | { kind: 'taken'; account: AccountSummary; link?: IssuedLink };

/** Hands a link (or the news of a taken e-mail) to the mail outbox, inside the transaction that made it. */
export type Deliver<T> = (manager: Tx, what: T) => Promise<void>;

/**
 * One-time account links (confirmation of a sign-up, a password reset) and the accounts they open. A link's token
 * travels only in the mail; the database keeps its SHA-256. Passwords are chosen on the link's page, never mailed.
 */
@Injectable()
export class AccountLinksService implements OnApplicationBootstrap {
  constructor(
    private readonly links: AccountLinksRepository,
    private readonly hasher: PasswordHasher,
    private readonly changes: AccountChanges,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.links.purge();
  }

  async signUp(
    input: { email: string; fullName: string; language: Language },
    deliver: Deliver<SignUpOutcome>,
  ): Promise<void> {
    await this.links.transaction(async (manager) => {
      let account = await this.links.findByEmail(input.email, manager);
      if (!account) {
        const id = await this.links.insertAccount(manager, {
          ...input,
          passwordHash: UNUSABLE_PASSWORD,
          pending: true,
          personId: null,
        });
        if (id) {
          await this.audit.record(manager, {
            actorId: null,
            entity: 'user',
            entityId: id,
            action: 'sign-up',
            eventId: null,
            changes: { email: input.email, fullName: input.fullName, language: input.language },
          });
        }
        account = (await this.links.findByEmail(input.email, manager))!;
      } else if (account.pendingConfirmation) {
        await this.links.refreshPending(manager, account.id, input.fullName, input.language);
        account = { ...account, fullName: input.fullName, language: input.language };
      }
      if (account.pendingConfirmation || !account.isActive) {
        if (account.pendingConfirmation) {
          await deliver(manager, { kind: 'confirm', link: await this.issue(manager, account, 'confirm') });
          return;
        }
        await deliver(manager, { kind: 'taken', account });
        return;
      }
      await deliver(manager, { kind: 'taken', account, link: await this.issue(manager, account, 'reset') });
    });
  }

  /** An admin sends the account's owner a link to choose a new password. */
  async sendReset(actorId: string, userId: string, deliver: Deliver<IssuedLink>): Promise<{ expiresAt: string }> {
    const account = await this.links.findById(userId);
    if (!account) {
      throw AppError.notFound();
    }
    const link = await this.links.transaction(async (manager) => {
      const issued = await this.issue(manager, account, account.pendingConfirmation ? 'confirm' : 'reset');
      await this.audit.record(manager, {
        actorId,
        entity: 'user',
        entityId: userId,
        action: 'reset-link',
        eventId: null,
        changes: { purpose: issued.purpose, expiresAt: issued.expiresAt },
      });
      await deliver(manager, issued);
      return issued;
    });
    return { expiresAt: new Date(link.expiresAt).toISOString() };
  }

  /** What the link's page shows; LINK_INVALID when it is unknown, used or expired. */
  async view(token: string): Promise<LiveLink> {
    const link = await this.links.findLive(secretHash(token));
    if (!link) {
      throw new AppError('LINK_INVALID');
    }
    return link;
  }

  /** Uses the link: sets the password, opens a confirmed account, ends every session of it. */
  async redeem(token: string, password: string): Promise<AccountSummary> {
    const passwordHash = await this.hasher.hash(password);
    const link = await this.links.transaction(async (manager) => {
      const used = await this.links.use(manager, secretHash(token));
      if (!used) {
        throw new AppError('LINK_INVALID');
      }
      await this.links.setPassword(manager, used.id, passwordHash, used.purpose === 'confirm');
      await this.audit.record(manager, {
        actorId: used.id,
        entity: 'user',
        entityId: used.id,
        action: used.purpose === 'confirm' ? 'confirm' : 'password',
        eventId: null,
        changes: {},
      });
      return used;
    });
    this.changes.announce(link.id);
    return (await this.links.findById(link.id))!;
  }

  /**
   * The account of an invited person, made on the invitation's page with the password they choose there: open at
   * once, as the invitation link (sent to the person's own address) already proved who they are.
   */
  async createInvited(input: {
    email: string;
    emailFromBody: boolean;
    fullName: string;
    language: Language;
    personId: string;
    password: string;
  }): Promise<AccountSummary> {
    const taken = (await this.links.findByPerson(input.personId)) ?? (await this.links.findByEmail(input.email));
    const refuse = (): AppError =>
      new AppError('ACCOUNT_EXISTS', {}, input.emailFromBody ? [{ field: 'email', code: 'accountExists' }] : []);
    if (taken) {
      throw refuse();
    }
    const passwordHash = await this.hasher.hash(input.password);
    const id = await this.links.transaction(async (manager) => {
      const created = await this.links.insertAccount(manager, { ...input, passwordHash, pending: false });
      if (!created) {
        throw refuse();
      }
      await this.audit.record(manager, {
        actorId: created,
        entity: 'user',
        entityId: created,
        action: 'create',
        eventId: null,
        changes: { email: input.email, personId: input.personId, via: 'invitation' },
      });
      return created;
    });
    return (await this.links.findById(id))!;
  }

  /** Whether the person (or the e-mail) has an account already. */
  async accountExists(personId: string, email: string | null): Promise<boolean> {
    return !!((await this.links.findByPerson(personId)) ?? (email && (await this.links.findByEmail(email))));
  }

  private async issue(manager: Tx, account: AccountSummary, purpose: AccountLinkPurpose): Promise<IssuedLink> {
    const token = randomBytes(32).toString('base64url');
    const stored = await this.links.issue(manager, account.id, purpose, secretHash(token), LINK_TTL_SECONDS[purpose]);
    return { id: stored.id, purpose, token, expiresAt: stored.expiresAt, account };
  }
}
