import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { Clock, lags, lagText, ReadReplicaService, type ReadSource } from '@motcua/common';
import { AccessLogWriterService, type DossierEntity, type DossierStatus } from '@motcua/dossier';
import { type AuthUser, canReadUnitBook, type PersonalDataAccess, verifyingUnits } from '@motcua/identity';
import {
  BOOK_NUMBER,
  type FormDocument,
  formatVietnamDate as day,
  formatVietnamDateTime as dt,
} from './form.types';
import { FormErrorCode, FormException } from './form.exception';
import { collectorText } from './hand-back-text.rules';
import type { TrackingBookQueryDto } from './tracking-book.dto';
import { type BookEntry, TrackingBookRepository } from './tracking-book.repository';

const MAX_DAYS = 366;
const DAY = 86_400_000;

const NOTE: Partial<Record<DossierStatus, string>> = {
  submitted: 'Chờ tiếp nhận',
  awaiting_documents: 'Chờ bổ sung trước khi tiếp nhận',
  awaiting_supplement: 'Đang chờ bổ sung',
  refused: 'Từ chối',
  withdrawn: 'Rút hồ sơ',
  stopped: 'Dừng giải quyết',
};

/** Form 07: the dossier tracking book of a unit for a period (Sổ theo dõi hồ sơ). */
@Injectable()
export class TrackingBookService {
  constructor(
    private readonly repository: TrackingBookRepository,
    private readonly revisions: ProcedureRevisionsService,
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly clock: Clock,
    private readonly accessLog: AccessLogWriterService,
    private readonly reader: ReadReplicaService,
  ) {}

  async build(user: AuthUser, q: TrackingBookQueryDto): Promise<FormDocument> {
    const unit = this.catalog.org.units.find((u) => u.id === q.unit);
    if (!unit)
      throw new FormException(FormErrorCode.UnknownUnit, `no unit '${q.unit}' in the organization file`);
    if (!canReadUnitBook(user, this.catalog.org, unit.id)) {
      throw new FormException(
        FormErrorCode.Forbidden,
        `Sổ theo dõi hồ sơ của ${unit.name} chỉ do đơn vị đó, giám sát của trung tâm và quản trị xem`,
      );
    }
    const from = new Date(q.from);
    const to = new Date(q.to);
    if (!(from < to) || to.getTime() - from.getTime() > MAX_DAYS * DAY) {
      throw new FormException(
        FormErrorCode.BadPeriod,
        `\`from\` must be before \`to\`, at most ${MAX_DAYS} days apart`,
      );
    }
    const now = this.clock.now();
    const { entries, source } = await this.reader.read(async ({ dataSource, source }) => ({
      entries: await this.repository.entries(dataSource, unit.id, from, to),
      source,
    }));
    const names = new Map(this.catalog.org.units.map((u) => [u.id, u.name]));
    const rows = await Promise.all(entries.map((entry, i) => this.row(entry, i + 1, names, unit.id)));
    await this.accessLog.record(
      user,
      entries.map(({ dossier: d }, i) => ({
        dossierId: d.id,
        dossierCode: d.code,
        kind: 'book' as const,
        detail: `07:${unit.id}`,
        fields: rows[i]!.fields,
      })),
    );
    return {
      number: BOOK_NUMBER,
      title: 'Sổ theo dõi hồ sơ',
      issuer: unit.name,
      landscape: true,
      fields: [
        ['Đơn vị', unit.name],
        ['Kỳ theo dõi', `từ ${day(from)} đến ${day(new Date(to.getTime() - 1))}`],
        ['Số hồ sơ', String(entries.length)],
        ...lagField(source, now),
      ],
      paragraphs: [],
      table: {
        headers: [
          'STT',
          'Mã hồ sơ',
          'Tên thủ tục hành chính',
          'Tên cá nhân, tổ chức',
          'Địa chỉ, số điện thoại',
          'Cơ quan chủ trì giải quyết',
          'Ngày nhận hồ sơ',
          'Hẹn trả kết quả',
          'Chuyển hồ sơ đến cơ quan giải quyết',
          'Có kết quả',
          'Trả kết quả',
          'Ghi chú',
        ],
        widths: [4, 17, 12, 10, 10, 9, 8, 8, 8, 8, 8, 7],
        rows: rows.map((r) => r.cells),
      },
      place: this.catalog.org.center.name,
      issuedAt: `ngày in ${dt(now)}`,
    };
  }

  /** A unit that only verifies for the procedure keeps the name and address in its book, not the phone. */
  private async row(
    entry: BookEntry,
    n: number,
    names: Map<string, string>,
    bookUnit: string,
  ): Promise<{ cells: string[]; fields: PersonalDataAccess }> {
    const d = entry.dossier;
    const { definition } = await this.revisions.get(d.procedureVersionId);
    const verifies = verifyingUnits(definition, this.catalog.org).includes(bookUnit);
    const lead =
      definition.steps.find((s) => s.owner.unit && s.owner.unit !== d.receivingUnit)?.owner.unit ??
      d.receivingUnit;
    const cells = [
      String(n),
      d.code,
      definition.name,
      d.applicant.fullName,
      (verifies ? [d.applicant.address] : [d.applicant.address, d.applicant.phone])
        .filter(Boolean)
        .join('; '),
      names.get(lead) ?? lead,
      dt(d.receivedAt),
      dt(d.dueAt),
      dt(entry.handedOverAt),
      dt(d.resultReadyAt),
      d.status === 'done' ? handedBack(d, verifies) : '—',
      this.note(d),
    ];
    return { cells, fields: verifies ? 'verification' : 'full' };
  }

  private note(d: DossierEntity): string {
    const notes = [NOTE[d.status]];
    if (d.extendedAt) notes.push('Đã gia hạn');
    return notes.filter(Boolean).join('; ');
  }
}

/** The date the result was handed back and, for a unit that sees the whole applicant, who collected it. */
const handedBack = (d: DossierEntity, verifies: boolean): string =>
  [dt(d.finishedAt), verifies ? null : collectorText(d.resultCollector)].filter(Boolean).join('; ');

/** Read on a replica that lags: the instant the book's data stands at, and the lag, under the period. */
const lagField = (source: ReadSource, now: Date): Array<[string, string]> =>
  lags(source)
    ? [
        [
          'Số liệu tính đến',
          `${dt(new Date(now.getTime() - source.lagMs))} (bản sao dữ liệu chậm ${lagText(source.lagMs)})`,
        ],
      ]
    : [];
