export * from './dossier-payment.entity';
export * from './payment.rules';
export * from './payment.plan';
export * from './payment.repository';
export * from './payment.view';
export * from './payment.service';
export { MAX_AMOUNT } from './record-payment.dto';
export * from './result-collector.rules';
