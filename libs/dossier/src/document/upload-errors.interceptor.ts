import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { DocumentErrorCode, DocumentException } from './document.exception';
import { fileTooLarge } from './document.rules';
import type { UploadLimits } from './document.types';
import { UPLOAD_LIMITS } from './upload-limits';

/** multer's refusals (bound before the FilesInterceptor) as the dossier's own codes, in Vietnamese. */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  constructor(@Inject(UPLOAD_LIMITS) private readonly limits: UploadLimits) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => this.translate(error))));
  }

  private translate(error: unknown): unknown {
    if (error instanceof PayloadTooLargeException) return fileTooLarge(this.limits.maxFileBytes);
    if (!(error instanceof BadRequestException) || error instanceof DocumentException) return error;
    if (/too many files/i.test(error.message)) {
      return new DocumentException(
        DocumentErrorCode.TooManyFiles,
        `Mỗi lần chỉ đính kèm được tối đa ${this.limits.maxFiles} tệp.`,
        { maxFiles: this.limits.maxFiles },
      );
    }
    if (/unexpected field|multipart|boundary|unexpected end/i.test(error.message)) {
      return new DocumentException(
        DocumentErrorCode.BadUpload,
        'Yêu cầu tải tệp không hợp lệ: gửi multipart/form-data với các tệp trong trường "files" và, với bản quét, tên thành phần hồ sơ trong trường "component".',
      );
    }
    return error;
  }
}
