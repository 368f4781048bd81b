import { createSmsSim } from './sms-sim.service';

/** SMS_SIM_PORT (default 4700), SMS_GATEWAY_TOKEN (the token motcua sends), SMS_SIM_HOST (127.0.0.1). */
async function main(): Promise<void> {
  const token = process.env.SMS_GATEWAY_TOKEN;
  if (!token) throw new Error('SMS_GATEWAY_TOKEN is required');
  const sim = await createSmsSim({
    port: Number(process.env.SMS_SIM_PORT ?? 4700),
    host: process.env.SMS_SIM_HOST ?? '127.0.0.1',
    token,
  });
  console.log(`SMS gateway simulator on ${sim.url}; point SMS_GATEWAY_URL at ${sim.url}/sms`);
  const stop = () => void sim.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`SMS gateway simulator failed to start: ${error.message}`);
  process.exit(1);
});
