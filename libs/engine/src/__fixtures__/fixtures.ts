import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatSourceError, type Lang } from '@motcua/source';
import { defaultRegistry } from '../engine-registry';
import { parseOrg } from '../org-parser';
import type { Organization } from '../org.types';
import { parseProcedure } from '../procedure-parser';
import type { ProcedureDefinition } from '../procedure.types';
import type { ValidationContext } from '../procedure-validator';

export const fixture = (name: string): string => readFileSync(join(__dirname, name), 'utf8');

export const ORG_TEXT = fixture('org.yaml');
export const PROCEDURE_TEXT = fixture('copy-extract.yaml');
export const JOINT_TEXT = fixture('joint.yaml');

export function fixtureOrg(): Organization {
  const { org, errors } = parseOrg(ORG_TEXT, 'workflows/org.yaml');
  if (!org) throw new Error(errors.map(formatSourceError).join('\n'));
  return org;
}

/** The context of the specs, in English unless a test asks for Vietnamese. */
export const fixtureContext = (lang: Lang = 'en'): ValidationContext => ({
  org: fixtureOrg(),
  registry: defaultRegistry,
  lang,
});

/** `text` with each `from` replaced by `to`; a missing `from` throws, so a test cannot pass by editing nothing. */
export function edit(text: string, ...replacements: Array<[from: string, to: string]>): string {
  return replacements.reduce((out, [from, to]) => {
    if (!out.includes(from)) throw new Error(`fixture has no '${from}'`);
    return out.replace(from, to);
  }, text);
}

export const procedureErrors = (text: string, file = 'p.yaml', lang: Lang = 'en'): string[] =>
  parseProcedure(text, file, fixtureContext(lang)).errors.map(formatSourceError);

export function fixtureProcedure(text = PROCEDURE_TEXT): ProcedureDefinition {
  const { procedure, errors } = parseProcedure(text, 'p.yaml', fixtureContext());
  if (!procedure) throw new Error(errors.map(formatSourceError).join('\n'));
  return procedure;
}
