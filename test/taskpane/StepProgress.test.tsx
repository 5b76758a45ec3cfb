import { render, screen } from '@testing-library/react';
import { StepProgress } from '../../src/taskpane/StepProgress';

describe('StepProgress', () => {
  it.each([
    [{ kind: 'reading', done: 2, total: 6 } as const, 'Membaca workbook… (2/6)'],
    [{ kind: 'detecting' } as const, 'Mengenali tabel…'],
    [{ kind: 'preparing' } as const, 'Membaca tabel anggaran…'],
    [{ kind: 'checking', done: 3, total: 40 } as const, 'Menjalankan pemeriksaan… (3/40)'],
    [{ kind: 'planning' } as const, 'Menyusun pratinjau…'],
    [{ kind: 'writing' } as const, 'Menulis sheet…'],
  ])('announces %j politely, as a status', (step, text) => {
    render(<StepProgress step={step} label="Kemajuan" />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe(text);
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('progressbar', { name: 'Kemajuan' })).toBeTruthy();
  });
});
