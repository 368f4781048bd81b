import type { ComponentChildren } from 'preact';
import type { SessionUser } from '../api/api.types';
import { hasRole } from '../api/session.store';
import { label, ROLE } from '../labels';
import { Link, useLocation } from '../router';

interface NavItem {
  href: string;
  text: string;
  roles: string[];
  /** false: a page reached from another one's tabs, not from the menu (its roles still guard it). */
  menu?: false;
}

const IMPROVEMENT_ROLES = ['iso', 'supervisor', 'leader', 'head', 'admin'];

export const NAV: NavItem[] = [
  { href: '/hang-cho', text: 'Hàng chờ hôm nay', roles: ['reception'] },
  { href: '/tiep-nhan', text: 'Tiếp nhận hồ sơ', roles: ['reception'] },
  { href: '/hop-viec', text: 'Hộp việc', roles: ['reception', 'officer', 'head', 'leader'] },
  { href: '/giam-sat', text: 'Giám sát', roles: ['supervisor', 'admin'] },
  { href: '/bao-cao', text: 'Báo cáo', roles: ['supervisor', 'admin'] },
  { href: '/cai-tien', text: 'Cải tiến ISO', roles: IMPROVEMENT_ROLES },
  { href: '/mo-phong', text: 'Mô phỏng quy trình', roles: IMPROVEMENT_ROLES, menu: false },
  { href: '/ho-so-iso', text: 'Hồ sơ xem xét ISO', roles: IMPROVEMENT_ROLES, menu: false },
  {
    href: '/ho-so',
    text: 'Tra cứu hồ sơ',
    roles: ['reception', 'officer', 'head', 'leader', 'supervisor', 'admin'],
  },
  {
    href: '/thu-tuc',
    text: 'Thủ tục',
    roles: ['reception', 'officer', 'head', 'leader', 'supervisor', 'admin'],
  },
  { href: '/quan-tri/tai-khoan', text: 'Tài khoản', roles: ['admin'] },
];

/** Where a user lands after signing in. */
export const homeOf = (user: SessionUser): string =>
  NAV.find((n) => hasRole(user, ...n.roles))?.href ?? '/thu-tuc';

export function Layout({
  user,
  unread,
  onLogout,
  children,
}: {
  user: SessionUser;
  unread: number;
  onLogout: () => void;
  children: ComponentChildren;
}) {
  const { path } = useLocation();
  const who = `${user.fullName} — ${user.title}, ${user.unitName}`;
  return (
    <>
      <a class="skip-link" href="#main">
        Bỏ qua điều hướng
      </a>
      <header class="topbar">
        <Link class="brand" href={homeOf(user)}>
          Một cửa điện tử
        </Link>
        <nav aria-label="Chức năng">
          <ul>
            {NAV.filter((n) => n.menu !== false && hasRole(user, ...n.roles)).map((n) => (
              <li key={n.href}>
                <Link
                  href={n.href}
                  aria-current={path === n.href || path.startsWith(`${n.href}/`) ? 'page' : undefined}
                >
                  {n.text}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Link
          class="bell"
          href="/thong-bao"
          aria-current={path === '/thong-bao' ? 'page' : undefined}
          title={unread ? `${unread} thông báo chưa đọc` : 'Thông báo'}
        >
          Thông báo{unread > 0 && <span class="count"> {unread}</span>}
        </Link>
        <Link
          class="who"
          href="/doi-mat-khau"
          title={`${who}. Đổi mật khẩu`}
          aria-current={path === '/doi-mat-khau' ? 'page' : undefined}
        >
          <span class="who-name">{user.fullName}</span>
          <span class="who-role">
            {user.roles.map((r) => label(ROLE, r)).join(', ')} · {user.unitName}
          </span>
        </Link>
        <button type="button" class="btn btn-quiet" onClick={onLogout}>
          Đăng xuất
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
