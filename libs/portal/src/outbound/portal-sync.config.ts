import type { PortalSyncEnv } from '@motcua/common';

export const PORTAL_SYNC_CONFIG = Symbol('PORTAL_SYNC_CONFIG');

/** The outbound sync (EnvData.portal.sync): off while PORTAL_SYNC_URL is unset; its secret is required with it. */
export type PortalSyncConfig = PortalSyncEnv;
