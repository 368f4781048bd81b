import { Injectable } from '@nestjs/common';
import { DataSource, In, type Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { UserEntity } from './user.entity';

// Any constant no other advisory lock of the application uses.
const SEED_LOCK = 7_660_001;

export interface UserRecord {
  username: string;
  fullName: string;
  title: string;
  unitId: string;
  roles: string[];
}

export type TokenHolder = Pick<
  UserEntity,
  | 'id'
  | 'username'
  | 'fullName'
  | 'title'
  | 'unitId'
  | 'roles'
  | 'active'
  | 'systemAccount'
  | 'tokenVersion'
  | 'mustChangePassword'
>;

/** The portal client's role: an account held by another system, never used to log in. */
export const SYSTEM_ROLE = 'portal';

export const isSystemRecord = (record: UserRecord): boolean => record.roles.includes(SYSTEM_ROLE);

export type AccountPatch = Pick<
  QueryDeepPartialEntity<UserEntity>,
  'passwordHash' | 'mustChangePassword' | 'passwordChangedAt' | 'active' | 'disabledAt'
>;

export interface UserSyncResult {
  created: string[];
  updated: string[];
  deactivated: string[];
}

@Injectable()
export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get users(): Repository<UserEntity> {
    return this.dataSource.getRepository(UserEntity);
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** What the token guard checks on every request, in plain SQL (TypeORM's find costs more CPU than the query). */
  async findTokenHolder(id: string): Promise<TokenHolder | null> {
    const [row] = (await this.dataSource.query(
      `SELECT id, username, full_name AS "fullName", title, unit_id AS "unitId", roles, active,
              system_account AS "systemAccount", token_version AS "tokenVersion",
              must_change_password AS "mustChangePassword"
         FROM app_user WHERE id = $1`,
      [id],
    )) as TokenHolder[];
    return row ?? null;
  }

  findByIds(ids: string[]): Promise<UserEntity[]> {
    return ids.length ? this.users.findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ username });
  }

  findActiveByUnit(unitId: string): Promise<UserEntity[]> {
    return this.users.find({ where: { unitId, active: true }, order: { username: 'ASC' } });
  }

  findAll(): Promise<UserEntity[]> {
    return this.users.find({ order: { username: 'ASC' } });
  }

  /** Applies `patch` and revokes every token issued so far (their version no longer matches). */
  async updateAndRevoke(id: string, patch: AccountPatch): Promise<void> {
    await this.users.update({ id }, { ...patch, tokenVersion: () => 'token_version + 1' });
  }

  /**
   * Makes the table match `records`: profiles are updated, users missing from `records` are deactivated,
   * new ones get `newPasswordHash()` (system accounts none); existing password hashes are never touched, except
   * that an account becoming a system account loses its password and its tokens. A user an administrator
   * deactivated stays so. Serialized by an advisory lock, since api and worker both seed at start-up.
   */
  sync(records: UserRecord[], newPasswordHash: () => Promise<string | null>): Promise<UserSyncResult> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      const users = manager.getRepository(UserEntity);
      const known = new Map((await users.find()).map((u) => [u.username, u]));
      const result: UserSyncResult = { created: [], updated: [], deactivated: [] };
      for (const record of records) {
        const user = known.get(record.username);
        const systemAccount = isSystemRecord(record);
        if (!user) {
          const passwordHash = systemAccount ? null : await newPasswordHash();
          await users.insert({ ...record, active: true, systemAccount, passwordHash });
          result.created.push(record.username);
        } else if (user.active !== (user.disabledAt === null) || !sameProfile(user, record)) {
          const becomesSystem = systemAccount && !user.systemAccount;
          await users.update(
            { id: user.id },
            {
              ...record,
              active: user.disabledAt === null,
              systemAccount,
              ...(becomesSystem ? { passwordHash: null, tokenVersion: () => 'token_version + 1' } : {}),
            },
          );
          result.updated.push(record.username);
        }
      }
      const listed = new Set(records.map((r) => r.username));
      const gone = [...known.values()].filter((u) => u.active && !listed.has(u.username));
      for (const user of gone) await users.update({ id: user.id }, { active: false });
      result.deactivated = gone.map((u) => u.username);
      return result;
    });
  }
}

const sameProfile = (user: UserEntity, record: UserRecord): boolean =>
  user.systemAccount === isSystemRecord(record) &&
  user.fullName === record.fullName &&
  user.title === record.title &&
  user.unitId === record.unitId &&
  user.roles.length === record.roles.length &&
  user.roles.every((role, i) => role === record.roles[i]);
