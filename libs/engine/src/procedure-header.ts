import type { SourceError, YamlSource } from '@motcua/source';
import { isRecord, valueAt } from './raw-data';
import { thousandsSeparated } from './money-format';
import type { Normalized } from './procedure-normalizer';
import type { ValidationContext } from './procedure-validator';
import { didYouMean } from './did-you-mean';
import { formatLimit, isWholeMinutes } from './time-limit-units';

/** Checks of the file's head: the code, the local code, the agency and deciders, the deadline, the fees and when they are paid. */
export function checkHeader(
  source: YamlSource,
  { definition }: Normalized,
  ctx: ValidationContext,
): SourceError[] {
  const m = source.messages;
  const errors: SourceError[] = [...checkFeeAmounts(source)];
  const data = source.data;
  if (isRecord(data) && data.payment !== undefined && !definition.fees.some((f) => f.amount > 0))
    errors.push(source.error(['payment'], m.paymentWithoutFees(String(data.payment))));
  if (isRecord(data) && typeof data.code === 'number')
    errors.push(source.error(['code'], m.codeAsNumber(data.code)));
  const { localCode, code } = definition;
  if (localCode !== undefined && code && !localCode.startsWith(`${code}.`))
    errors.push(source.error(['localCode'], m.localCodeMismatch(localCode, code)));
  const { effectiveFrom } = definition;
  if (effectiveFrom !== undefined && Number.isNaN(Date.parse(effectiveFrom)))
    errors.push(source.error(['effectiveFrom'], m.rule('effectiveFrom', m.rules.instant)));
  const unitIds = ctx.org.units.map((u) => u.id);
  if (definition.agency !== undefined && !unitIds.includes(definition.agency)) {
    const hint = didYouMean(definition.agency, unitIds, m);
    errors.push(source.error(['agency'], m.unknownAgency(definition.agency, ctx.org.file, hint)));
  }
  for (const role of definition.deciders ?? []) {
    if (!ctx.org.roles.includes(role)) {
      const hint = didYouMean(role, ctx.org.roles, m);
      errors.push(source.error(['deciders'], m.unknownDecider(role, ctx.org.file, hint)));
    }
  }
  const { deadline } = definition;
  const at = ['deadline', 'amount'];
  if ((deadline.unit === 'day' || deadline.unit === 'month') && !Number.isInteger(deadline.amount)) {
    errors.push(source.error(at, m.deadlineNotWhole(formatLimit(deadline, m), deadline.unit)));
  } else if (
    (deadline.unit === 'working_hour' || deadline.unit === 'working_day') &&
    !isWholeMinutes(deadline.amount, deadline.unit)
  ) {
    errors.push(source.error(at, m.deadlineNotMinutes(formatLimit(deadline, m))));
  }
  return errors;
}

/** `amount: 200.000` loads as 200 đồng: the file must say 200000 (read from the source text, not the value). */
function checkFeeAmounts(source: YamlSource): SourceError[] {
  const errors: SourceError[] = [];
  for (let i = 0; i < source.lengthOf(['fees']); i++) {
    const path = ['fees', i, 'amount'];
    const text = source.textOf(path);
    const meant = text === undefined ? undefined : thousandsSeparated(text);
    if (meant === undefined) continue;
    const loaded = valueAt(source.data, path);
    const message = source.messages.feeThousands(
      i,
      text!,
      typeof loaded === 'number' ? loaded : undefined,
      meant,
    );
    errors.push(source.error(path, message));
  }
  return errors;
}
