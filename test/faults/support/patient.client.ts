import { ApiClientService, ApiError } from '../../../apps/demo/src/api-client.service';
import type { Balancer } from './balancer';
import { sleep } from './wait';

/**
 * The demo's api client over the run's apis (through `balancer`), made patient: a 503 SERVICE_UNAVAILABLE (its
 * database away) is retried until `patienceMs` has passed, and so is a refused or cut connection, on the next
 * api. A cut POST may have been done before its api died: the driver's receptions carry an Idempotency-Key and
 * its actions the version they were planned on, so the retry makes nothing twice. A call that timed out is not
 * retried. Every 5xx seen is counted by status and code, so a run can show the api never answered 500.
 */
export class PatientClient extends ApiClientService {
  readonly failures = new Map<string, number>();

  constructor(
    readonly balancer: Balancer,
    private readonly patienceMs = 180_000,
  ) {
    super('http://api', 90_000, balancer.send);
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
        // A 503 for a missing setting (SIGNING_NOT_CONFIGURED) does not pass by waiting.
        const transient = refused || (error.status === 503 && error.code === 'SERVICE_UNAVAILABLE');
        if (!transient || Date.now() > giveUpAt) throw error;
        await sleep(500);
      }
    }
  }
}
