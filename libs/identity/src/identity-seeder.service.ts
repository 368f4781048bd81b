import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { EnvData } from '@motcua/common';
import { PasswordService } from './password.service';
import { SYSTEM_ROLE, UserRepository } from './user.repository';

/** At start-up, makes the users table match `org.yaml`. */
@Injectable()
export class IdentitySeederService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Identity');

  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly env: EnvData,
    private readonly users: UserRepository,
    private readonly passwords: PasswordService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const demoPassword = this.env.auth.demoPassword;
    const records = this.catalog.org.users.map((u) => ({
      username: u.username,
      fullName: u.fullName,
      title: u.title,
      unitId: u.unit,
      roles: u.roles,
    }));
    // The demo password is shared and public, so one hash (one salt) for every new user hides nothing, and
    // keeps a first start at one hash instead of one per user.
    let demoHash: Promise<string | null> | undefined;
    const newPasswordHash = () =>
      (demoHash ??= demoPassword === null ? Promise.resolve(null) : this.passwords.hash(demoPassword));
    const { created, updated, deactivated } = await this.users.sync(records, newPasswordHash);
    if (created.length + updated.length + deactivated.length > 0) {
      this.logger.log(
        `users from ${this.catalog.org.file}: ${created.length} created, ${updated.length} updated, ` +
          `${deactivated.length} deactivated${deactivated.length > 0 ? ` (${deactivated.join(', ')})` : ''}`,
      );
    }
    const people = created.filter((username) => {
      const user = this.catalog.org.users.find((u) => u.username === username);
      return user !== undefined && !user.roles.includes(SYSTEM_ROLE);
    });
    if (demoPassword === null && people.length > 0) {
      this.logger.warn(
        `new users have no password and cannot log in yet: ${people.join(', ')} ` +
          `(an administrator sets them; the first one with: npm run motcua -- users:set-password <username>)`,
      );
    }
  }
}
