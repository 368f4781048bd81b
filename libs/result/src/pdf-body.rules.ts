import type { Request } from 'express';
import { ResultErrorCode, ResultException } from './result.exception';
import { RESULT_PDF_MAX_BYTES } from './result.types';

const tooLarge = () =>
  new ResultException(ResultErrorCode.TooLarge, `Tệp vượt quá ${RESULT_PDF_MAX_BYTES / 1024 / 1024} MB`);

/**
 * The raw body of a request that sends a PDF (Content-Type application/pdf), which the JSON parser leaves unread;
 * refused past RESULT_PDF_MAX_BYTES, by its Content-Length or as it arrives.
 */
export async function readPdfBody(request: Request): Promise<Buffer> {
  if (Number(request.headers['content-length'] ?? 0) > RESULT_PDF_MAX_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > RESULT_PDF_MAX_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
