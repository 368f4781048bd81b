import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@motcua/common';
import type { Response as AgentResponse } from 'superagent';
import request from 'supertest';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';
import { pdfToText } from './support/pdf-text';

const HOUR = 3_600_000;
// Monday 23 November 2026, 08:00 in Hà Nội; Tuesday 24 November is a holiday.
const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
const NAME = 'Nguyễn Thị Hồng Nhung 1';

/** supertest parser keeping the body as bytes (PDF) whatever its type. */
const binary = (res: AgentResponse, done: (err: Error | null, body: Buffer) => void): void => {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('statutory forms of a dossier (HTML and PDF)', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let client: DossierClient;

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ api, client } = e2e);
  });

  afterAll(async () => {
    await e2e?.close();
  });

  beforeEach(() => clock.set(MONDAY_8AM));

  const form = async (username: string, code: string, name: string) =>
    request(api.getHttpServer())
      .get(`/api/v1/dossiers/${code}/forms/${name}`)
      .set('Authorization', `Bearer ${await client.token(username)}`)
      .buffer(true)
      .parse(binary);

  const pdfText = async (username: string, code: string, number: string): Promise<string> => {
    const res = await form(username, code, `${number}.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    return (await pdfToText(body)).replace(/\s+/g, ' '); // table cells wrap dates onto two lines
  };

  const received = async (procedure = '2.000908', extra: Record<string, unknown> = {}) => {
    const { body } = await client.receive('letan.xa', procedure, extra);
    const code = body.code as string;
    await client.started('letan.xa', code);
    return code;
  };

  it('01: receipt with code, Vietnamese name, documents, dates and the public lookup link', async () => {
    const code = await received();
    const text = await pdfText('letan.xa', code, '01');
    expect(text).toContain(code);
    expect(text).toContain(NAME);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('23/11/2026 08:00'); // received
    expect(text).toContain('25/11/2026 08:00'); // appointment: Tuesday is a holiday
    const [{ key }] = await query<{ key: string }>('SELECT lookup_key AS key FROM dossier WHERE code = $1', [
      code,
    ]);
    // The citizen's page, both filled: a scan opens the dossier without typing.
    expect(text).toContain(`http://127.0.0.1:3000/tra-cuu?code=${code}&key=${key}`);
    // What Circular 03/2025 appendix I asks of a receipt besides the above.
    expect(text).toContain('Người tiếp nhận hồ sơ: Lò Thị Mai (Công chức Văn phòng - Thống kê)');
    expect(text).toContain('Thời hạn giải quyết theo quy định: 1 ngày làm việc');
    expect(text).toContain('Phí, lệ phí: Không thu phí, lệ phí');
    expect(text).toContain(
      'Nơi nhận kết quả: Tại Bộ phận Một cửa - Trung tâm Phục vụ hành chính công xã Gia Phú',
    );
    expect(text).toMatch(
      /Vào Sổ theo dõi hồ sơ: quyển năm 2026 của Trung tâm Phục vụ hành chính công xã Gia Phú, số thứ tự \d+/,
    );
    expect(text).toContain('NGƯỜI NỘP HỒ SƠ');
    expect(text).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(text.match(/\(Ký và ghi rõ họ tên\)/g)).toHaveLength(2);
    expect(text.lastIndexOf('Lò Thị Mai')).toBeGreaterThan(text.indexOf('NGƯỜI TIẾP NHẬN HỒ SƠ'));
    expect(text.lastIndexOf(NAME)).toBeGreaterThan(text.indexOf('NGƯỜI NỘP HỒ SƠ'));

    const html = await form('letan.xa', code, '01.html');
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    const page = (html.body as Buffer).toString('utf8');
    expect(page).toContain(NAME);
    expect(page).toContain('<svg');
    expect(page).toContain('@page { size: A4');
  });

  it('02: supplement request from the pause: reason and missing items', async () => {
    const code = await received();
    await client.act('letan.xa', code, 'forward');
    clock.advance(HOUR);
    const paused = await client.act('tuphap.xa1', code, 'request_supplement', {
      reason: 'Thiếu giấy tờ chứng minh quan hệ',
      missingItems: ['Giấy khai sinh của người yêu cầu'],
    });
    expect(paused.status).toBe(200);
    const text = await pdfText('tuphap.xa1', code, '02');
    expect(text).toContain(code);
    expect(text).toContain(NAME);
    expect(text).toContain('Thiếu giấy tờ chứng minh quan hệ');
    expect(text).toContain('Giấy khai sinh của người yêu cầu');
    expect(text).toContain('23/11/2026 09:00');
  });

  it('03: refusal at reception with its reason, from the receiving center; 409 for forms that do not apply', async () => {
    expect((await form('letan.xa', await received(), '03.pdf')).status).toBe(409);
    clock.advance(HOUR / 2);
    const refused = await client.receive('letan.xa', '2.000908', {
      decision: 'refuse',
      reason: 'Không thuộc thẩm quyền giải quyết',
    });
    expect(refused.body.status).toBe('refused');
    const code = refused.body.code as string;
    const text = await pdfText('letan.xa', code, '03');
    expect(text).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ GIA PHÚ');
    expect(text).toContain(code);
    expect(text).toContain(NAME);
    expect(text).toContain('Không thuộc thẩm quyền giải quyết');
    expect(text).toContain('23/11/2026 08:30');

    for (const name of ['02.pdf', '04.html', '05.pdf']) {
      const res = await form('letan.xa', code, name);
      expect(res.status).toBe(409);
      expect(JSON.parse((res.body as Buffer).toString()).code).toBe('FORM_NOT_APPLICABLE');
    }
    expect((await form('letan.xa', code, '09.pdf')).status).toBe(404);
  });

  it("03 after acceptance: the agency's written refusal to resolve, not a refusal at reception", async () => {
    const code = await received();
    await client.act('letan.xa', code, 'forward');
    clock.advance(HOUR);
    const desk = await client.act('letan.xa', code, 'refuse', { reason: 'Không đủ điều kiện' });
    expect(desk.status).toBe(403);
    const refused = await client.act('chanhvp.xa', code, 'refuse', {
      reason: 'Sổ hộ tịch gốc không còn lưu trữ tại xã',
    });
    expect(refused.body).toMatchObject({ status: 'refused', portalStatus: 10 });
    const text = await pdfText('chanhvp.xa', code, '03');
    expect(text).toContain('THÔNG BÁO TỪ CHỐI GIẢI QUYẾT HỒ SƠ');
    expect(text).not.toContain('TỪ CHỐI TIẾP NHẬN');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ GIA PHÚ');
    expect(text).toContain('Thời gian từ chối giải quyết: 23/11/2026 09:00');
    expect(text).toContain('Sổ hộ tịch gốc không còn lưu trữ tại xã');
    expect(text).toContain('Trung tâm Phục vụ hành chính công xã Gia Phú, ngày in');
    expect(text).not.toContain('Trung tâm Phục vụ hành chính công tỉnh');
  });

  it("04: apology with the reason, the old and the new appointment, in the agency's name", async () => {
    const code = await received('1.009994');
    const before = (await client.get('letan.xa', `/dossiers/${code}`)).body.appointmentAt as string;
    await client.act('letan.xa', code, 'forward');
    const extended = await client.act('truongphong.kt', code, 'extend', {
      reason: 'Cần xác minh thực địa',
      newAppointment: '2026-12-21T17:00:00+07:00',
    });
    expect(extended.status).toBe(200);
    const text = await pdfText('letan.xa', code, '04');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ GIA PHÚ');
    expect(text).toContain('Ủy ban nhân dân xã Gia Phú xin lỗi ông/bà');
    expect(text).toContain('Trung tâm Phục vụ hành chính công xã Gia Phú, ngày in');
    expect(text).toContain(code);
    expect(text).toContain(NAME);
    expect(text).toContain('Cần xác minh thực địa');
    expect(text).toContain('21/12/2026 17:00');
    const [, d, t] = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(before)!;
    const [y, m, day] = d!.split('-');
    expect(text).toContain(`${day}/${m}/${y} ${t}`);
  });

  it('05: stop notice with the reason and the instant it was stopped', async () => {
    const code = await received();
    await client.act('letan.xa', code, 'forward');
    expect((await form('tuphap.xa1', code, '05.pdf')).status).toBe(409);
    clock.advance(2 * HOUR); // 10:00
    const officer = await client.act('tuphap.xa1', code, 'stop', { reason: 'Không có thẩm quyền dừng' });
    expect(officer.status).toBe(403);
    const stopped = await client.act('chanhvp.xa', code, 'stop', {
      reason: 'Người yêu cầu đã được cấp bản sao tại cơ quan khác',
    });
    expect(stopped.body.status).toBe('stopped');
    const text = await pdfText('tuphap.xa1', code, '05');
    expect(text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ GIA PHÚ');
    expect(text).toContain(code);
    expect(text).toContain(NAME);
    expect(text).toContain('Người yêu cầu đã được cấp bản sao tại cơ quan khác');
    expect(text).toContain('Thời gian dừng giải quyết: 23/11/2026 10:00');
    expect(text).toContain('Thời gian tiếp nhận: 23/11/2026 08:00');
    expect((await form('tuphap.xa1', code, '03.pdf')).status).toBe(409);
  });

  it('06: control sheet with one row per hand-over and its result', async () => {
    const code = await received();
    clock.advance(HOUR); // 09:00
    await client.act('letan.xa', code, 'forward');
    clock.advance(5 * HOUR); // 14:00, late for the appraisal
    await client.act('tuphap.xa1', code, 'submit', { comment: 'Đủ điều kiện' });
    const text = await pdfText('giamdoc.ttxa', code, '06');
    expect(text).toContain(code);
    expect(text).toContain(NAME);
    expect(text).toContain('23/11/2026 09:00');
    expect(text).toContain('23/11/2026 14:00');
    expect(text).toContain('Đúng hạn');
    expect(text).toContain('Quá hạn');
    const html = (await form('giamdoc.ttxa', code, '06.html')).body.toString('utf8') as string;
    expect((html.match(/<tr>/g) ?? []).length).toBe(3); // header and two hand-overs
  });

  it('escapes user-entered text in HTML; 404 for a dossier the user cannot read', async () => {
    const { body } = await client.post('letan.xa', '/dossiers', {
      procedureCode: '2.000908',
      channel: 'in_person',
      applicant: {
        fullName: 'Trần Văn <script>alert(1)</script> "Bình"',
        idNumber: '001085000777',
        phone: '0912345777',
        address: 'Xã Gia Phú & <b>Lào Cai</b>',
      },
      documents: await client.documentsOf('2.000908'),
    });
    const code = body.code as string;
    await client.started('letan.xa', code);
    const page = (await form('letan.xa', code, '01.html')).body.toString('utf8') as string;
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<b>Lào Cai');
    expect(page).toContain('Trần Văn &lt;script&gt;alert(1)&lt;/script&gt; &quot;Bình&quot;');
    expect(page).toContain('Xã Gia Phú &amp; &lt;b&gt;Lào Cai&lt;/b&gt;');

    const hidden = await form('dangky.vpdk1', code, '01.pdf');
    expect(hidden.status).toBe(404);
    expect((await form('dangky.vpdk1', code, '01.html')).status).toBe(404);
    expect((await form('letan.xa', 'KHONG-CO', '01.pdf')).status).toBe(404);
  });

  describe('07: tracking book of a unit for a period', () => {
    // Monday 7 and Tuesday 8 December 2026: no other test of this file receives on those days.
    const DEC_7 = new Date('2026-12-07T08:00:00+07:00');
    const period = '&from=2026-12-07T00:00:00%2B07:00&to=2026-12-08T00:00:00%2B07:00';
    const book = async (username: string, query: string, name = '07.pdf') =>
      request(api.getHttpServer())
        .get(`/api/v1/forms/${name}?${query}`)
        .set('Authorization', `Bearer ${await client.token(username)}`)
        .buffer(true)
        .parse(binary);
    const bookText = async (username: string, unit: string): Promise<string> => {
      const res = await book(username, `unit=${unit}${period}`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('application/pdf');
      return (await pdfToText(res.body as Buffer)).replace(/\s+/g, ' ');
    };
    let done: string;
    let stopped: string;
    let later: string;

    beforeAll(async () => {
      clock.set(DEC_7);
      done = await received();
      clock.advance(HOUR / 2); // 08:30
      stopped = await received('2.000908', {
        applicant: {
          fullName: 'Lê Thị Ánh Tuyết',
          idNumber: '001185000999',
          phone: '0987654999',
          address: 'Thôn Phú Hợp, xã Gia Phú',
        },
      });
      clock.set(new Date('2026-12-07T09:00:00+07:00'));
      await client.act('letan.xa', done, 'forward');
      await client.act('letan.xa', stopped, 'forward');
      clock.set(new Date('2026-12-07T10:00:00+07:00'));
      await client.act('chanhvp.xa', stopped, 'stop', { reason: 'Dừng theo đề nghị của người yêu cầu' });
      clock.set(new Date('2026-12-08T08:00:00+07:00'));
      later = await received();
    });

    it('lists the dossiers received by the desk in the period, one row each, with their dates', async () => {
      const text = await bookText('letan.xa', 'mot-cua-xa');
      expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
      expect(text).toContain('Mẫu số 07');
      expect(text).toContain('Kỳ theo dõi: từ 07/12/2026 đến 07/12/2026');
      expect(text).toContain('Số hồ sơ: 2');
      expect(text).toContain(done);
      expect(text).toContain(stopped);
      expect(text).not.toContain(later);
      expect(text).toContain('Lê Thị Ánh Tuyết');
      expect(text).toContain(NAME);
      expect(text).toContain('07/12/2026 08:00'); // received
      expect(text).toContain('07/12/2026 09:00'); // handed to the justice officer
      expect(text).toContain('Dừng giải quyết');
      expect(text.indexOf(done)).toBeLessThan(text.indexOf(stopped)); // in order of reception
    });

    it("numbers the receipt's book entry as form 07 of the year lists it, with the fee and a result by post", async () => {
      clock.set(new Date('2026-12-08T09:00:00+07:00'));
      const { body } = await client.receive('letan.xa', '2.000815', { resultDelivery: 'post' }, 2);
      const code = body.code as string;
      await client.started('letan.xa', code);
      const text = await pdfText('letan.xa', code, '01');
      expect(text).toMatch(/Phí, lệ phí: [^:]+: 2\.000 đồng/);
      expect(text).toContain('Nơi nhận kết quả: Qua dịch vụ bưu chính công ích, gửi đến địa chỉ:');
      const entry = Number(
        /Vào Sổ theo dõi hồ sơ: quyển năm 2026 của [^,]+, số thứ tự (\d+)/.exec(text)?.[1],
      );
      const year = await book(
        'letan.xa',
        'unit=mot-cua-xa&from=2026-01-01T00:00:00%2B07:00&to=2027-01-01T00:00:00%2B07:00',
        '07.html',
      );
      const rows = [
        ...(year.body as Buffer).toString('utf8').matchAll(/<tr><td>(\d+)<\/td><td>([^<]+)<\/td>/g),
      ];
      expect(rows.find((r) => r[2] === code)?.[1]).toBe(String(entry));
      expect(rows.find((r) => r[2] === later)?.[1]).toBe(String(entry - 1));
      const refused = await client.receive('letan.xa', '2.000908', { resultDelivery: 'pigeon' });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    });

    it('is kept by the unit itself: a unit on the route sees its dossiers; other units are refused', async () => {
      const text = await bookText('tuphap.xa1', 'tu-phap-xa');
      expect(text).toContain(done);
      expect(text).toContain(stopped);
      expect(text).toContain('Số hồ sơ: 2');
      const supervisor = await bookText('giamdoc.ttxa', 'mot-cua-xa');
      expect(supervisor).toContain(done);

      const refused = await book('letan.xa', `unit=tu-phap-xa${period}`);
      expect(refused.status).toBe(403);
      expect(JSON.parse((refused.body as Buffer).toString()).code).toBe('FORM_FORBIDDEN');
      const elsewhere = await bookText('giamdoc.pvhcc', 'vpdkdd');
      expect(elsewhere).toContain('Số hồ sơ: 0');
      const otherCenter = await book('giamdoc.ttxa', `unit=vpdkdd${period}`);
      expect(otherCenter.status).toBe(403);
    });

    it('prints as landscape HTML with every value escaped, and rejects bad requests with a code', async () => {
      const html = await book('letan.xa', `unit=mot-cua-xa${period}`, '07.html');
      expect(html.status).toBe(200);
      const page = (html.body as Buffer).toString('utf8');
      expect(page).toContain('size: A4 landscape');
      expect(page).toContain('Lê Thị Ánh Tuyết');
      expect((page.match(/<tr>/g) ?? []).length).toBe(3);

      const cases: Array<[string, string, number, string]> = [
        ['07.pdf', `unit=khong-co${period}`, 422, 'UNKNOWN_UNIT'],
        ['07.pdf', period.slice(1), 400, 'VALIDATION_FAILED'],
        ['07.pdf', 'unit=mot-cua-xa&from=2026-12-08T00:00:00Z&to=2026-12-07T00:00:00Z', 400, 'BAD_PERIOD'],
        ['07.pdf', 'unit=mot-cua-xa&from=2025-01-01T00:00:00Z&to=2026-12-07T00:00:00Z', 400, 'BAD_PERIOD'],
        ['08.pdf', `unit=mot-cua-xa${period}`, 404, 'FORM_UNKNOWN'],
      ];
      for (const [name, query, status, code] of cases) {
        const res = await book('letan.xa', query, name);
        expect([name, query, res.status]).toEqual([name, query, status]);
        const body = JSON.parse((res.body as Buffer).toString()) as { code: string; message: string };
        expect(body.code).toBe(code);
        expect(body.message.length).toBeGreaterThan(0);
      }
    });
  });
});
