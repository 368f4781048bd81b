import { smsRequest } from './sms-sim.service';

const good = { reference: 'r-1', from: 'MOTCUA', to: '84912345678', text: 'Ho so da duoc tiep nhan' };

describe('the SMS simulator reads a send request as a gateway would', () => {
  it('takes the documented fields', () => {
    expect(smsRequest(JSON.stringify(good))).toEqual({ ...good, unicode: false });
    expect(smsRequest(JSON.stringify({ ...good, text: 'Hồ sơ', unicode: true }))).toMatchObject({
      unicode: true,
    });
  });

  it('refuses a missing field, a number not written 84…, accented text sent as plain, and non-JSON', () => {
    expect(smsRequest(JSON.stringify({ ...good, reference: '' }))).toBe("'reference' is missing");
    expect(smsRequest(JSON.stringify({ ...good, to: '0912345678' }))).toMatch(/'to' is not 84/);
    expect(smsRequest(JSON.stringify({ ...good, text: 'Hồ sơ' }))).toMatch(/outside ASCII/);
    expect(smsRequest('{')).toBe('the body is not JSON');
  });
});
