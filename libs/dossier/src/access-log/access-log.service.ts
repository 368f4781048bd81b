import { Injectable } from '@nestjs/common';
import { toVietnamIso } from '@motcua/calendar';
import { DataSource } from 'typeorm';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import type { AccessLogEntryView, AccessLogPage, AccessLogQueryDto } from './access-log.dto';

interface Row {
  id: string;
  at: Date;
  username: string;
  user_unit: string;
  dossier_code: string;
  kind: string;
  detail: string | null;
  fields: string;
}

const encode = (r: Row): string => Buffer.from(`${r.at.toISOString()}|${r.id}`).toString('base64url');

function decode(cursor: string): { at: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(at);
  if (Number.isNaN(date.getTime()) || !/^\d{1,19}$/.test(id ?? ''))
    throw new DossierException(DossierErrorCode.InvalidCursor, 'cursor: not a cursor this API gave out');
  return { at: date, id };
}

/** The access log read back, newest first, by dossier and/or by user (at least one of them). */
@Injectable()
export class AccessLogService {
  constructor(private readonly dataSource: DataSource) {}

  async query(q: AccessLogQueryDto): Promise<AccessLogPage> {
    if (!q.dossier && !q.user)
      throw new DossierException(
        DossierErrorCode.AccessLogFilterRequired,
        'Cần chọn hồ sơ (dossier) hoặc người dùng (user) để xem nhật ký truy cập',
      );
    const limit = q.limit ?? 50;
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (q.dossier) add((p) => `dossier_code = ${p}`, q.dossier);
    if (q.user) add((p) => `username = ${p}`, q.user.toLowerCase());
    if (q.from) add((p) => `at >= ${p}`, new Date(q.from));
    if (q.to) add((p) => `at < ${p}`, new Date(q.to));
    if (q.cursor) {
      const { at, id } = decode(q.cursor);
      params.push(at, id);
      where.push(`(at, id) < ($${params.length - 1}, $${params.length})`);
    }
    params.push(limit + 1);
    const rows = (await this.dataSource.query(
      `SELECT id, at, username, user_unit, dossier_code, kind, detail, fields FROM access_log
        WHERE ${where.join(' AND ')} ORDER BY at DESC, id DESC LIMIT $${params.length}`,
      params,
    )) as Row[];
    const page = rows.slice(0, limit);
    return {
      items: page.map((r): AccessLogEntryView => ({
        at: toVietnamIso(r.at),
        username: r.username,
        unit: r.user_unit,
        dossier: r.dossier_code,
        kind: r.kind,
        detail: r.detail,
        fields: r.fields,
      })),
      nextCursor: rows.length > limit ? encode(page[page.length - 1]!) : null,
    };
  }
}
