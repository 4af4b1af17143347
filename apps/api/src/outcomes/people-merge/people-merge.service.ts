import { Injectable } from '@nestjs/common';
import { AppError, pickText } from '@app/common';
import type { Language } from '@app/contracts';
import { QueryFailedError } from 'typeorm';
import { type AuthUser, canActAs } from '../../platform/access/auth-user';
import { organizationsWith } from '../../platform/access/event-access';
import { AuditService } from '../../platform/audit/audit.service';
import { PeopleService } from '../../directory/people/people.service';
import type { DuplicateListResponseDto, MergeResultResponseDto } from './dto/people-merge.dto';
import { PeopleMergeRepository } from './people-merge.repository';

/**
 * Who keeps the directory: admins, and organizers scoped to an organization (not only to an
 * event) — for people of organizations, the organizations of both people.
 */
function keepsDirectory(user: AuthUser, people: { organizationId: string | null }[]): boolean {
  if (user.roles.includes('admin')) {
    return true;
  }
  const organizationIds = [...new Set(people.flatMap((p) => (p.organizationId ? [p.organizationId] : [])))];
  if (organizationIds.length === 0) {
    return user.scopes.some((scope) => scope.role === 'organizer' && scope.kind === 'organization');
  }
  return organizationIds.every((id) => canActAs(user, 'organizer', { organizationIds: [id] }));
}

/** A trigger of an adopted, approved or closed record refused the change (check_violation). */
function isFrozenRecord(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23514';
}

@Injectable()
export class PeopleMergeService {
  constructor(
    private readonly merges: PeopleMergeRepository,
    private readonly people: PeopleService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Merges `duplicateId` into `keptId` in one transaction: registrations (with their check-ins),
   * places in sessions, roles in documents and the account move; the kept person's empty fields
   * are filled from the duplicate, which is then removed. Both rows are locked first, so two
   * merges (or a registration) at once wait for each other.
   */
  async merge(user: AuthUser, keptId: string, duplicateId: string, lang: Language): Promise<MergeResultResponseDto> {
    if (keptId === duplicateId) {
      throw new AppError('MERGE_SAME_PERSON');
    }
    const both = await this.people.findByIds([keptId, duplicateId]);
    if (both.length < 2) {
      throw AppError.notFound();
    }
    if (!keepsDirectory(user, both)) {
      throw AppError.forbidden();
    }
    const duplicate = both.find((p) => p.id === duplicateId)!;
    try {
      const moved = await this.merges.transaction(async (tx) => {
        if ((await this.merges.lock(tx, [keptId, duplicateId])).length < 2) {
          throw AppError.notFound();
        }
        const shared = await this.merges.sharedEvents(tx, keptId, duplicateId);
        if (shared.length > 0) {
          throw new AppError('MERGE_BOTH_REGISTERED', {
            events: shared.map((title) => `«${pickText(title, lang) ?? ''}»`).join(', '),
          });
        }
        if ((await this.merges.accountCount(tx, [keptId, duplicateId])) > 1) {
          throw new AppError('MERGE_BOTH_ACCOUNTS');
        }
        const counts = await this.merges.merge(tx, keptId, duplicateId);
        const changes = { mergedId: duplicateId, mergedName: duplicate.fullName, keptId, moved: counts };
        // One entry under each id, so the history of either person tells what became of it.
        for (const entityId of [keptId, duplicateId]) {
          await this.audit.record(tx, {
            actorId: user.id,
            entity: 'person',
            entityId,
            action: 'merge',
            eventId: null,
            changes,
          });
        }
        return counts;
      });
      return { person: await this.people.get(keptId, lang, user), mergedId: duplicateId, moved };
    } catch (error) {
      if (isFrozenRecord(error)) {
        throw new AppError('MERGE_IN_RECORDS');
      }
      throw error;
    }
  }

  /** People who share a normalised name, with positions and organizations to tell them apart. */
  async duplicates(user: AuthUser, lang: Language): Promise<DuplicateListResponseDto> {
    if (!keepsDirectory(user, [])) {
      throw AppError.forbidden();
    }
    // An organizer sees the namesakes they may merge: of their own organizations, or of none.
    const groups = await this.merges.duplicateGroups(
      100,
      user.roles.includes('admin') ? null : organizationsWith(user, 'manage'),
    );
    const people = new Map(
      (
        await this.people.responsesFor(
          groups.flatMap((group) => group.ids),
          lang,
          user,
        )
      ).map((p) => [p.id, p]),
    );
    return {
      groups: groups.map((group) => ({
        key: group.key,
        people: group.ids.flatMap((id) => people.get(id) ?? []),
      })),
    };
  }
}
