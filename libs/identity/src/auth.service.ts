import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { Clock, MetricsService } from '@motcua/common';
import { findUnit } from '@motcua/engine';
import type { AuthUser } from './access.rules';
import { assertAcceptablePassword } from './account.service';
import { AuthEventRepository } from './auth-event.repository';
import type { LoginResponseDto, SessionUserDto } from './login.dto';
import type { RequestSession, TokenClaims } from './auth-token.rules';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { tokenLifetime } from './session.rules';
import { toAuthUser, type UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

const invalidCredentials = () =>
  new IdentityException(IdentityErrorCode.InvalidCredentials, 'wrong username or password');

// Token instants follow the wall clock, as the JWT library that checks `exp` does; the movable application clock
// dates the account log.
const epochSeconds = (): number => Math.floor(Date.now() / 1000);

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordService,
    private readonly jwt: JwtService,
    private readonly throttle: LoginThrottleService,
    private readonly events: AuthEventRepository,
    private readonly metrics: MetricsService,
    private readonly clock: Clock,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  /**
   * The same answer, after the same work, for an unknown user, an inactive one, a system account and a wrong
   * password; each counts toward the throttle and is logged.
   */
  async login(username: string, password: string, address: string): Promise<LoginResponseDto> {
    await this.assertNotThrottled(username, address);
    const user = await this.users.findByUsername(username);
    const matches = await this.passwords.verify(user?.passwordHash ?? null, password);
    const refusal = !user
      ? 'unknown user'
      : !user.active
        ? 'inactive'
        : user.systemAccount
          ? 'system account'
          : !matches
            ? 'wrong password'
            : null;
    if (refusal !== null || !user) {
      await this.failed(username, address, refusal ?? 'unknown user');
      throw invalidCredentials();
    }
    await this.throttle.recordSuccess(username, address);
    await this.events.record({ kind: 'login', username, address }, this.clock.now());
    return this.issue(user, epochSeconds());
  }

  /** A fresh token for the same session, as long as the session has not reached its limit. */
  async refresh(user: AuthUser, session: RequestSession): Promise<LoginResponseDto> {
    const entity = await this.users.findById(user.id);
    if (!entity) throw new IdentityException(IdentityErrorCode.Unauthenticated, 'the user no longer exists');
    return this.issue(entity, session.authTime);
  }

  /** Revokes every token of the user (this one and those of their other sessions). */
  async logout(user: AuthUser, address: string): Promise<void> {
    await this.users.updateAndRevoke(user.id, {});
    await this.events.record({ kind: 'logout', username: user.username, address }, this.clock.now());
  }

  /**
   * The user changes their own password: the current one must be right (a wrong one counts as a failed login),
   * the new one must pass the policy and differ. Every earlier token is revoked; the answer carries a new one.
   */
  async changePassword(
    user: AuthUser,
    currentPassword: string,
    newPassword: string,
    address: string,
  ): Promise<LoginResponseDto> {
    await this.assertNotThrottled(user.username, address);
    const entity = await this.users.findById(user.id);
    if (!entity || !(await this.passwords.verify(entity.passwordHash, currentPassword))) {
      await this.failed(user.username, address, 'wrong current password');
      throw new IdentityException(IdentityErrorCode.WrongCurrentPassword, 'Mật khẩu hiện tại không đúng.');
    }
    if (newPassword.normalize('NFC') === currentPassword.normalize('NFC')) {
      throw new IdentityException(
        IdentityErrorCode.PasswordUnchanged,
        'Mật khẩu mới phải khác mật khẩu hiện tại.',
      );
    }
    assertAcceptablePassword(newPassword, entity);
    const now = this.clock.now();
    await this.users.updateAndRevoke(entity.id, {
      passwordHash: await this.passwords.hash(newPassword),
      mustChangePassword: false,
      passwordChangedAt: now,
    });
    await this.events.record({ kind: 'password_changed', username: user.username, address }, now);
    const updated = await this.users.findById(entity.id);
    return this.issue(updated ?? entity, epochSeconds());
  }

  describe(user: AuthUser): SessionUserDto {
    return {
      username: user.username,
      fullName: user.fullName,
      title: user.title,
      unit: user.unitId,
      unitName: findUnit(this.catalog.org, user.unitId)?.name ?? user.unitId,
      roles: user.roles,
    };
  }

  private async issue(user: UserEntity, authTime: number): Promise<LoginResponseDto> {
    const lifetime = tokenLifetime(authTime, epochSeconds());
    if (lifetime <= 0) {
      throw new IdentityException(
        IdentityErrorCode.Unauthenticated,
        'the session has reached its 12-hour limit; log in again',
      );
    }
    const claims: TokenClaims = {
      sub: user.id,
      username: user.username,
      tv: user.tokenVersion,
      auth: authTime,
    };
    return {
      accessToken: await this.jwt.signAsync(claims, { expiresIn: lifetime }),
      tokenType: 'Bearer',
      expiresIn: lifetime,
      mustChangePassword: user.mustChangePassword,
      user: this.describe(toAuthUser(user)),
    };
  }

  private async assertNotThrottled(username: string, address: string): Promise<void> {
    try {
      await this.throttle.assertAllowed(username, address);
    } catch (error) {
      // Counted, not logged row by row: a flood of blocked attempts must not become a flood of inserts.
      if (error instanceof IdentityException && error.code === IdentityErrorCode.LoginThrottled)
        this.metrics.loginFailed('throttled');
      throw error;
    }
  }

  private async failed(username: string, address: string, reason: string): Promise<void> {
    const blocked = await this.throttle.recordFailure(username, address);
    this.metrics.loginFailed('credentials');
    await this.events.record(
      {
        kind: 'login_failed',
        username,
        address,
        detail: blocked > 0 ? `${reason}; blocked ${blocked} s` : reason,
      },
      this.clock.now(),
    );
  }
}
