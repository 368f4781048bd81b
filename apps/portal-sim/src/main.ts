import { createPortalSim } from './portal-sim.service';

/**
 * PORTAL_SIM_PORT (default 4600), PORTAL_SYNC_SECRET (the key motcua signs with), and for POST /submit and
 * POST /pay: PORTAL_SIM_INBOUND_URL (e.g. http://127.0.0.1:3000/api/v1/portal/dossiers; payments go to the same
 * url ending in /payments), PORTAL_SIM_API_KEY, PORTAL_SIM_SECRET.
 */
async function main(): Promise<void> {
  const env = process.env;
  if (!env.PORTAL_SYNC_SECRET) throw new Error('PORTAL_SYNC_SECRET is required');
  const inbound =
    env.PORTAL_SIM_INBOUND_URL && env.PORTAL_SIM_API_KEY && env.PORTAL_SIM_SECRET
      ? { url: env.PORTAL_SIM_INBOUND_URL, apiKey: env.PORTAL_SIM_API_KEY, secret: env.PORTAL_SIM_SECRET }
      : undefined;
  const sim = await createPortalSim({
    port: Number(env.PORTAL_SIM_PORT ?? 4600),
    host: env.PORTAL_SIM_HOST ?? '127.0.0.1',
    syncSecret: env.PORTAL_SYNC_SECRET,
    inbound,
  });
  console.log(`portal simulator on ${sim.url}; point PORTAL_SYNC_URL at ${sim.url}/sync`);
  const stop = () => void sim.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`portal simulator failed to start: ${error.message}`);
  process.exit(1);
});
