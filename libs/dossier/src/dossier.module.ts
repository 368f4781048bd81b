import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DOSSIER_ENTITIES } from './dossier-entities.config';
import { CatalogModule } from '@motcua/catalog';
import { EnvData } from '@motcua/common';
import { UserModule } from '@motcua/identity';
import { AssignmentService } from './command/assignment.service';
import { DossierActionService } from './command/dossier-action.service';
import { CommentService } from './command/comment.service';
import { TimelinessService } from './query/timeliness.service';
import { DossierReaderService } from './command/dossier-reader.service';
import { ReceptionService } from './command/reception.service';
import { IdempotentReceptionService } from './command/idempotent-reception.service';
import { DossierController } from './dossier.controller';
import { InboxController } from './inbox.controller';
import { DossierLedgerModule } from './ledger/dossier-ledger.module';
import { DossierQueryService } from './query/dossier-query.service';
import { AccessLogController } from './access-log/access-log.controller';
import { AccessLogService } from './access-log/access-log.service';
import { AccessLogWriterService } from './access-log/access-log-writer.service';
import { RevisionMigrationController } from './migration/revision-migration.controller';
import { RevisionMigrationService } from './migration/revision-migration.service';
import { TransferService } from './command/transfer.service';
import { ConsultationEntity } from './consultation/consultation.entity';
import { ConsultationRepository } from './consultation/consultation.repository';
import { ConsultationService } from './consultation/consultation.service';
import { DossierPaymentEntity } from './payment/dossier-payment.entity';
import { PaymentController } from './payment/payment.controller';
import { PaymentRepository } from './payment/payment.repository';
import { PaymentService } from './payment/payment.service';
import { ConsultationController } from './consultation/consultation.controller';
import { DossierConsultationController } from './consultation/dossier-consultation.controller';
import { DocumentController } from './document/document.controller';
import { DocumentService } from './document/document.service';
import { UploadErrorsInterceptor } from './document/upload-errors.interceptor';
import { UPLOAD_LIMITS, uploadLimitsOf } from './document/upload-limits.config';

/** The dossier service of the api process: reception, actions, assignment, reads. */
@Module({
  imports: [
    TypeOrmModule.forFeature([...DOSSIER_ENTITIES, ConsultationEntity, DossierPaymentEntity]),
    DossierLedgerModule,
    CatalogModule,
    UserModule,
    // Uploads are held in memory (bounded by the per-file limit), sniffed, hashed, then put in the FileStore.
    MulterModule.registerAsync({
      inject: [EnvData],
      useFactory: (env: EnvData) => {
        const limits = uploadLimitsOf(env);
        return {
          limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 5 },
          defParamCharset: 'utf8',
        };
      },
    }),
  ],
  controllers: [
    DossierController,
    InboxController,
    AccessLogController,
    DossierConsultationController,
    ConsultationController,
    RevisionMigrationController,
    DocumentController,
    PaymentController,
  ],
  providers: [
    { provide: UPLOAD_LIMITS, inject: [EnvData], useFactory: uploadLimitsOf },
    DocumentService,
    UploadErrorsInterceptor,
    DossierReaderService,
    ReceptionService,
    IdempotentReceptionService,
    DossierActionService,
    AssignmentService,
    CommentService,
    TimelinessService,
    DossierQueryService,
    AccessLogWriterService,
    AccessLogService,
    RevisionMigrationService,
    TransferService,
    ConsultationRepository,
    ConsultationService,
    PaymentRepository,
    PaymentService,
  ],
  exports: [DossierLedgerModule, DossierReaderService, AccessLogWriterService, PaymentRepository],
})
export class DossierModule {}
