/** A short help page: how to use the pane, and what each check looks for. */
import { useEffect, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { loadEngine } from './load-engine';

const useStyles = makeStyles({
  text: { lineHeight: tokens.lineHeightBase300, maxWidth: '640px' },
  // The check's code is secondary: the text a staff member reads first is what it looks for.
  code: { color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyMonospace },
});

export function HelpPanel({ hostKind }: { hostKind: 'excel' | 'web' }) {
  const styles = useStyles();
  const [checks, setChecks] = useState<readonly { id: string; description: string }[]>([]);
  useEffect(() => {
    let shown = true;
    loadEngine().then(
      (engine) => shown && setChecks(engine.checks),
      () => undefined, // The list is a nicety; the steps above stay readable without it.
    );
    return () => {
      shown = false;
    };
  }, []);
  return (
    <div className={styles.text}>
      <h2>Cara memakai</h2>
      <ol>
        {hostKind === 'web' && (
          <li>
            Tekan “Buka berkas Excel” atau seret berkas ke kotak di atas. Berkas dibaca di peramban
            ini saja.
          </li>
        )}
        <li>
          Tekan “Validasi Workbook LKj”. Semua sheet dibaca, tabel LKj dikenali, lalu angka,
          capaian, predikat, jumlah, dan NIP diperiksa.
        </li>
        <li>
          Temuan dikelompokkan per sheet dan per pemeriksaan. Tekan alamat sel (misalnya G8) untuk{' '}
          {hostKind === 'excel' ? 'memilih sel itu di Excel.' : 'melihat sel itu di pratinjau.'}{' '}
          Saring menurut pemeriksaan, sheet, atau kata yang dicari. Temuan di sheet tersembunyi baru
          tampil setelah “Tampilkan”; tiga temuan serupa atau lebih dilipat menjadi satu baris,
          tekan barisnya untuk melihat sel-selnya.
        </li>
        <li>
          {hostKind === 'excel'
            ? '“Tulis laporan ke sheet” menambah sheet baru “Hasil Validasi” berisi semua temuan dengan tautan ke selnya. Sheet yang sudah ada tidak pernah ditimpa.'
            : '“Unduh laporan” mengunduh salinan berkas dengan sheet tambahan “Hasil Validasi” berisi semua temuan dengan tautan ke selnya. Berkas asli tidak diubah.'}
        </li>
        <li>
          Di tab Evaluasi, “Buat Sheet Evaluasi Penghitungan” menampilkan pratinjau baris per
          indikator; ubah jenis indikator bila perlu, lalu{' '}
          {hostKind === 'excel'
            ? 'tulis sheet ke workbook.'
            : 'unduh salinan berkas dengan sheet itu.'}
        </li>
        <li>Di tab Pengaturan, pilih skala predikat dan toleransi bila perlu.</li>
      </ol>
      <p>
        Tingkat: <strong>Kesalahan</strong> berarti angka salah atau kosong,{' '}
        <strong>Peringatan</strong> berarti kemungkinan salah, <strong>Info</strong> berarti layak
        dilihat.
      </p>
      <h2>Berkas dan data</h2>
      <ul>
        {hostKind === 'web' ? (
          <li>
            Berkas dibaca di peramban ini saja; tidak ada data yang dikirim ke mana pun. Berkas asli
            tidak pernah diubah: laporan dan sheet evaluasi diunduh sebagai salinan.
          </li>
        ) : (
          <li>
            Workbook dibaca di Excel ini saja; tidak ada data yang dikirim ke mana pun. Sel dan
            sheet yang ada tidak pernah diubah: laporan dan evaluasi selalu ditulis sebagai sheet
            baru.
          </li>
        )}
        <li>
          Berkas Excel .xlsx dan .xls (Excel 97–2003) dapat dibaca; salinan dari .xls berformat
          .xlsx tanpa tampilan sheet asal. Berkas .csv atau berkata sandi: buka di Excel, hapus kata
          sandinya, lalu simpan sebagai .xlsx.
        </li>
        <li>
          Pengaturan (skala predikat dan toleransi){' '}
          {hostKind === 'excel' ? 'disimpan bersama dokumen.' : 'disimpan di peramban ini.'}
        </li>
      </ul>
      <h2>Pemeriksaan</h2>
      <ul>
        {checks.map((check) => (
          <li key={check.id} data-testid="pemeriksaan" data-rule={check.id}>
            {check.description} <span className={styles.code}>(kode: {check.id})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
