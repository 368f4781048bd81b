import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { findUnit } from '@motcua/engine';
import type { AuthUser } from './access.policy';
import type { LoginResponseDto, SessionUserDto } from './auth.dto';
import type { TokenPayload } from './auth.token';
import { TOKEN_TTL_SECONDS } from './identity.config';
import { IdentityErrorCode, IdentityException } from './identity.exception';
import { PasswordService } from './password.service';
import { toAuthUser } from './user.entity';
import { UserRepository } from './user.repository';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly passwords: PasswordService,
    private readonly jwt: JwtService,
    @Inject(CATALOG) private readonly catalog: Catalog,
  ) {}

  /** The same answer, after the same work, for an unknown user, an inactive one and a wrong password. */
  async login(username: string, password: string): Promise<LoginResponseDto> {
    const user = await this.users.findByUsername(username);
    const matches = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !user.active || !matches) {
      throw new IdentityException(IdentityErrorCode.InvalidCredentials, 'wrong username or password');
    }
    const payload: TokenPayload = { sub: user.id, username: user.username };
    return {
      accessToken: await this.jwt.signAsync(payload),
      tokenType: 'Bearer',
      expiresIn: TOKEN_TTL_SECONDS,
      user: this.describe(toAuthUser(user)),
    };
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
}
