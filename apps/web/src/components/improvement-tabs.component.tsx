import { Link, useLocation } from '../router';

/** The three pages of continual improvement; the menu holds one entry for them and each page shows these tabs. */
export const IMPROVEMENT_TABS = [
  { href: '/cai-tien', text: 'Thời gian các bước' },
  { href: '/mo-phong', text: 'Mô phỏng quy trình' },
  { href: '/ho-so-iso', text: 'Hồ sơ xem xét ISO' },
];

export function ImprovementTabs() {
  const { path } = useLocation();
  return (
    <nav class="tabs" aria-label="Cải tiến quy trình">
      {IMPROVEMENT_TABS.map((t) => (
        <Link key={t.href} class="tab" href={t.href} aria-current={path === t.href ? 'page' : undefined}>
          {t.text}
        </Link>
      ))}
    </nav>
  );
}
