import { parseArgs } from 'node:util';
import { loadCatalog } from '@motcua/catalog';
import { formatSourceError } from '@motcua/source';
import type { Command } from '../cli';

export const workflowsCheck: Command = (args, io) => {
  const { values } = parseArgs({ args, options: { dir: { type: 'string' } } });
  const { catalog, errors, warnings } = loadCatalog(values.dir ?? io.workflowsDir);
  warnings.forEach((w) => io.err(`warning: ${w}`));
  errors.forEach((e) => io.err(formatSourceError(e)));
  if (!catalog) {
    io.err(`${errors.length} error${errors.length === 1 ? '' : 's'}`);
    return 1;
  }
  for (const { definition: d } of catalog.procedures) {
    io.out(
      `ok  ${d.code} v${d.version}  ${d.name} (${d.level}, ${d.steps.length} steps, ${d.deadline.amount} ${d.deadline.unit})`,
    );
  }
  io.out(
    `${catalog.procedures.length} procedures, ${catalog.org.units.length} units, ${catalog.org.users.length} users: all valid`,
  );
  return 0;
};
