import { parseArgs } from 'node:util';
import { findProcedure, loadCatalog } from '@motcua/catalog';
import { toMermaid } from '@motcua/engine';
import { formatSourceError } from '@motcua/source';
import { type Command, UsageError } from '../cli.types';

export const workflowsDiagram: Command = (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { dir: { type: 'string' }, version: { type: 'string' } },
  });
  const code = positionals[0];
  if (!code)
    throw new UsageError('workflows:diagram needs a procedure code, e.g. workflows:diagram 2.000908');
  const { catalog, errors } = loadCatalog(values.dir ?? io.workflowsDir);
  if (!catalog) {
    errors.forEach((e) => io.err(formatSourceError(e)));
    return 1;
  }
  const version = values.version === undefined ? undefined : Number(values.version);
  const procedure = findProcedure(catalog, code, version);
  if (!procedure) {
    io.err(
      `no procedure ${code}${version === undefined ? '' : ` version ${version}`} in ${values.dir ?? io.workflowsDir}`,
    );
    return 1;
  }
  io.out(toMermaid(procedure.definition));
  return 0;
};
