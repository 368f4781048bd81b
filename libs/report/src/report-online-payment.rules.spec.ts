import { onlinePaymentIndicator } from './report-online-payment.rules';

describe('onlinePaymentIndicator', () => {
  it('is the share of dossiers with fees that were paid online, in percent with 2 decimals', () => {
    expect(onlinePaymentIndicator({ charged: 3, paid_online: 1 })).toMatchObject({
      key: 'onlinePaymentRate',
      value: 33.33,
      numerator: 1,
      denominator: 3,
    });
  });

  it('has no value when no dossier with fees was received', () => {
    expect(onlinePaymentIndicator({ charged: 0, paid_online: 0 }).value).toBeNull();
  });
});
