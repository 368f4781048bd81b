import type { AsyncState } from '../use-async.hook';

/** Loading and error lines of a region that loads data; announced to screen readers. */
export function LoadState({
  state,
}: {
  state: Pick<AsyncState<unknown>, 'loading' | 'error' | 'retryable' | 'reload'>;
}) {
  if (state.error)
    return (
      <p class="alert alert-error" role="alert">
        {state.error}
        {state.retryable && (
          <>
            {' '}
            <button type="button" class="btn btn-link" onClick={state.reload}>
              Thử lại
            </button>
          </>
        )}
      </p>
    );
  if (state.loading)
    return (
      <p class="muted" role="status">
        Đang tải…
      </p>
    );
  return null;
}
