import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { tabOfHash } from '../../src/taskpane/App';
import type { WebHost } from '../../src/taskpane/web-host';
import { Sheet } from '../../src/workbook/model';
import { fakeHost, renderPane, workbook } from './fake-host';

// The first validation loads the engine through ts-jest, which takes seconds on a busy machine.
jest.setTimeout(60_000);

async function validate() {
  fireEvent.click(screen.getByTestId('validasi'));
  await screen.findByTestId('summary');
  // The list is loaded after the first validation.
  await screen.findByTestId('findings-view');
}

const findingRows = () =>
  screen.getAllByTestId('finding').map((element) => [element.dataset.rule, element.dataset.cell]);

describe('the pane inside Excel', () => {
  it('validates, lists findings by sheet and check, and selects a finding’s cell in Excel', async () => {
    const { host, calls } = fakeHost('excel');
    renderPane(host);
    expect(screen.queryByTestId('file-input')).toBeNull();

    await validate();

    expect(screen.getByTestId('summary').textContent).toBe(
      '3 temuan di 2 tabel: 2 kesalahan, 1 peringatan, 0 info.',
    );
    // Errors first, then warnings.
    expect(findingRows()).toEqual([
      ['capaian-salah', 'E2'],
      ['predikat-salah', 'F2'],
      ['angka-teks', 'C3'],
    ]);
    // Sheets, then checks by their title, the id after it.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Tabel 3.1 (3)',
    ]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Capaian salah hitung capaian-salah',
      'Predikat tidak sesuai capaian predikat-salah',
      'Angka tersimpan sebagai teks angka-teks',
    ]);
    const capaian = screen.getAllByTestId('finding')[0];
    expect(capaian.textContent).toContain('Capaian tertulis 97, seharusnya 93,54');
    fireEvent.click(
      within(capaian).getByRole('button', { name: 'E2 — buka sel di sheet Tabel 3.1' }),
    );
    expect(calls.selected).toEqual(['Tabel 3.1!E2']);
    // Excel selects the cell itself: no preview in the pane.
    expect(screen.queryByTestId('preview')).toBeNull();
  });

  it('filters findings by severity', async () => {
    renderPane(fakeHost('excel').host);
    await validate();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Kesalahan (2)' }));

    expect(findingRows()).toEqual([['angka-teks', 'C3']]);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kesalahan (2)' }));
    expect(findingRows()).toHaveLength(3);
  });

  it('writes the "Hasil Validasi" sheet with a link per finding', async () => {
    const { host, calls } = fakeHost('excel');
    renderPane(host);
    await validate();

    fireEvent.click(screen.getByRole('button', { name: 'Tulis laporan ke sheet' }));

    await screen.findByText('Sheet baru "Hasil Validasi (2)" ditambahkan.');
    const [spec] = calls.added;
    expect(spec.name).toBe('Hasil Validasi');
    // In the engine's order: by sheet, then row, then column.
    expect(spec.cells.filter((cell) => cell.link).map((cell) => cell.link)).toEqual([
      "'Tabel 3.1'!$E$2",
      "'Tabel 3.1'!$F$2",
      "'Tabel 3.1'!$C$3",
    ]);
  });

  it('saves the settings with the document and validates with them', async () => {
    const { host, calls } = fakeHost('excel');
    renderPane(host);
    fireEvent.click(screen.getByRole('tab', { name: 'Pengaturan' }));

    fireEvent.change(screen.getByRole('combobox', { name: 'Skala predikat' }), {
      target: { value: 'P86' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Toleransi tambahan/ }), {
      target: { value: 'abc' },
    });
    expect(screen.getByText('Isi dengan angka 0 atau lebih, misalnya 0,5.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Toleransi tambahan/ }), {
      target: { value: '3,5' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));

    await screen.findByText(/disimpan bersama dokumen ini/);
    expect(calls.saved).toEqual([{ skala: 'P86', toleransi: 3.5 }]);
    fireEvent.click(screen.getByRole('tab', { name: 'Validasi' }));
    await validate();
    // 3,5 points cover 97 against 93,54; P86 has no band "Sangat berhasil".
    expect(findingRows()).toEqual([
      ['predikat-salah', 'F2'],
      ['predikat-salah', 'F3'],
      ['angka-teks', 'C3'],
    ]);
  });

  it('names the sheets not checked in the pane and the report, and marks hidden-sheet findings', async () => {
    const { host, calls } = fakeHost('excel');
    const read = host.readWorkbook.bind(host);
    host.readWorkbook = async (onProgress) => {
      const model = await read(onProgress);
      const notes = new Sheet('Catatan');
      notes.setCell(1, 1, { value: 'Catatan rapat' });
      model.sheets[0].hidden = true;
      return { sheets: [...model.sheets, notes] };
    };
    renderPane(host);
    await validate();

    expect(screen.getByTestId('unchecked').textContent).toBe(
      'Sheet yang tidak diperiksa (1):Catatan: tidak ada tabel LKj yang dikenali',
    );
    // Findings on hidden sheets are left out at first, and counted.
    expect(screen.queryAllByTestId('finding')).toEqual([]);
    expect(screen.getByTestId('hidden-sheets').textContent).toBe(
      'Sheet tersembunyi: 3 temuan disembunyikan — Tampilkan',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan' }));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Tabel 3.1 (tersembunyi) (3)',
    ]);
    expect(document.activeElement?.getAttribute('data-testid')).toBe('summary-block');
    fireEvent.click(screen.getByRole('button', { name: 'Tulis laporan ke sheet' }));
    await screen.findByText('Sheet baru "Hasil Validasi (2)" ditambahkan.');
    const [spec] = calls.added;
    const text = (row: number, col: number) =>
      spec.cells.find((cell) => cell.row === row && cell.col === col)?.value;
    expect(text(4, 1)).toBe('1 sheet tidak diperiksa. Catatan: tidak ada tabel LKj yang dikenali.');
    expect(text(6, 2)).toBe('Tabel 3.1 (tersembunyi)');
    expect(spec.frozenRows).toBe(5);
  });

  it('marks a result computed under other settings as out of date', async () => {
    renderPane(fakeHost('excel').host);
    await validate();
    expect(screen.getByTestId('summary-settings').textContent).toBe(
      'Skala predikat: otomatis (dikenali dari label predikat tiap tabel); tanpa toleransi tambahan.',
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Pengaturan' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Toleransi tambahan/ }), {
      target: { value: '0,5' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan pengaturan' }));
    await screen.findByText(/disimpan bersama dokumen ini/);
    fireEvent.click(screen.getByRole('tab', { name: 'Validasi' }));
    expect(screen.getByText(/Hasil ini sudah tidak sesuai pengaturan/).textContent).toMatch(
      /sekarang skala predikat: otomatis .*; toleransi tambahan 0,5 poin persen/,
    );
  });

  it('shows a read error in Bahasa Indonesia', async () => {
    const { host } = fakeHost('excel');
    host.readWorkbook = async () => {
      throw Object.assign(new Error('The request payload size has exceeded the limit.'), {
        code: 'RequestPayloadSizeLimitExceeded',
      });
    };
    renderPane(host);
    fireEvent.click(screen.getByTestId('validasi'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Excel menolak permintaan (RequestPayloadSizeLimitExceeded): The request payload size has exceeded the limit.',
    );
  });

  it('lists the checks on the help page', async () => {
    renderPane(fakeHost('excel').host);
    fireEvent.click(screen.getByRole('tab', { name: 'Bantuan' }));
    // What a check looks for first, its code as a secondary detail.
    expect((await screen.findByText(/\(kode: capaian-salah\)/)).textContent).toBe(
      '(kode: capaian-salah)',
    );
    expect(screen.getByText(/memilih sel itu di Excel/)).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Cara memakai',
      'Berkas dan data',
      'Pemeriksaan',
    ]);
    expect(screen.getByText(/laporan dan evaluasi selalu ditulis sebagai sheet baru/)).toBeTruthy();
  });

  it('says what to do before the first validation', async () => {
    renderPane(fakeHost('excel').host);
    expect(screen.getByTestId('empty-state').textContent).toMatch(
      /^Tekan “Validasi Workbook LKj” untuk memeriksa semua sheet workbook ini/,
    );
    await validate();
    expect(screen.queryByTestId('empty-state')).toBeNull();
  });
});

