import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { Clock } from '@motcua/common';
import type { UserAccountView } from './change-password.dto';
import { AuthEventRepository } from './auth-event.repository';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { passwordProblems } from './password.rules';
import { PasswordService } from './password.service';
import type { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

export const toAccountView = (user: UserEntity): UserAccountView => ({
  username: user.username,
  fullName: user.fullName,
  title: user.title,
  unit: user.unitId,
  roles: [...user.roles],
  active: user.active,
  disabledAt: user.disabledAt?.toISOString() ?? null,
  systemAccount: user.systemAccount,
  hasPassword: user.passwordHash !== null,
  mustChangePassword: user.mustChangePassword,
  passwordChangedAt: user.passwordChangedAt?.toISOString() ?? null,
});

/** Throws 400 WEAK_PASSWORD listing what is wrong with `password` for `user`, if anything. */
export function assertAcceptablePassword(password: string, user: UserEntity): void {
  const problems = passwordProblems(password, { username: user.username, fullName: user.fullName });
  if (problems.length > 0) {
    throw new IdentityException(IdentityErrorCode.WeakPassword, problems.map((p) => p.message).join(' '), {
      problems: problems.map((p) => p.code),
    });
  }
}

/**
 * What an administrator (or the command line) does to an account: set a password, deactivate, reactivate. Each
 * revokes the tokens the user holds, and each is written to the account log.
 */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordService,
    private readonly events: AuthEventRepository,
    private readonly clock: Clock,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  async list(): Promise<UserAccountView[]> {
    return (await this.users.findAll()).map(toAccountView);
  }

  /**
   * Sets `username`'s password. `temporary` (an administrator's reset): the user must change it at their next
   * login. Refused for a system account, which never logs in.
   */
  async setPassword(
    actor: string,
    username: string,
    password: string,
    temporary: boolean,
  ): Promise<UserAccountView> {
    const user = await this.find(username);
    if (user.systemAccount) {
      throw new IdentityException(
        IdentityErrorCode.SystemAccount,
        `'${username}' là tài khoản hệ thống, không đăng nhập bằng mật khẩu.`,
      );
    }
    assertAcceptablePassword(password, user);
    const now = this.clock.now();
    await this.users.updateAndRevoke(user.id, {
      passwordHash: await this.passwords.hash(password),
      mustChangePassword: temporary,
      passwordChangedAt: now,
    });
    await this.events.record(
      { kind: 'password_set', username, actor, detail: temporary ? 'temporary' : 'final' },
      now,
    );
    return toAccountView(await this.find(username));
  }

  /** Deactivates `username` until an administrator reactivates them; org.yaml does not undo it. */
  async deactivate(actor: string, username: string): Promise<UserAccountView> {
    if (actor === username) {
      throw new IdentityException(
        IdentityErrorCode.SelfDeactivation,
        'Không thể tự khóa tài khoản của chính mình.',
      );
    }
    const user = await this.find(username);
    const now = this.clock.now();
    await this.users.updateAndRevoke(user.id, { active: false, disabledAt: now });
    await this.events.record({ kind: 'user_deactivated', username, actor }, now);
    return toAccountView(await this.find(username));
  }

  /** Lifts an administrator's deactivation; the user is active again if org.yaml still lists them. */
  async activate(actor: string, username: string): Promise<UserAccountView> {
    const user = await this.find(username);
    const listed = this.catalog.org.users.some((u) => u.username === username);
    const now = this.clock.now();
    await this.users.updateAndRevoke(user.id, { active: listed, disabledAt: null });
    await this.events.record(
      { kind: 'user_activated', username, actor, detail: listed ? undefined : 'not in org.yaml' },
      now,
    );
    return toAccountView(await this.find(username));
  }

  private async find(username: string): Promise<UserEntity> {
    const user = await this.users.findByUsername(username);
    if (!user) throw new IdentityException(IdentityErrorCode.UserNotFound, `no user '${username}'`);
    return user;
  }
}
