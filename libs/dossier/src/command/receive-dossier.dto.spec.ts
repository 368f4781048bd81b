import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { isDeskChannel } from '../dossier.types';
import { ReceiveDossierDto } from './receive-dossier.dto';

const body = (channel: unknown) => ({
  procedureCode: '2.000908',
  channel,
  applicant: {
    fullName: 'Nguyễn Văn An',
    idNumber: '001085012345',
    phone: '0912345678',
    address: 'Xã Gia Phú',
  },
  documents: [],
});
const errors = (channel: unknown) =>
  validateSync(plainToInstance(ReceiveDossierDto, body(channel)), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });

describe('desk reception channel', () => {
  it('is in person or by post, never online', () => {
    expect(isDeskChannel('in_person')).toBe(true);
    expect(isDeskChannel('post')).toBe(true);
    expect(isDeskChannel('online')).toBe(false);
    expect(isDeskChannel(undefined)).toBe(false);
  });

  it('accepts a desk dossier in person or by post', () => {
    expect(errors('in_person')).toEqual([]);
    expect(errors('post')).toEqual([]);
  });

  it('refuses a desk dossier labelled online, pointing to the portal', () => {
    const [error] = errors('online');
    expect(error.property).toBe('channel');
    expect(Object.values(error.constraints ?? {}).join()).toMatch(/Cổng Dịch vụ công/);
  });
});
