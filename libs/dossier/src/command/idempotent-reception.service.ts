import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@motcua/identity';
import { DossierErrorCode, DossierException } from '../dossier.exception';
import { type ReceiptView, toReceiptView } from '../query/receipt.view';
import { IDEMPOTENCY_KEY, replayOf, requestFingerprint } from './idempotency.rules';
import type { ReceiveDossierDto } from './receive-dossier.dto';
import { Stamped } from '../ledger/new-dossier.sql';
import { ReceptionService } from './reception.service';

interface Earlier {
  requestSha256: string;
  receipt: ReceiptView;
}

export interface IdempotentReceipt {
  receipt: ReceiptView;
  /** True when the key had already created the dossier: nothing new was recorded. */
  replayed: boolean;
}

const isKeyTaken = (error: unknown): boolean => {
  const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driver?.code === '23505' && driver.constraint === 'reception_idempotency_key';
};

/**
 * Desk reception with an optional `Idempotency-Key` (per user): a retried POST answers with the receipt of the
 * dossier its key created; the same key with another body is refused (422), never a second dossier.
 */
@Injectable()
export class IdempotentReceptionService {
  constructor(
    private readonly reception: ReceptionService,
    private readonly dataSource: DataSource,
  ) {}

  async receive(user: AuthUser, dto: ReceiveDossierDto, key?: string): Promise<IdempotentReceipt> {
    if (key === undefined)
      return { receipt: toReceiptView(await this.reception.receive(user, dto)), replayed: false };
    if (!IDEMPOTENCY_KEY.test(key)) {
      throw new DossierException(
        DossierErrorCode.InvalidIdempotencyKey,
        'Idempotency-Key: 1 to 128 visible ASCII characters, such as a UUID',
      );
    }
    const fingerprint = requestFingerprint(dto);
    const earlier = await this.find(user.id, key);
    if (earlier) return this.answer(earlier, fingerprint);
    try {
      const result = await this.reception.receive(user, dto, (pending) => [
        {
          table: 'reception_idempotency',
          values: {
            user_id: user.id,
            key,
            request_sha256: fingerprint,
            dossier_id: pending.id,
            receipt: new Stamped(toReceiptView(pending), { code: ['code'], lookupKey: ['lookupKey'] }),
            created_at: pending.receivedAt,
          },
        },
      ]);
      return { receipt: toReceiptView(result), replayed: false };
    } catch (error) {
      // A concurrent retry committed first: this one's dossier was rolled back with its key row.
      if (!isKeyTaken(error)) throw error;
      return this.answer((await this.find(user.id, key))!, fingerprint);
    }
  }

  private answer(earlier: Earlier, fingerprint: string): IdempotentReceipt {
    if (replayOf(earlier, fingerprint) === 'key_reused') {
      throw new DossierException(
        DossierErrorCode.IdempotencyKeyReused,
        `Idempotency-Key: already used for dossier ${earlier.receipt.code} with a different request; use a new key for a new dossier`,
        { code: earlier.receipt.code },
      );
    }
    return { receipt: earlier.receipt, replayed: true };
  }

  private async find(userId: string, key: string): Promise<Earlier | null> {
    const [row] = (await this.dataSource.query(
      `SELECT request_sha256, receipt FROM reception_idempotency WHERE user_id = $1 AND key = $2`,
      [userId, key],
    )) as Array<{ request_sha256: string; receipt: ReceiptView }>;
    return row ? { requestSha256: row.request_sha256, receipt: row.receipt } : null;
  }
}
