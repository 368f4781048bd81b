import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AllExceptionsFilter } from '../errors/all-exceptions.filter';
import { RequestValidationPipe } from './request-validation.pipe';

/** The validation pipe and the error filter, registered as providers so tests built from modules get them too. */
@Module({
  providers: [
    { provide: APP_PIPE, useValue: new RequestValidationPipe() },
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
  ],
})
export class HttpCommonModule {}
