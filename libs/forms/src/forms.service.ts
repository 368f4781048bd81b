import { Inject, Injectable } from '@nestjs/common';
import { type Catalog, CATALOG, ProcedureRevisionsService } from '@motcua/catalog';
import { citizenPageUrl, Clock, EnvData } from '@motcua/common';
import {
  AccessLogWriterService,
  DossierReaderService,
  conditionalLimits,
  feeStatement,
  DossierRepository,
  type DossierEntity,
  type DossierEventEntity,
  type DossierPauseEntity,
  supplementWaitEndsAt,
  refusedAfterAcceptance,
  RESULT_DELIVERIES,
  type ResultDelivery,
} from '@motcua/dossier';
import { type ProcedureDefinition, supplementWaitOf } from '@motcua/engine';
import type { AuthUser } from '@motcua/identity';
import { formIssuers } from './form-issuer.rules';
import { consultationLines, dossierResult, extensionLine, handOverTable } from './control-sheet-layout.rules';
import { type FormDocument, type FormNumber, formatVietnamDateTime as dt } from './form.types';
import { FormErrorCode, FormException } from './form.exception';
import { bookYear, completeReceipt } from './receipt-form.rules';
import { TrackingBookRepository } from './tracking-book.repository';

const CHANNEL: Record<string, string> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
  post: 'Bưu chính công ích',
};

interface Context {
  dossier: DossierEntity;
  definition: ProcedureDefinition;
  events: DossierEventEntity[];
  issuer: string;
  /** The competent agency, in whose name a refusal to resolve, an apology or a stop is issued. */
  agency: string;
  /** The center that received the dossier: the place line of its forms. */
  place: string;
  unitName: (id: string | null) => string;
  now: Date;
}

/** Lays out forms 01–06 of Circular 03/2025 for one dossier, from its row, its history and its pauses. */
@Injectable()
export class FormsService {
  constructor(
    private readonly dossiers: DossierRepository,
    private readonly reader: DossierReaderService,
    private readonly revisions: ProcedureRevisionsService,
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly clock: Clock,
    private readonly accessLog: AccessLogWriterService,
    private readonly book: TrackingBookRepository,
    private readonly env: EnvData,
  ) {}

  /**
   * Form `form` of a dossier the user may read with all its personal data (a unit that only verifies prints
   * none: the forms carry the applicant's contact details); the read is logged with `detail` (e.g. `01.pdf`).
   */
  async build(user: AuthUser, code: string, form: FormNumber, detail: string): Promise<FormDocument> {
    const dossier = await this.reader.readable(user, code);
    const [revision, events] = await Promise.all([
      this.revisions.get(dossier.procedureVersionId),
      this.dossiers.events(dossier.id),
    ]);
    if (this.reader.access(user, dossier, revision.definition) !== 'full') {
      throw new FormException(
        FormErrorCode.Forbidden,
        'Đơn vị chỉ phối hợp xác minh không in biểu mẫu của hồ sơ (biểu mẫu có thông tin liên lạc của người nộp)',
      );
    }
    const doc = await this.layout(dossier, revision.definition, events, form);
    await this.accessLog.record(user, [
      { dossierId: dossier.id, dossierCode: dossier.code, kind: 'form', detail, fields: 'full' },
    ]);
    return doc;
  }

  private layout(
    dossier: DossierEntity,
    definition: ProcedureDefinition,
    events: DossierEventEntity[],
    form: FormNumber,
  ): FormDocument | Promise<FormDocument> {
    const units = new Map(this.catalog.org.units.map((u) => [u.id, u.name]));
    const issuers = formIssuers(this.catalog.org, definition, dossier.receivingUnit);
    const ctx: Context = {
      dossier,
      definition,
      events,
      issuer: issuers.reception,
      agency: issuers.agency,
      place: issuers.place,
      unitName: (id) => (id ? (units.get(id) ?? id) : '—'),
      now: this.clock.now(),
    };
    switch (form) {
      case '01':
        return this.receipt(ctx);
      case '02':
        return this.supplement(ctx);
      case '03':
        return this.refusal(ctx);
      case '04':
        return this.apology(ctx);
      case '05':
        return this.finalNotice(ctx, '05', 'stopped', 'Thông báo dừng giải quyết hồ sơ', ctx.agency);
      case '06':
        return this.controlSheet(ctx);
    }
  }

