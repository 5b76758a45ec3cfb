import { isPangkatLine } from '../../src/core/pangkat';

describe('isPangkatLine: a line of a signature block that is only a pangkat', () => {
  test.each([
    ['PEMBINA UTAMA MUDA', true],
    ['Pembina Tk. I', true],
    ['Penata Muda Tingkat I (III/b)', true],
    ['Penata, III/c', true],
    ['Dr. Ir. REMUS HASIHOLAN PARDEDE, M.Si', false],
    ['KEPALA BAPPEDA', false],
    ['Pembina Utama Muda Sekali', false],
    ['', false],
  ])('%s → %s', (line, expected) => {
    expect(isPangkatLine(line)).toBe(expected);
  });
});
