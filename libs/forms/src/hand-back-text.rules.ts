import type { ResultCollector } from '@motcua/dossier';

/** Who collected the result, as the tracking book (form 07) writes it beside the date it was handed back. */
export function collectorText(collector: ResultCollector | null): string | null {
  if (!collector) return null;
  switch (collector.kind) {
    case 'applicant':
      return `người nộp hồ sơ nhận (${collector.fullName})`;
    case 'authorized':
      return `người được ủy quyền nhận: ${collector.fullName}, giấy tờ số ${collector.idNumber}`;
    case 'post':
      return `gửi qua bưu chính, số hiệu ${collector.postalReference}`;
  }
}
