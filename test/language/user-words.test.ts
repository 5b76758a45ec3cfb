/**
 * Issue 21, "Bahasa": what the pane and `lkj` show speaks the words of a staff member, never the
 * workshop's. Every user-visible string of the source (test/support/user-strings.ts) is checked
 * against the words below; docs/decisions.md ("Kata yang dibaca pengguna") gives the list's
 * reasons.
 */
import { userStrings, type UserString } from '../support/user-strings';

/** A word from the workshop, and why a staff member should not read it. */
const WORKSHOP_WORDS: [RegExp, string][] = [
  [/\bExcelJS\b/i, 'nama pustaka'],
  [/\bSheetJS\b/i, 'nama pustaka'],
  [/\bJSZip\b|\bfflate\b|\bsaxes\b/i, 'nama pustaka'],
  [/\bOffice\.js\b|appsforoffice/i, 'nama pustaka dan server Microsoft'],
  [/\bzip\b/i, 'isi teknis berkas .xlsx'],
  [/\b(web )?workers?\b/i, 'cara kerja halaman'],
  // The option `--json` is a name the user types; JSON as a word is a programmer's.
  [/(?<!--)\bJSON\b/i, 'format data pemrogram'],
  // "File > Info" is Excel's own menu, as a user sees it.
  [/\bfiles?\b(?!\s*>)/i, 'satu istilah: berkas'],
  [/\bExcel Workbook\b|\bWorkbook \(\.xlsx\)/i, 'satu nama jenis berkas: Buku Kerja Excel (.xlsx)'],
  [/\b(undefined|NaN|null)\b|\[object /, 'nilai kode yang bocor'],
  [
    /\b(download|upload|click|browser|spreadsheet)\b/i,
    'kata Inggris: unduh, unggah, tekan, peramban',
  ],
];

/** The short name of a scale, explained by its source in the same text. */
const SCALE_IDS = /\bP86\b/;
const SCALE_EXPLAINED = /Permendagri 86\/2017/;

const leaks = (strings: readonly UserString[]) =>
  strings.flatMap(({ where, text }) => [
    ...WORKSHOP_WORDS.filter(([word]) => word.test(text)).map(
      ([word, why]) => `${where} ${word.source} (${why}): ${text}`,
    ),
    ...(SCALE_IDS.test(text) && !SCALE_EXPLAINED.test(text)
      ? [`${where} P86 tanpa penjelasan: ${text}`]
      : []),
  ]);

describe('the words the pane and lkj show', () => {
  const strings = userStrings();

  it('lists the texts of the pane, its pages, the manifest, the checks, the hosts and lkj', () => {
    const texts = new Set(strings.map((entry) => entry.text));
    const where = new Set(strings.map((entry) => entry.where.replace(/\/[^/]*$/, '')));
    // A text from each kind of place: JSX text, a prop, a thrown message, a + chain, a page.
    expect([...texts]).toEqual(
      expect.arrayContaining([
        'Buka berkas Excel',
        'Kosongkan untuk memakai tahun yang disebut workbook.',
        'Belum ada berkas. Buka berkas Excel terlebih dahulu.',
        'Halaman ini memerlukan JavaScript.',
        'Validasi Workbook LKj',
        expect.stringMatching(/^Pemakaian: lkj validate .*--skala .*Permendagri 86\/2017/),
        expect.stringMatching(/^Predikat tertulis tidak sesuai pita skala/),
      ]),
    );
    expect([...where]).toEqual(
      expect.arrayContaining([
        'src/taskpane',
        'src/cli/commands',
        'src/checks',
        'src/hosts/xlsx',
        'src/hosts/xls',
        'manifest.xml',
      ]),
    );
  });

  it.each([
    ['Dibaca dengan ExcelJS.'],
    ['Menunggu Office.js dari appsforoffice.microsoft.com'],
    ['daftar isi zip rusak'],
    ['Web Worker berhenti.'],
    ['keluaran JSON'],
    ['Buka file Excel'],
    ['Simpan sebagai "Excel Workbook (.xlsx)"'],
    ['skala P86'],
    ['Nilai undefined'],
  ])('finds the workshop word in %j', (text) => {
    expect(leaks([{ where: 'contoh', text }])).toHaveLength(1);
  });

  it.each([
    ['hapus kata sandi (File > Info > Lindungi Buku Kerja)'],
    ['[--json] [--skala LKJ|P86|IKM] … P86: Permendagri 86/2017'],
    ['Simpan Sebagai "Buku Kerja Excel (.xlsx)"'],
    ['profil pejabat'],
  ])('lets %j pass', (text) => {
    expect(leaks([{ where: 'contoh', text }])).toEqual([]);
  });

  it('has none of the workshop words, and names every scale by its source', () => {
    expect(leaks(strings)).toEqual([]);
  });
});
