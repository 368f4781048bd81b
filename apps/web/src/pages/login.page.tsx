import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import { type Session, sessionOf } from '../api/session.store';
import { messageOf } from '../use-async.hook';

/**
 * `notice`: why the user is asked to sign in (a session that ended while they worked); `knownUser`: whose work
 * waits to be put back, filled in.
 */
export function LoginPage({
  onLogin,
  notice,
  knownUser = '',
}: {
  onLogin: (session: Session) => void;
  notice?: string;
  knownUser?: string;
}) {
  const [username, setUsername] = useState(knownUser);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!username.trim() || !password) {
      setError('Nhập tên đăng nhập và mật khẩu.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const res = await call(
        client.POST('/api/v1/auth/login', { body: { username: username.trim(), password } }),
      );
      onLogin(sessionOf(res));
    } catch (err) {
      setError(
        (err as { code?: string }).code === 'INVALID_CREDENTIALS'
          ? 'Sai tên đăng nhập hoặc mật khẩu.'
          : messageOf(err),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="login">
      <form class="card login-card" onSubmit={submit} noValidate>
        <h1>Một cửa điện tử</h1>
        <p class="muted">Hệ thống tiếp nhận và giải quyết thủ tục hành chính</p>
        {notice && (
          <p class="alert alert-warning" role="status">
            {notice}
          </p>
        )}
        <label for="username">Tên đăng nhập</label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          value={username}
          onInput={(e) => setUsername(e.currentTarget.value)}
          autoFocus={!knownUser}
        />
        <label for="password">Mật khẩu</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
          autoFocus={Boolean(knownUser)}
        />
        {error && (
          <p class="alert alert-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Đang đăng nhập…' : 'Đăng nhập'}
        </button>
      </form>
    </main>
  );
}
