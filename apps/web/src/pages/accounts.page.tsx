import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { UserAccount } from '../api/api.types';
import type { SessionUser } from '../api/api.types';
import { LoadState } from '../components/status.component';
import { formatDateTime } from '../format';
import { label, ROLE } from '../labels';
import { messageOf, useAsync } from '../use-async.hook';

const statusOf = (u: UserAccount): string =>
  u.systemAccount
    ? 'Tài khoản hệ thống'
    : u.disabledAt
      ? `Đã khóa (${formatDateTime(u.disabledAt)})`
      : u.active
        ? u.mustChangePassword
          ? 'Hoạt động · phải đổi mật khẩu'
          : 'Hoạt động'
        : 'Không còn trong danh sách tổ chức';

/** Administrators: every account, with a temporary password to set and a switch to lock or unlock it. */
export function AccountsPage({ user }: { user: SessionUser }) {
  const state = useAsync(() => call(client.GET('/api/v1/users')), []);
  const [open, setOpen] = useState<string>();
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();

  const act = async (request: Promise<unknown>, done: string) => {
    setMessage(undefined);
    try {
      await request;
      setMessage({ ok: true, text: done });
      setOpen(undefined);
      setPassword('');
      state.reload();
    } catch (err) {
      setMessage({ ok: false, text: messageOf(err) });
    }
  };
  const setFor = (username: string) => (e: Event) => {
    e.preventDefault();
    void act(
      call(
        client.POST('/api/v1/users/{username}/password', {
          params: { path: { username } },
          body: { password },
        }),
      ),
      `Đã đặt mật khẩu tạm cho ${username}. Người dùng phải đổi mật khẩu ở lần đăng nhập tới.`,
    );
  };

  return (
    <section class="accounts">
      <h1>Tài khoản người dùng</h1>
      <p class="muted">
        Người dùng lấy từ tệp tổ chức (org.yaml). Khóa tài khoản có hiệu lực ngay và giữ nguyên khi khởi động
        lại.
      </p>
      <LoadState state={state} />
      {message && (
        <p class={`alert ${message.ok ? 'alert-ok' : 'alert-error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {state.data && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Tên đăng nhập</th>
                <th scope="col">Họ tên</th>
                <th scope="col">Vai trò</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Đổi mật khẩu lần cuối</th>
                <th scope="col">Thao tác</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((u) => (
                <tr key={u.username} data-username={u.username}>
                  <td>{u.username}</td>
                  <td>{u.fullName}</td>
                  <td>{u.roles.map((r) => label(ROLE, r)).join(', ')}</td>
                  <td>{statusOf(u)}</td>
                  <td>{formatDateTime(u.passwordChangedAt)}</td>
                  <td>
                    {!u.systemAccount && open !== u.username && (
                      <button type="button" class="btn" onClick={() => setOpen(u.username)}>
                        Đặt mật khẩu
                      </button>
                    )}
                    {open === u.username && (
                      <form class="set-password" onSubmit={setFor(u.username)} noValidate>
                        <label for={`temporary-${u.username}`}>Mật khẩu tạm</label>
                        <input
                          id={`temporary-${u.username}`}
                          type="password"
                          autoComplete="new-password"
                          value={password}
                          onInput={(e) => setPassword(e.currentTarget.value)}
                        />
                        <button type="submit" class="btn btn-primary">
                          Lưu
                        </button>
                        <button type="button" class="btn btn-quiet" onClick={() => setOpen(undefined)}>
                          Hủy
                        </button>
                      </form>
                    )}{' '}
                    {u.username !== user.username &&
                      (u.disabledAt ? (
                        <button
                          type="button"
                          class="btn"
                          onClick={() =>
                            void act(
                              call(
                                client.POST('/api/v1/users/{username}/activate', {
                                  params: { path: { username: u.username } },
                                }),
                              ),
                              `Đã mở khóa ${u.username}.`,
                            )
                          }
                        >
                          Mở khóa
                        </button>
                      ) : (
                        u.active && (
                          <button
                            type="button"
                            class="btn"
                            onClick={() =>
                              void act(
                                call(
                                  client.POST('/api/v1/users/{username}/deactivate', {
                                    params: { path: { username: u.username } },
                                  }),
                                ),
                                `Đã khóa ${u.username}; các phiên đăng nhập của người này đã kết thúc.`,
                              )
                            }
                          >
                            Khóa
                          </button>
                        )
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
