import { parseArgs } from 'node:util';
import { loadCatalog } from '@motcua/catalog';
import { formatSourceError, isLang, LANGS, messagesFor } from '@motcua/source';
import { type Command, UsageError } from '../cli.types';

export const workflowsCheck: Command = (args, io) => {
  const { values } = parseArgs({ args, options: { dir: { type: 'string' }, lang: { type: 'string' } } });
  const lang = values.lang ?? 'vi';
  if (!isLang(lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}`);
  const m = messagesFor(lang);
  const { catalog, errors, warnings } = loadCatalog(values.dir ?? io.workflowsDir, undefined, { lang });
  warnings.forEach((w) => io.err(m.warning(w)));
  errors.forEach((e) => io.err(formatSourceError(e)));
  if (!catalog) {
    io.err(m.errorCount(errors.length));
    return 1;
  }
  for (const { definition: d } of catalog.procedures) {
    const limit = m.span(d.deadline.amount, d.deadline.unit);
    const effective = d.effectiveFrom ? m.checkEffective(d.effectiveFrom) : '';
    io.out(`${m.checkOk(d.code, d.version, d.name, d.level, d.steps.length, limit)}${effective}`);
  }
  io.out(m.checkSummary(catalog.procedures.length, catalog.org.units.length, catalog.org.users.length));
  return 0;
};
