import { config as loadDotenv } from 'dotenv';
import { ApiClientService, ApiError, callHeaders } from './api-client.service';
import { demoConfig } from './demo.config';
import { banner, loginUsers, placeOf, readOrg } from './demo-org.rules';
import { planDossiers } from './demo.plan';
import type { DemoUser } from './demo-users.rules';
import { type DossierOutcome, runDossier } from './dossier-runner.service';
import { mapLimit } from './pool.rules';
import { renderSummary, summarize } from './summary.rules';

/*
 * Fills a running api with sample dossiers and walks them through their procedures as the sample users.
 *   node dist/apps/demo/src/main.js           the run
 *   node dist/apps/demo/src/main.js logins    only print where the api is and the logins
 * Exit code: 0 all moved as planned; 1 some could not be moved (listed); 2 the demo could not run.
 */

const say = (line = ''): void => void process.stdout.write(`${line}\n`);

async function logIn(api: ApiClientService, usernames: string[], password: string): Promise<DemoUser[]> {
  const failed: { username: string; why: string }[] = [];
  const users = await mapLimit(usernames, 8, async (username): Promise<DemoUser | undefined> => {
    try {
      const res = await api.call(() =>
        api.client.POST('/api/v1/auth/login', { body: { username, password } }),
      );
      return { ...res.user, token: res.accessToken };
    } catch (error) {
      failed.push({ username, why: error instanceof ApiError ? error.describe() : String(error) });
      return undefined;
    }
  });
  if (failed.length > 0) {
    const who = failed.length === usernames.length ? 'any user' : failed.map((f) => f.username).join(', ');
    say(`  could not log in ${who}: ${failed[0].why}`);
  }
  return users.filter((u): u is DemoUser => u !== undefined);
}

async function run(): Promise<number> {
  if (process.env.NODE_ENV !== 'production') loadDotenv({ path: ['.env', '.env.defaults'], quiet: true });
  const config = demoConfig(process.env);
  const org = readOrg(config.orgFile);
  if (process.argv[2] === 'logins') {
    say(banner(config.apiUrl, org, config.password));
    return 0;
  }
  const api = new ApiClientService(config.apiUrl);
  if (!(await api.healthy())) {
    say(
      `demo: the api does not answer at ${config.apiUrl}/health (start it with npm start, or set DEMO_API_URL)`,
    );
    return 2;
  }

  say(`demo: logging in the ${loginUsers(org).length} users of ${config.orgFile}`);
  const users = await logIn(
    api,
    loginUsers(org).map((u) => u.username),
    config.password,
  );
  if (users.length === 0) {
    say('demo: no user could log in; is DEMO_PASSWORD the password the api seeded?');
    return 2;
  }
  const token = users[0].token;
  const headers = callHeaders({ token });
  const list = await api.call(() => api.client.GET('/api/v1/procedures', { headers }));
  const procedures = await mapLimit(list, 8, (p) =>
    api.call(() =>
      api.client.GET('/api/v1/procedures/{code}', { params: { path: { code: p.code } }, headers }),
    ),
  );

  const plans = planDossiers(config.seed, config.count, procedures, placeOf(org));
  say(
    `demo: ${plans.length} dossiers over ${new Set(plans.map((p) => p.procedureCode)).size} procedures, ` +
      `${config.concurrency} at a time (seed ${JSON.stringify(config.seed)})`,
  );
  const ctx = {
    api,
    users,
    procedures: new Map(procedures.map((p) => [p.code, p])),
    intakeTimeoutMs: config.intakeTimeoutMs,
  };
  let finished = 0;
  const outcomes: DossierOutcome[] = await mapLimit(plans, config.concurrency, async (plan) => {
    const outcome = await runDossier(ctx, plan);
    if (++finished % 10 === 0 || finished === plans.length) say(`  ${finished}/${plans.length}`);
    return outcome;
  });

  const failures = outcomes.filter((o) => o.error);
  say();
  say(renderSummary(summarize(outcomes, new Map(procedures.map((p) => [p.code, p.name])))));
  if (failures.length > 0) {
    say();
    say(`${failures.length} dossier(s) could not be moved as planned:`);
    for (const f of failures) {
      const done = f.actions.length > 0 ? ` after ${f.actions.join(' → ')}` : '';
      say(
        `  #${f.plan.index} ${f.plan.procedureCode} ${f.code ?? '(not received)'} [${f.plan.scenario}]${done}: ${f.error}`,
      );
    }
  }
  say();
  say(banner(config.apiUrl, org, config.password));
  return failures.length > 0 ? 1 : 0;
}

run().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`demo: ${error instanceof ApiError ? error.describe() : error.message}\n`);
    process.exit(2);
  },
);
