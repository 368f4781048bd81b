export {
  portalBodyParser,
  PORTAL_DOSSIERS_PATH,
  PORTAL_PAYMENTS_PATH,
  PORTAL_BODY_LIMIT,
} from './portal-body.parser';
export { parsePortalClients, DEV_PORTAL_CLIENTS, PORTAL_CLIENTS, type PortalClient } from './portal-clients';
export { PortalErrorCode, PortalException } from './portal-inbound.exception';
export { signPortalRequest } from './portal-signature';
