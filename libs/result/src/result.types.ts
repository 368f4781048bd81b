export const RESULT_KINDS = ['result', 'refusal'] as const;
/** result: the decision, certificate or copy the procedure gives; refusal: the written refusal after acceptance. */
export type ResultKind = (typeof RESULT_KINDS)[number];

export const RESULT_SOURCES = ['template', 'upload'] as const;
export type ResultSource = (typeof RESULT_SOURCES)[number];

/** The largest result PDF an officer may upload (and the verification endpoint reads). */
export const RESULT_PDF_MAX_BYTES = 10 * 1024 * 1024;

/** What an officer records: the document's particulars; the PDF is generated or uploaded beside them. */
export interface ResultParticulars {
  kind: ResultKind;
  number: string;
  /** yyyy-mm-dd */
  documentDate: string;
  signerName: string;
  signerTitle: string;
  /** The decision's text (template); for a refusal, the refusal's reasons are taken from the refuse action. */
  decision?: string;
}
