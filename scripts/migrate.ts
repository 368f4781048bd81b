import { loadEnvironment, prepareDatabase } from '@motcua/common';

async function main(): Promise<void> {
  const env = loadEnvironment();
  const ran = await prepareDatabase(env.DATABASE_URL, true);
  console.log(ran.length ? `applied: ${ran.join(', ')}` : 'database is up to date');
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
