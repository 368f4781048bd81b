import { ApiClientService, ApiError } from '../../../apps/demo/src/api-client.service';
import { sleep } from './wait';

/**
 * The demo's api client, made patient: a 503 (its database away) is retried until `patienceMs` has passed, and
 * so is a refused connection. A call that timed out is not: a POST may have been done (reception is not
 * idempotent; a second one would make a second dossier). Every 5xx seen is counted by status and code, so a run
 * can show the api never answered 500.
 */
export class PatientClient extends ApiClientService {
  readonly failures = new Map<string, number>();

  constructor(
    baseUrl: string,
    private readonly patienceMs = 180_000,
  ) {
    super(baseUrl, 90_000);
  }

  override call<D>(request: () => Promise<{ data?: D }>): Promise<D> {
    return this.patiently(() => super.call(request));
  }

  private async patiently<T>(call: () => Promise<T>): Promise<T> {
    const giveUpAt = Date.now() + this.patienceMs;
    for (;;) {
      try {
        return await call();
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (error.status === 0 || error.status >= 500) {
          const key = `${error.status || 'no answer'} ${error.code}`;
          this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
        }
        const refused = error.status === 0 && !/timeout|aborted/i.test(error.message);
        const transient = refused || error.status === 503;
        if (!transient || Date.now() > giveUpAt) throw error;
        await sleep(500);
      }
    }
  }
}
