import { type CustomDecorator, SetMetadata, type Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';

export const IS_PUBLIC = 'identity:public';

/** The route (or every route of the controller) answers without a token. */
export const Public = (): CustomDecorator => SetMetadata(IS_PUBLIC, true);

/** Marks every controller of `module` public: for modules of lower libraries, which cannot import this one. */
export function markControllersPublic(module: Type): void {
  const controllers = (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) ?? []) as Type[];
  controllers.forEach((controller) => Public()(controller));
}

export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'identity:allowed-before-password-change';

/**
 * The route answers a user who must change their password first (a password set by an administrator): the
 * password change itself, who am I, refresh and logout. Every other route answers 403 PASSWORD_CHANGE_REQUIRED.
 */
export const AllowedBeforePasswordChange = (): CustomDecorator =>
  SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);
