import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { FormDocument, FormFormat } from './form.types';
import { renderFormHtml } from './form-html.rules';
import { renderFormPdf } from './form-pdf.rules';

/** The form as the response body: a PDF stream or an HTML page, shown inline under `file`. */
export async function formResponse(
  doc: FormDocument,
  format: FormFormat,
  file: string,
  res: Response,
): Promise<StreamableFile | string> {
  if (format === 'pdf') {
    return new StreamableFile(await renderFormPdf(doc), {
      type: 'application/pdf',
      disposition: `inline; filename="${file}"`,
    });
  }
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Disposition', `inline; filename="${file}"`);
  return renderFormHtml(doc);
}
