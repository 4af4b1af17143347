import type { Language, Role } from '@app/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('users')
@Check('users_email_lowercase', `email = lower(email)`)
@Check('users_language_known', `language IN ('kk', 'ru', 'en')`)
@Check(
  'users_roles_known',
  `cardinality(roles) > 0 AND roles <@ ARRAY['admin', 'organizer', 'secretary', 'checker', 'participant']::text[]`,
)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lowercased, so the unique constraint is case-insensitive. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ name: 'full_name', type: 'varchar', length: 200, default: '' })
  fullName!: string;

  @Column({ type: 'varchar', length: 2, default: 'kk' })
  language!: Language;

  /** Global roles; organizer, secretary and checker rights are narrowed by scopes. */
  @Column({ type: 'text', array: true, default: () => `'{participant}'` })
  roles!: Role[];

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive!: boolean;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
