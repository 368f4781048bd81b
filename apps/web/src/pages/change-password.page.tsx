import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import { type Session, sessionOf } from '../api/session.store';
import { messageOf } from '../use-async.hook';

/**
 * The user changes their own password. `forced`: the password was set by an administrator, and nothing else
 * is open until it is changed. The answer's new token replaces the old one (every earlier one is revoked).
 */
export function ChangePasswordPage({
  forced,
  onChanged,
}: {
  forced: boolean;
  onChanged: (s: Session) => void;
}) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(false);
    if (!current || !next) return setError('Nhập mật khẩu hiện tại và mật khẩu mới.');
    if (next !== again) return setError('Hai lần nhập mật khẩu mới không khớp nhau.');
    setBusy(true);
    setError(undefined);
    try {
      const res = await call(
        client.POST('/api/v1/auth/password', {
          body: {
            currentPassword: current,
            newPassword: next,
          },
        }),
      );
      setCurrent('');
      setNext('');
      setAgain('');
      setDone(true);
      onChanged(sessionOf(res));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const input = (id: string, text: string, value: string, set: (v: string) => void, auto: string) => (
    <div class="field">
      <label for={id}>{text}</label>
      <input
        id={id}
        type="password"
        autoComplete={auto}
        value={value}
        maxLength={257}
        onInput={(e) => set(e.currentTarget.value)}
      />
    </div>
  );

  return (
    <section class="card narrow">
      <h1>Đổi mật khẩu</h1>
      {forced && (
        <p class="alert alert-warning" role="status">
          Mật khẩu của bạn do quản trị viên đặt. Hãy đặt mật khẩu mới của riêng bạn trước khi tiếp tục.
        </p>
      )}
      <form onSubmit={submit} noValidate>
        {input('current-password', 'Mật khẩu hiện tại', current, setCurrent, 'current-password')}
        {input('new-password', 'Mật khẩu mới', next, setNext, 'new-password')}
        {input('new-password-again', 'Nhập lại mật khẩu mới', again, setAgain, 'new-password')}
        <p class="muted" id="password-rules">
          Ít nhất 10 ký tự, không chứa tên đăng nhập, không phải mật khẩu phổ biến. Nên dùng một cụm vài từ,
          ví dụ «ruộng bậc thang mùa lúa chín».
        </p>
        {error && (
          <p class="alert alert-error" role="alert">
            {error}
          </p>
        )}
        {done && !forced && (
          <p class="alert alert-ok" role="status">
            Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã bị đăng xuất.
          </p>
        )}
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Đang lưu…' : 'Đổi mật khẩu'}
        </button>
      </form>
    </section>
  );
}
