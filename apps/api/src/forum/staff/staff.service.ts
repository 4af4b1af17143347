import { Injectable } from '@nestjs/common';
import { AppError } from '@app/common';
import type { AuthUser } from '../../platform/access/auth-user';
import { AuditService } from '../../platform/audit/audit.service';
import { EventsService } from '../events/events.service';
import { AccountChanges } from '../../platform/users/account-changes';
import type { GrantStaffDto, StaffListResponseDto, StaffMemberDto, StaffRole } from './dto/staff.dto';
import { StaffRepository } from './staff.repository';
import { mayAccessEvent } from '../../platform/access/event-access';

/** An event's organizers name its secretaries and checkers among existing users. */
@Injectable()
export class StaffService {
  constructor(
    private readonly staff: StaffRepository,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly accountChanges: AccountChanges,
  ) {}

  async list(user: AuthUser, eventId: string): Promise<StaffListResponseDto> {
    const event = await this.manageableEvent(user, eventId);
    return { items: await this.staff.list(event) };
  }

  async grant(user: AuthUser, eventId: string, dto: GrantStaffDto): Promise<StaffMemberDto> {
    const event = await this.manageableEvent(user, eventId);
    const member = await this.staff.transaction(async (manager) => {
      const target = await this.staff.findUserByEmail(manager, dto.email);
      if (!target) {
        throw new AppError('USER_NOT_FOUND', { email: dto.email }, [{ field: 'email', code: 'userNotFound' }]);
      }
      if (await this.staff.grant(manager, target.id, dto.role, event)) {
        await this.audit.record(manager, {
          actorId: user.id,
          entity: 'event',
          entityId: event,
          action: 'grant',
          eventId: event,
          changes: { staff: { from: null, to: { userId: target.id, email: target.email, role: dto.role } } },
        });
      }
      return { userId: target.id, email: target.email, fullName: target.fullName, role: dto.role };
    });
    this.accountChanges.announce(member.userId);
    return member;
  }

  async revoke(user: AuthUser, eventId: string, userId: string, role: StaffRole): Promise<void> {
    const event = await this.manageableEvent(user, eventId);
    await this.staff.transaction(async (manager) => {
      const removed = await this.staff.revoke(manager, userId, role, event);
      if (!removed) {
        throw AppError.notFound();
      }
      await this.audit.record(manager, {
        actorId: user.id,
        entity: 'event',
        entityId: event,
        action: 'revoke',
        eventId: event,
        changes: { staff: { from: { userId, email: removed.email, role }, to: null } },
      });
    });
    this.accountChanges.announce(userId);
  }

  /** The event's id when the user organizes it (or is an admin); 404 for drafts they cannot see, else 403. */
  private async manageableEvent(user: AuthUser, idOrSlug: string): Promise<string> {
    const row = await this.events.getVisibleRow(user, idOrSlug);
    if (!mayAccessEvent(user, row, 'manage')) {
      throw AppError.forbidden();
    }
    return row.id;
  }
}
