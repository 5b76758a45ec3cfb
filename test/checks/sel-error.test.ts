import { rule } from '../../src/checks/sel-error';
import { build, findingsOf, type CellInput } from './helpers';
import { runChecks } from '../../src/checks';
import { WorkbookFacts } from '../../src/facts/facts';

describe('sel-error', () => {
  it.each<[string, CellInput, string[]]>([
    [
      '#DIV/0! from a formula',
      { value: null, error: '#DIV/0!', formula: 'C2/B2' },
      ['D2 Sel berisi galat Excel #DIV/0! dari rumus =C2/B2'],
    ],
    ['#REF! typed or pasted', { value: null, error: '#REF!' }, ['D2 Sel berisi galat Excel #REF!']],
    ['#N/A', { value: null, error: '#N/A' }, ['D2 Sel berisi galat Excel #N/A']],
    ['the text N/A is not an Excel error', 'N/A', []],
    ['a number', 93.54, []],
  ])('%s', (_name, value, expected) => {
    const findings = findingsOf(rule, [
      {
        kind: 'capaian',
        roles: ['indikator', 'target', 'realisasi', 'capaian'],
        rows: [['IKM', 90, 84.19, value]],
      },
    ]);
    expect(findings.map((f) => `${f.cell} ${f.message}`)).toEqual(expected);
    findings.forEach((f) => expect(f.severity).toBe('error'));
  });

  it('looks only inside tables', () => {
    const { model, tables } = build({
      kind: 'capaian',
      roles: ['indikator', 'target'],
      rows: [['IKM', 90]],
    });
    model.sheets[0].setCell(20, 1, { value: null, error: '#REF!' });
    expect(runChecks(new WorkbookFacts(model, tables), [rule])).toEqual([]);
  });
});
