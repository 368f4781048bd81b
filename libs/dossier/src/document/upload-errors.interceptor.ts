import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  HttpException,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { AppException } from '@motcua/common';
import { DocumentErrorCode, DocumentException } from './document.exception';
import { fileTooLarge } from './document.rules';
import type { UploadLimits } from './document.types';
import { UPLOAD_LIMITS } from './upload-limits.config';

/** multer's refusals (bound before the FilesInterceptor) as the dossier's own codes, in Vietnamese. */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  constructor(@Inject(UPLOAD_LIMITS) private readonly limits: UploadLimits) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((error: unknown) => throwError(() => this.translate(error))));
  }

  private translate(error: unknown): unknown {
    if (error instanceof PayloadTooLargeException) return fileTooLarge(this.limits.maxFileBytes);
    // multer's and busboy's refusals come wrapped with their own error as the cause; others pass as they are.
    if (!(error instanceof HttpException) || error instanceof AppException || !error.cause) return error;
    if ((error.cause as { code?: string }).code === 'LIMIT_FILE_COUNT') {
      return new DocumentException(
        DocumentErrorCode.TooManyFiles,
        `Mỗi lần chỉ đính kèm được tối đa ${this.limits.maxFiles} tệp.`,
        { maxFiles: this.limits.maxFiles },
      );
    }
    return new DocumentException(
      DocumentErrorCode.BadUpload,
      'Yêu cầu tải tệp không hợp lệ: gửi multipart/form-data với các tệp trong trường "files" và, với bản quét, ' +
        'tên thành phần hồ sơ trong trường "component".',
    );
  }
}
