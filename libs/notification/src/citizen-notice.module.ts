import { Global, Module } from '@nestjs/common';
import { EnvData } from '@motcua/common';
import { CITIZEN_NOTICES } from '@motcua/dossier';
import { CITIZEN_NOTICE_CONFIG, citizenNoticeConfigOf } from './citizen/citizen-notice.config';
import { CitizenNoticeWriterService } from './citizen/citizen-notice-writer.service';

/**
 * The citizen's notices as every state change writes them (CITIZEN_NOTICES, which DossierLedgerService calls): global,
 * so that libs/dossier need not import this library. Imported by the api, the worker and the migration command.
 */
@Global()
@Module({
  providers: [
    { provide: CITIZEN_NOTICE_CONFIG, inject: [EnvData], useFactory: citizenNoticeConfigOf },
    CitizenNoticeWriterService,
    { provide: CITIZEN_NOTICES, useExisting: CitizenNoticeWriterService },
  ],
  exports: [CITIZEN_NOTICES, CITIZEN_NOTICE_CONFIG],
})
export class CitizenNoticeModule {}
