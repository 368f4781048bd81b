import { formatSourceError } from '@motcua/source';
import { edit, fixtureContext, PROCEDURE_TEXT } from './__fixtures__/fixtures';
import { loadProcedures } from './procedure-loader';

describe('loadProcedures', () => {
  it('loads every file', () => {
    const next = edit(PROCEDURE_TEXT, ['version: 1', 'version: 2']);
    const { procedures, errors } = loadProcedures(
      [
        { file: 'procedures/b.yaml', text: next },
        { file: 'procedures/a.yaml', text: PROCEDURE_TEXT },
      ],
      fixtureContext(),
    );
    expect(errors).toEqual([]);
    expect(procedures.map((p) => [p.file, p.version])).toEqual([
      ['procedures/a.yaml', 1],
      ['procedures/b.yaml', 2],
    ]);
  });

  it('reports a (code, version) pair defined twice, naming both files', () => {
    const { procedures, errors } = loadProcedures(
      [
        { file: 'procedures/copy-v1.yaml', text: PROCEDURE_TEXT },
        { file: 'procedures/copy.yaml', text: PROCEDURE_TEXT },
      ],
      fixtureContext(),
    );
    expect(errors.map(formatSourceError)).toEqual([
      'procedures/copy.yaml:1: procedure 2.000908 version 1 is already defined in procedures/copy-v1.yaml',
    ]);
    expect(procedures.map((p) => p.file)).toEqual(['procedures/copy-v1.yaml']);
  });

  it('reports the errors of all files, sorted by file and line, and returns the valid ones', () => {
    const { procedures, errors } = loadProcedures(
      [
        {
          file: 'procedures/c.yaml',
          text: edit(PROCEDURE_TEXT, ['version: 1', 'version: 3'], ['level: commune', 'level: x']),
        },
        {
          file: 'procedures/b.yaml',
          text: edit(PROCEDURE_TEXT, ['version: 1', 'version: 2'], ['forward: appraise', 'forward: apraise']),
        },
        { file: 'procedures/a.yaml', text: edit(PROCEDURE_TEXT, ['version: 1', 'version: 0']) },
        { file: 'procedures/ok.yaml', text: PROCEDURE_TEXT },
      ],
      fixtureContext(),
    );
    expect(errors.map(formatSourceError)).toEqual([
      'procedures/a.yaml:2: version: must be >= 1',
      "procedures/b.yaml:19: step 1 (receive) action 'forward' targets unknown step 'apraise' (did you mean 'appraise'?)",
      'procedures/c.yaml:5: level: must be one of "province", "commune", "ministry"',
    ]);
    expect(procedures.map((p) => p.file)).toEqual(['procedures/ok.yaml']);
  });
});