  private base(ctx: Context, number: FormNumber, title: string, issuer = ctx.issuer): FormDocument {
    const { dossier, definition } = ctx;
    return {
      number,
      title,
      issuer,
      fields: [
        ['Mã hồ sơ', dossier.code],
        ['Thủ tục hành chính', `${definition.name} (${definition.code})`],
        ['Người nộp hồ sơ', dossier.applicant.fullName],
        ['Số định danh cá nhân', dossier.applicant.idNumber],
        ['Địa chỉ', dossier.applicant.address],
        ['Số điện thoại', dossier.applicant.phone],
      ],
      paragraphs: [],
      place: ctx.place,
      issuedAt: `ngày in ${dt(ctx.now)}`,
    };
  }

  private notApplicable(ctx: Context, form: FormNumber, why: string): never {
    throw new FormException(
      FormErrorCode.NotApplicable,
      `form ${form} does not apply to ${ctx.dossier.code}: ${why}`,
      {
        status: ctx.dossier.status,
      },
    );
  }

  private lastEvent(ctx: Context, test: (e: DossierEventEntity) => boolean): DossierEventEntity | undefined {
    return [...ctx.events].reverse().find(test);
  }

  private async receipt(ctx: Context): Promise<FormDocument> {
    const { dossier } = ctx;
    if (!dossier.dueAt)
      this.notApplicable(ctx, '01', 'the dossier has not been accepted, so it has no appointment');
    const form = this.base(ctx, '01', 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
    form.fields.push(
      ['Hình thức nộp', CHANNEL[dossier.channel] ?? dossier.channel],
      ['Đơn vị tiếp nhận', ctx.unitName(dossier.receivingUnit)],
      ['Thời gian tiếp nhận', dt(dossier.receivedAt)],
      // The date the receipt gave (moved with it when a conditional limit is taken); a later calendar change or
      // extension does not rewrite a printed receipt.
      ['Ngày hẹn trả kết quả', dt(dossier.receiptDueAt ?? dossier.dueAt)],
      ['Mã tra cứu hồ sơ', dossier.lookupKey],
    );
    const transfer = this.lastEvent(ctx, (e) => e.action === 'transfer');
    if (transfer) form.fields.push(['Chuyển cơ quan có thẩm quyền', transferLine(transfer, ctx.unitName)]);
    form.paragraphs.push('Thành phần hồ sơ đã nộp:');
    form.table = {
      headers: ['STT', 'Tên giấy tờ', 'Bản chính', 'Bản sao'],
      rows: dossier.documents.map((d, i) => [String(i + 1), d.name, String(d.originals), String(d.copies)]),
    };
    form.qr = citizenPageUrl(this.env.http.publicBaseUrl, dossier.code, dossier.lookupKey);
    form.paragraphs.push(
      'Tra cứu tình trạng hồ sơ bằng mã QR hoặc đường dẫn dưới đây, hoặc bằng mã hồ sơ và mã tra cứu. ' +
        'Không cung cấp mã tra cứu cho người không liên quan.',
    );
    const received = this.lastEvent(ctx, (e) => e.action === 'receive' || e.action === 'accept');
    const year = bookYear(dossier.receivedAt);
    return completeReceipt(form, {
      applicantName: dossier.applicant.fullName,
      applicantAddress: dossier.applicant.address,
      receivingUnitName: ctx.unitName(dossier.receivingUnit),
      deadline: ctx.definition.deadline,
      conditions: conditionalLimits(ctx.definition),
      taken: dossier.limitExtensions ?? [],
      fees: ctx.definition.fees,
      payment: feeStatement(ctx.definition, dossier.paidAmount),
      officer: received ? { name: received.actorName, title: received.actorTitle } : null,
      resultDelivery: this.resultDelivery(ctx),
      book: {
        unitName: ctx.unitName(dossier.receivingUnit),
        year: year.year,
        number: await this.book.entryNumber(dossier.receivingUnit, year.from, dossier),
      },
    });
  }

  /** Where the citizen registered to collect the result, as reception recorded it; the desk when it did not. */
  private resultDelivery(ctx: Context): ResultDelivery {
    const chosen = ctx.events.find((e) => e.payload.resultDelivery !== undefined)?.payload.resultDelivery;
    return (RESULT_DELIVERIES as readonly unknown[]).includes(chosen) ? (chosen as ResultDelivery) : 'desk';
  }

  private async supplement(ctx: Context): Promise<FormDocument> {
    const pauses = await this.dossiers.pauses(ctx.dossier.id);
    const pause = pauses.at(-1) ?? this.deskRequest(ctx);
    if (!pause) this.notApplicable(ctx, '02', 'no supplement was requested');
    const policy = supplementWaitOf(this.catalog.org.center.supplementWait, ctx.definition.supplementWait);
    const form = this.base(ctx, '02', 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ');
    form.fields.push(
      ['Thời gian tiếp nhận', dt(ctx.dossier.receivedAt)],
      ['Thời gian yêu cầu bổ sung', dt(pause.startedAt)],
      ['Hạn bổ sung hồ sơ', dt(supplementWaitEndsAt(this.catalog.calendar, policy.limit, pause.startedAt))],
      ['Lý do', pause.reason],
    );
    form.paragraphs.push('Đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:');
    form.table = {
      headers: ['STT', 'Nội dung cần bổ sung, hoàn thiện'],
      rows: pause.missingItems.map((item, i) => [String(i + 1), item]),
    };
    return form;
  }

  /** A dossier found incomplete at the desk before its wait was recorded as a pause: the reception event says it. */
  private deskRequest(
    ctx: Context,
  ): Pick<DossierPauseEntity, 'startedAt' | 'reason' | 'missingItems'> | undefined {
    const event = ctx.events.find((e) => e.action === 'request_documents');
    if (!event) return undefined;
    const { reason, missingItems } = event.payload as { reason?: string; missingItems?: string[] };
    return {
      startedAt: event.occurredAt,
      reason: reason ?? event.comment ?? '—',
      missingItems: missingItems ?? [],
    };
  }

  /**
   * Form 03: refused at reception, the one-stop unit's "phiếu từ chối tiếp nhận"; refused after acceptance, the
   * competent agency's written refusal to resolve, with its reasons, which is the dossier's result.
   */
  private refusal(ctx: Context): FormDocument {
    const event = this.lastEvent(ctx, (e) => e.toStatus === 'refused');
    if (!event || !refusedAfterAcceptance('refused', event.fromStatus)) {
      return this.finalNotice(ctx, '03', 'refused', 'Phiếu từ chối tiếp nhận giải quyết hồ sơ');
    }
    const form = this.finalNotice(ctx, '03', 'refused', 'Thông báo từ chối giải quyết hồ sơ', ctx.agency);
    form.fields.splice(-2, 1, ['Thời gian từ chối giải quyết', dt(event.occurredAt)]);
    form.paragraphs = [
      `${ctx.agency} đã tiếp nhận và xem xét hồ sơ nêu trên; hồ sơ không đủ điều kiện giải quyết. ` +
        `${ctx.agency} từ chối giải quyết hồ sơ vì lý do đã nêu và trả lại hồ sơ cho ông/bà kèm theo thông báo này.`,
    ];
    return form;
  }

  private finalNotice(
    ctx: Context,
    number: '03' | '05',
    status: 'refused' | 'stopped',
    title: string,
    issuer = ctx.issuer,
  ): FormDocument {
    if (ctx.dossier.status !== status) {
      this.notApplicable(ctx, number, `the dossier is ${ctx.dossier.status}, not ${status}`);
    }
    const event = this.lastEvent(ctx, (e) => e.toStatus === status);
    const reason = (event?.payload.reason as string | undefined) ?? event?.comment ?? '—';
    const form = this.base(ctx, number, title, issuer);
    form.fields.push(
      ['Thời gian tiếp nhận', dt(ctx.dossier.receivedAt)],
      [
        status === 'refused' ? 'Thời gian từ chối' : 'Thời gian dừng giải quyết',
        dt(event?.occurredAt ?? ctx.dossier.finishedAt),
      ],
      ['Lý do', reason],
    );
    form.paragraphs.push(
      status === 'refused'
        ? 'Cơ quan, đơn vị không tiếp nhận giải quyết hồ sơ nêu trên vì lý do đã nêu.'
        : `${issuer} dừng giải quyết hồ sơ nêu trên vì lý do đã nêu.`,
    );
    return form;
  }

  private apology(ctx: Context): FormDocument {
    const event = this.lastEvent(ctx, (e) => e.action === 'extend');
    if (!event) this.notApplicable(ctx, '04', 'the appointment was never extended');
    const at = (v: unknown): Date | null => (v ? new Date(v as string) : null);
    const form = this.base(ctx, '04', 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', ctx.agency);
    form.fields.push(
      ['Thời gian tiếp nhận', dt(ctx.dossier.receivedAt)],
      ['Ngày hẹn trả kết quả cũ', dt(at(event.payload.previousDueAt))],
      ['Ngày hẹn trả kết quả mới', dt(at(event.payload.newDueAt))],
      ['Lý do', (event.payload.reason as string | undefined) ?? event.comment ?? '—'],
    );
    form.paragraphs.push(
      `${ctx.agency} xin lỗi ông/bà vì chưa trả kết quả đúng hẹn và hẹn lại ngày trả kết quả như trên.`,
    );
    return form;
  }

  private controlSheet(ctx: Context): FormDocument {
    const step = (id: string | null): string =>
      id ? (ctx.definition.steps.find((s) => s.id === id)?.name ?? id) : 'Trả kết quả';
    const form = this.base(ctx, '06', 'Phiếu kiểm soát quá trình giải quyết hồ sơ');
    form.fields.push(
      ['Thời gian tiếp nhận', dt(ctx.dossier.receivedAt)],
      ['Ngày hẹn trả kết quả', dt(ctx.dossier.dueAt)],
    );
    const extension = extensionLine(ctx.events);
    if (extension) form.fields.push(['Gia hạn (phiếu xin lỗi)', extension]);
    for (const line of consultationLines(ctx.events, ctx.unitName)) form.fields.push(['Xin ý kiến', line]);
    const result = dossierResult(ctx.dossier, ctx.now);
    if (result) form.fields.push(['Kết quả giải quyết', result]);
    form.table = handOverTable(ctx.events, { step, unit: ctx.unitName });
    // Eight columns, three of them instants: the sheet prints on landscape A4.
    form.landscape = true;
    return form;
  }
}

/** The transfer a receipt reprinted after it states: when, to which agency's procedure, why; the appointment follows. */
function transferLine(event: DossierEventEntity, unitName: (id: string | null) => string): string {
  const to = event.payload.to as { agency: string; procedureCode: string };
  return (
    `${dt(event.occurredAt)}: ${unitName(to.agency)}, thủ tục ${to.procedureCode}` +
    ` (lý do: ${String(event.payload.reason)}); ngày hẹn trả tính theo thời hạn của thủ tục này từ khi tiếp nhận`
  );
}
