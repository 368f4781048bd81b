import type { INestApplicationContext } from '@nestjs/common';
import { type Catalog, CATALOG } from '@motcua/catalog';
import { type AuthUser, toAuthUser, UserRepository } from '@motcua/identity';

/** A real, active user of `unit` holding `role`, as the JWT guard would hand it to a controller. */
export async function userFor(app: INestApplicationContext, unit: string, role: string): Promise<AuthUser> {
  const catalog = app.get<Catalog>(CATALOG);
  const users = app.get(UserRepository);
  for (const candidate of catalog.org.users.filter((u) => u.unit === unit && u.roles.includes(role))) {
    const user = await users.findByUsername(candidate.username);
    if (user?.active) return toAuthUser(user);
  }
  throw new Error(`bench: no active user with role ${role} in unit ${unit}`);
}
