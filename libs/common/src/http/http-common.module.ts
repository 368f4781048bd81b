import { Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AllExceptionsFilter } from '../errors/exception.filter';
import { flattenValidationErrors, RequestValidationException } from '../errors/validation.exception';

/** The validation pipe and the error filter, registered as providers so tests built from modules get them too. */
@Module({
  providers: [
    {
      provide: APP_PIPE,
      useValue: new ValidationPipe({
        transform: true,
        whitelist: true,
        forbidNonWhitelisted: true,
        exceptionFactory: (errors) => new RequestValidationException(flattenValidationErrors(errors)),
      }),
    },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
})
export class HttpCommonModule {}