describe('the pane as a web page', () => {
  it('opens a file, validates, and marks a finding’s cell in the preview', async () => {
    const { host, calls } = fakeHost('web');
    renderPane(host);
    expect((screen.getByTestId('validasi') as HTMLButtonElement).disabled).toBe(true);

    const file = new File([new Uint8Array([1])], 'lkj.xlsx');
    await act(async () => {
      fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
    });
    expect('opened' in calls && calls.opened).toEqual(['lkj.xlsx']);
    expect(screen.getByText('Berkas: lkj.xlsx')).toBeTruthy();
    await validate();

    fireEvent.click(screen.getByRole('button', { name: 'F2 — buka sel di sheet Tabel 3.1' }));

    const preview = screen.getByTestId('preview');
    expect(preview.dataset.sheet).toBe('Tabel 3.1');
    const marked = preview.querySelectorAll('td[data-marked="true"]');
    expect(
      [...marked].map((cell) => [(cell as HTMLElement).dataset.cell, cell.textContent]),
    ).toEqual([['F2', 'Sangat berhasil']]);
    expect(screen.getByRole('button', { name: 'Unduh laporan' })).toBeTruthy();
  });

  it('says to open a file first, in both tabs, before one is opened', async () => {
    renderPane(fakeHost('web').host);
    expect(screen.getByTestId('empty-state').textContent).toMatch(
      /^Belum ada berkas yang dibuka\. Buka atau seret berkas Excel/,
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Evaluasi' }));
    expect(await screen.findByText('Buka berkas Excel terlebih dahulu.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows why a file cannot be opened, clearing the file and findings before it', async () => {
    const { host } = fakeHost('web');
    const web = host as WebHost;
    renderPane(web);
    await act(async () => {
      fireEvent.change(screen.getByTestId('file-input'), {
        target: { files: [new File([new Uint8Array([1])], 'lkj.xlsx')] },
      });
    });
    await validate();
    web.openFile = async (file) => {
      throw new Error(`"${file.name}" tidak dapat dibuka. Berkas ini bukan berkas Excel .xlsx.`);
    };

    // Opened from another tab: the message shows there too, above the tabs.
    fireEvent.click(screen.getByRole('tab', { name: 'Evaluasi' }));
    await act(async () => {
      fireEvent.change(screen.getByTestId('file-input'), {
        target: { files: [new File(['teks'], 'catatan.xlsx')] },
      });
    });

    expect(screen.getByRole('alert').textContent).toBe(
      '"catatan.xlsx" tidak dapat dibuka. Berkas ini bukan berkas Excel .xlsx.',
    );
    // Nothing of the file before stays under its name: no name, no findings, nothing to run on.
    expect(screen.queryByText(/Berkas: lkj\.xlsx/)).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Validasi' }));
    expect(screen.queryByTestId('summary')).toBeNull();
    expect((screen.getByTestId('validasi') as HTMLButtonElement).disabled).toBe(true);

    // A second bad file: its message alone, not both.
    await act(async () => {
      fireEvent.change(screen.getByTestId('file-input'), {
        target: { files: [new File(['teks'], 'lain.xlsx')] },
      });
    });
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
      '"lain.xlsx" tidak dapat dibuka. Berkas ini bukan berkas Excel .xlsx.',
    ]);

    web.openFile = async () => undefined;
    await act(async () => {
      fireEvent.change(screen.getByTestId('file-input'), {
        target: { files: [new File([new Uint8Array([1])], 'baru.xlsx')] },
      });
    });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Berkas: baru.xlsx')).toBeTruthy();
    expect(screen.queryByTestId('summary')).toBeNull();
  });

  it('accepts a dropped file', async () => {
    const { host, calls } = fakeHost('web');
    renderPane(host);
    const file = new File([new Uint8Array([1])], 'dijatuhkan.xlsx');
    await act(async () => {
      fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [file] } });
    });
    expect('opened' in calls && calls.opened).toEqual(['dijatuhkan.xlsx']);
    await waitFor(() =>
      expect((screen.getByTestId('validasi') as HTMLButtonElement).disabled).toBe(false),
    );
  });
});

describe('help links', () => {
  it.each([
    ['#bantuan', 'bantuan'],
    ['#Bantuan', 'bantuan'],
    ['#pengaturan', 'pengaturan'],
    ['', 'validasi'],
    ['#lain', 'validasi'],
  ])('the address hash %p opens the %s tab', (hash, tab) => {
    expect(tabOfHash(hash)).toBe(tab);
  });

  it('open the pane on Bantuan', () => {
    renderPane(fakeHost('web').host, 'bantuan');
    expect(screen.getByRole('tab', { name: 'Bantuan' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { name: 'Cara memakai' })).toBeTruthy();
  });
});

describe('what the reader could not read', () => {
  it('is shown beside the findings', async () => {
    const { host } = fakeHost('excel');
    const notice = 'Sheet "Lebar" dibaca tanpa sel gabungan: Excel tidak dapat memberikannya.';
    host.readWorkbook = async () => ({ ...workbook(), notices: [notice] });
    renderPane(host);

    await validate();

    const statuses = screen.getAllByRole('status').map((element) => element.textContent);
    expect(statuses).toContain(notice);
  });
});
