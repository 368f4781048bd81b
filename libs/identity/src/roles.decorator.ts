import { type CustomDecorator, SetMetadata } from '@nestjs/common';
import type { Role } from './access.rules';

export const ROLES_KEY = 'identity:roles';

/** The route (or controller) requires at least one of `roles`. */
export const Roles = (...roles: Role[]): CustomDecorator => SetMetadata(ROLES_KEY, roles);
