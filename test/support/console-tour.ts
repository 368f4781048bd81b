import type { Page } from 'playwright-core';

/** One page of the console as a user reaches it, and what shows that it has finished loading. */
export interface TourStop {
  name: string;
  path: string;
  ready: (page: Page) => Promise<unknown>;
}

const heading = (name: string) => (page: Page) =>
  page.getByRole('heading', { name, exact: true }).first().waitFor();

/**
 * Every page of the console for each sample role; `code` is a dossier every role may read, `atReception` one still
 * at reception's first step, whose page is seen with an action's form open.
 */
export function consoleTour(
  code: string,
  atReception: string,
): Array<{ username: string; role: string; stops: TourStop[] }> {
  const dossier: TourStop = {
    name: 'ho-so-chi-tiet',
    path: `/ho-so/${code}`,
    ready: heading('Quá trình xử lý'),
  };
  const search: TourStop = {
    name: 'tra-cuu-ho-so',
    path: '/ho-so',
    ready: (p) => p.locator(`tr[data-code]`).first().waitFor(),
  };
  const procedures: TourStop = {
    name: 'thu-tuc',
    path: '/thu-tuc',
    ready: (p) => p.getByRole('link', { name: 'Cấp bản sao từ sổ gốc' }).waitFor(),
  };
  const procedure: TourStop = {
    name: 'thu-tuc-chi-tiet',
    path: '/thu-tuc/2.000908',
    ready: (p) => p.locator('.diagram-host svg').waitFor(),
  };
  const notifications: TourStop = { name: 'thong-bao', path: '/thong-bao', ready: heading('Thông báo') };
  const password: TourStop = { name: 'doi-mat-khau', path: '/doi-mat-khau', ready: heading('Đổi mật khẩu') };
  const inbox: TourStop = { name: 'hop-viec', path: '/hop-viec', ready: heading('Hộp việc') };
  const supervisor: TourStop = {
    name: 'giam-sat',
    path: '/giam-sat',
    ready: (p) => p.locator('.chart-box canvas').waitFor(),
  };
  const report: TourStop = {
    name: 'bao-cao',
    path: '/bao-cao',
    ready: async (p) => {
      await p.getByRole('button', { name: 'Xem báo cáo' }).click();
      await p.locator('table.report tfoot').waitFor();
    },
  };
  const improvement: TourStop = {
    name: 'cai-tien',
    path: '/cai-tien',
    ready: async (p) => {
      await p.getByRole('button', { name: 'Xem số liệu' }).click();
      await p.locator('table.report').waitFor();
    },
  };
  return [
    {
      username: 'letan.xa',
      role: 'tiep-nhan',
      stops: [
        { name: 'hang-cho', path: '/hang-cho', ready: heading('Hàng chờ hôm nay') },
        {
          name: 'tiep-nhan',
          path: '/tiep-nhan',
          ready: async (p) => {
            await p.getByLabel('Thủ tục *').selectOption('2.000908');
            await p.getByRole('checkbox').first().waitFor();
          },
        },
        inbox,
        dossier,
        {
          name: 'ho-so-thao-tac',
          path: `/ho-so/${atReception}`,
          ready: async (p) => {
            await p.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
            await p.getByLabel('Lý do *').waitFor();
          },
        },
        search,
        procedures,
        procedure,
        notifications,
        password,
      ],
    },
    {
      username: 'tuphap.xa1',
      role: 'chuyen-vien',
      stops: [inbox, dossier, search, procedures, notifications],
    },
    { username: 'chanhvp.xa', role: 'truong-don-vi', stops: [inbox, dossier] },
    { username: 'chutich.xa', role: 'lanh-dao', stops: [inbox, dossier] },
    {
      username: 'giamdoc.ttxa',
      role: 'giam-sat',
      stops: [supervisor, report, improvement, search, dossier, procedure],
    },
    {
      username: 'quantri',
      role: 'quan-tri',
      stops: [
        { name: 'tai-khoan', path: '/quan-tri/tai-khoan', ready: heading('Tài khoản người dùng') },
        supervisor,
        report,
      ],
    },
  ];
}
