export {
  portalBodyParser,
  PORTAL_DOSSIERS_PATH,
  PORTAL_PAYMENTS_PATH,
  PORTAL_BODY_LIMIT,
} from './portal-body.config';
export { parsePortalClients, DEV_PORTAL_CLIENTS, PORTAL_CLIENTS, type PortalClient } from './portal-clients.config';
export { PortalErrorCode, PortalException } from './portal.exception';
export { signPortalRequest } from './portal-signature.rules';
