import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { type AuthUser, isRole } from './access.rules';

/** A member of staff or a system account, kept in step with `org.yaml` by the seeder. */
@Entity('app_user')
@Check('app_user_username_check', `username ~ '^[a-z][a-z0-9._-]*$'`)
@Index('app_user_unit_id_idx', ['unitId'], { where: 'active' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('app_user_username_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName!: string;

  /** Chức danh: shown on the control sheet and sent to the portal. */
  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 64 })
  unitId!: string;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  roles!: string[];

  /** argon2id; null: the user cannot log in. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  /** Listed in org.yaml and not deactivated by an administrator: the only users who may log in. */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Set when an administrator deactivated the user; org.yaml does not reactivate them, an administrator does. */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** Every token carries the version it was issued under; bumping it revokes them all. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion!: number;

  /** The password was set by someone else: the user must change it before doing anything else. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  /** An account other systems act through (the portal client): it never logs in interactively. */
  @Column({ name: 'system_account', type: 'boolean', default: false })
  systemAccount!: boolean;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export const toAuthUser = (
  user: Pick<UserEntity, 'id' | 'username' | 'fullName' | 'title' | 'unitId' | 'roles'>,
): AuthUser => ({
  id: user.id,
  username: user.username,
  fullName: user.fullName,
  title: user.title,
  unitId: user.unitId,
  roles: user.roles.filter(isRole),
});
