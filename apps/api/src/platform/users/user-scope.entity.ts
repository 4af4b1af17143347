import type { ScopeKind, ScopedRole } from '@app/contracts';
import { Check, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from './user.entity';

/** A scoped right: "organizer of organization X", "checker of event Y". */
@Entity('user_scopes')
@Check('user_scopes_role_known', `role IN ('organizer', 'secretary', 'checker')`)
@Check('user_scopes_kind_known', `scope_kind IN ('event', 'organization')`)
@Index('user_scopes_target_idx', ['scopeKind', 'scopeId'])
export class UserScopeEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  role!: ScopedRole;

  @PrimaryColumn({ name: 'scope_kind', type: 'varchar', length: 16 })
  scopeKind!: ScopeKind;

  @PrimaryColumn({ name: 'scope_id', type: 'uuid' })
  scopeId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
}
