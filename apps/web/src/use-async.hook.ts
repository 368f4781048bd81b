import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from './api/api.client';

export interface AsyncState<T> {
  data?: T;
  error?: string;
  /** Whether trying again may help (the network, the server); a refusal or a missing dossier will not change. */
  retryable?: boolean;
  loading: boolean;
  reload: () => void;
}

export const messageOf = (error: unknown): string =>
  error instanceof ApiError ? error.message : 'Đã có lỗi ngoài dự kiến. Hãy tải lại trang.';

/** Runs `load` now and whenever `deps` change; the latest answer wins. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]): AsyncState<T> {
  const [state, setState] = useState<Omit<AsyncState<T>, 'reload'>>({ loading: true });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) =>
        live &&
        setState({
          error: messageOf(error),
          retryable: !(error instanceof ApiError) || error.retryable,
          loading: false,
        }),
    );
    return () => {
      live = false;
    };
  }, [...deps, round]);
  return { ...state, reload };
}
