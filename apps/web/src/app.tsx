import { useEffect, useRef, useState } from 'preact/hooks';
import { call, client, setUnauthorizedHandler } from './api/api.client';
import { pendingDraft, restoreDraft, takeDraft } from './api/draft.store';
import { useSessionRefresh } from './api/session-refresh.hook';
import { clearSession, hasRole, loadSession, saveSession, type Session } from './api/session.store';
import { forgetUnits } from './api/units.store';
import { ErrorBoundary } from './components/error-boundary.component';
import { homeOf, Layout, NAV } from './components/layout.component';
import { DossierPage } from './pages/dossier.page';
import { ImprovementPage } from './pages/improvement.page';
import { AccountsPage } from './pages/accounts.page';
import { ChangePasswordPage } from './pages/change-password.page';
import { InboxPage } from './pages/inbox.page';
import { LoginPage } from './pages/login.page';
import { NotificationsPage } from './pages/notifications.page';
import { ProcedurePage } from './pages/procedure.page';
import { ProceduresPage } from './pages/procedures.page';
import { QueuePage } from './pages/queue.page';
import { ReceivePage } from './pages/receive.page';
import { ReportPage } from './pages/report.page';
import { ReviewPackPage } from './pages/review-pack.page';
import { SearchPage } from './pages/search.page';
import { SimulationPage } from './pages/simulation.page';
import { SupervisorPage } from './pages/supervisor.page';
import { navigate, useLocation } from './router';

const EXPIRED =
  'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại: nội dung bạn đang nhập được giữ lại và sẽ hiện lại sau khi đăng nhập.';

interface RouteProps {
  path: string;
  session: Session;
  onNotified: () => void;
  onSession: (s: Session) => void;
}

function Route({ path, session, onNotified, onSession }: RouteProps) {
  const { user } = session;
  if (path === '/thong-bao') return <NotificationsPage onChange={onNotified} />;
  if (path === '/doi-mat-khau') return <ChangePasswordPage forced={false} onChanged={onSession} />;
  const dossier = /^\/ho-so\/([^/]+)$/.exec(path);
  if (dossier) return <DossierPage code={decodeURIComponent(dossier[1])} user={user} />;
  const procedure = /^\/thu-tuc\/([^/]+)$/.exec(path);
  if (procedure) return <ProcedurePage code={decodeURIComponent(procedure[1])} />;
  const item = NAV.find((n) => n.href === path);
  if (!item || !hasRole(user, ...item.roles))
    return (
      <section>
        <h1>Không tìm thấy trang</h1>
        <p>Trang này không tồn tại hoặc tài khoản của bạn không được phép xem.</p>
      </section>
    );
  switch (path) {
    case '/hang-cho':
      return <QueuePage />;
    case '/tiep-nhan':
      return <ReceivePage />;
    case '/hop-viec':
      return <InboxPage user={user} />;
    case '/giam-sat':
      return <SupervisorPage />;
    case '/bao-cao':
      return <ReportPage />;
    case '/cai-tien':
      return <ImprovementPage user={user} />;
    case '/mo-phong':
      return <SimulationPage />;
    case '/ho-so-iso':
      return <ReviewPackPage user={user} />;
    case '/ho-so':
      return <SearchPage />;
    case '/quan-tri/tai-khoan':
      return <AccountsPage user={user} />;
    default:
      return <ProceduresPage />;
  }
}

export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [expired, setExpired] = useState(false);
  const { path } = useLocation();
  const [unread, setUnread] = useState(0);
  const countUnread = () => {
    call(client.GET('/api/v1/notifications', { params: { query: { unread: true, limit: 100 } } })).then(
      (page) => setUnread(page.items.length),
      () => undefined,
    );
  };

  useEffect(
    () =>
      setUnauthorizedHandler(() => {
        setSession(null);
        setExpired(true);
      }),
    [],
  );
  useSessionRefresh(session, (s) => {
    saveSession(s);
    setSession(s);
  });
  // Recounted on every navigation and once a minute: escalations arrive while the console is open.
  useEffect(() => {
    if (!session) return;
    countUnread();
    const timer = window.setInterval(countUnread, 60_000);
    return () => window.clearInterval(timer);
  }, [session, path]);
  useEffect(() => {
    if (session && (path === '/' || path === '/dang-nhap')) navigate(homeOf(session.user), true);
  }, [session, path]);
  // After an in-console navigation, focus the new page's content, as a page load would put the reader at its top.
  const firstPath = useRef(path);
  useEffect(() => {
    if (session && path !== firstPath.current)
      document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);

  if (!session) {
    // A draft still waiting (the page was reloaded after the session ended) is announced as the moment it ended.
    const waiting = pendingDraft();
    return (
      <LoginPage
        notice={expired || waiting ? EXPIRED : undefined}
        knownUser={waiting?.username}
        onLogin={(s) => {
          saveSession(s);
          forgetUnits();
          setExpired(false);
          setSession(s);
          // Back to the page the session ended on, with what was being typed, for the same user only.
          const draft = takeDraft();
          if (draft?.username === s.user.username && !s.mustChangePassword) {
            if (draft.path !== `${location.pathname}${location.search}`) navigate(draft.path, true);
            void restoreDraft(draft);
          }
        }}
      />
    );
  }
  const logout = () => {
    // Revokes every token of the user on the server; the console signs out whatever it answers.
    void call(client.POST('/api/v1/auth/logout')).catch(() => undefined);
    clearSession();
    // Signing out on purpose drops what an ended session had kept: nothing waits for the next one to sign in.
    takeDraft();
    setSession(null);
    navigate('/dang-nhap', true);
  };
  const replaceSession = (s: Session) => {
    saveSession(s);
    setSession(s);
  };
  if (session.mustChangePassword)
    return (
      <main id="main" class="login" tabIndex={-1}>
        <ChangePasswordPage forced onChanged={replaceSession} />
        <button type="button" class="btn btn-quiet" onClick={logout}>
          Đăng xuất
        </button>
      </main>
    );
  return (
    <Layout user={session.user} unread={unread} onLogout={logout}>
      <ErrorBoundary resetKey={path}>
        <Route path={path} session={session} onNotified={countUnread} onSession={replaceSession} />
      </ErrorBoundary>
    </Layout>
  );
}
