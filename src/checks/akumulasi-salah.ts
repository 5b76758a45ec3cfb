/**
 * akumulasi-salah (DOMAIN sections 7 and 9): on a Renja form, the year's K realisasi (the sum of
 * the K quarters the numbering row writes, `13 = 9 + 10 + 11 + 12`) and the realisasi to date
 * (`14 = 7 + 13`) against the indicator's jenis. A nilai-akhir indicator (percentage, index,
 * rate) ends at its last quarter and its to-date value is this year's, not the sum of two years'
 * percentages; a rata-rata one takes the mean; a kumulatif one adds up. Only where the jenis is
 * certain (a Jenis column, the user, or clear from name and satuan); Rp columns always add up and
 * stay with rumus-kolom. One finding per row, on the first cell that holds the wrong aggregate.
 * A to-date that adds the years exactly as the form's numbering row says, on a level known only
 * from its name, is left to akumulasi-rumus (info): the form adds them, and the jenis is a guess.
 */
import { akumulasiTahun, type Akumulasi } from '../core/akumulasi';
import { ratioOperands } from '../workbook/detect-kind';
import type { IndicatorJenis } from '../facts/indicators';
import type { FormAggregates } from '../facts/renja-form';
import { toA1, type Sheet } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import type { Check } from './check';
import { finding } from './check';
import { actualOf, agrees, expectedNumber, shownNumber } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { indicators } from './indicators';
import { quarterValue, type CellNumber } from '../workbook/cell-number';

export const rule: Check = {
  id: 'akumulasi-salah',
  title: 'Triwulan dihimpun tidak sesuai jenis',
  severity: 'error',
  description:
    'Realisasi tahun berjalan atau s.d. tahun ini yang dihimpun dari triwulan tidak menurut jenis indikatornya: triwulan indikator nilai akhir (persentase, indeks, rasio) dijumlahkan, atau triwulan indikator kumulatif tidak dijumlahkan.',
  check: (context) => akumulasiVerdicts(context).findings,
};

export interface AkumulasiVerdicts {
  findings: Finding[];
  /**
   * Cells (`sheet!A1`) whose value is right for the row's jenis though the numbering row sums
   * them: a nilai-akhir row carrying its last quarter is no rumus-kolom slip.
   */
  rightByJenis: Set<string>;
  /**
   * To-date cells of an indicator whose nilai-akhir jenis is only inferred (name, satuan) that
   * follow the sum the form's own numbering row states (`13 = 5+11`): the form, not the staff,
   * adds the years, and the jenis is a guess, so this is named (akumulasi-rumus), not an error.
   */
  summedByForm: SummedByForm[];
}

/** A to-date cell that adds the years as the form's equation says, on an inferred level. */
export interface SummedByForm {
  sheet: Sheet;
  row: number;
  col: number;
  equation: string;
  stated: CellNumber;
  before: CellNumber;
  beforeCol: number;
  year: CellNumber;
  yearCol: number;
  /** `; karena itu capaian AF14 200%, seharusnya 100%`, where a capaian divides the sum. */
  capaian: string;
}

export function akumulasiVerdicts(context: CheckContext): AkumulasiVerdicts {
  return context.shared(collect);
}

const JENIS_TEXT: Record<Akumulasi, string> = {
  kumulatif: 'kumulatif',
  'nilai-akhir': 'nilai akhir',
  'rata-rata': 'rata-rata',
};

const RIGHT_TEXT: Record<Akumulasi, string> = {
  kumulatif: 'jumlah triwulan',
  'nilai-akhir': 'triwulan terakhir yang terisi',
  'rata-rata': 'rata-rata triwulan',
};

function collect(context: CheckContext): AkumulasiVerdicts {
  const verdicts: AkumulasiVerdicts = { findings: [], rightByJenis: new Set(), summedByForm: [] };
  const model = indicators(context);
  for (const table of context.tables) {
    const form = context.facts.renjaForm(table)?.aggregates.K;
    if (!form) continue;
    const sheet = context.sheet(table.sheet);
    const mentions = model.mentions.filter((mention) => mention.table === table);
    for (const mention of mentions) {
      const jenis = rowJenis(model.indicatorOf(mention)?.jenis, mention.jenis);
      if (!jenis) continue;
      const row = new FormRow(context, sheet, table, mention.row, form, jenis, verdicts);
      row.check();
    }
  }
  return verdicts;
}

/** The user's choice first, then the row's own Jenis cell, then the indicator's. */
function rowJenis(
  indicator: IndicatorJenis | undefined,
  own: { value: Akumulasi; cell: { sheet: string; row: number; col: number } } | undefined,
): IndicatorJenis | undefined {
  if (indicator?.from === 'pilihan' || !own) return indicator;
  return { value: own.value, from: 'kolom', cell: own.cell };
}

/** One line row of a form, checked year first, then to date. */
class FormRow {
  constructor(
    private readonly context: CheckContext,
    private readonly sheet: Sheet,
    private readonly table: DetectedTable,
    private readonly row: number,
    private readonly form: FormAggregates,
    private readonly jenis: IndicatorJenis,
    private readonly verdicts: AkumulasiVerdicts,
  ) {}

  check(): void {
    const quarters = this.form.quarters.map((col) => quarterValue(this.read(col)));
    // No quarter holds a realisation yet (blank, or 0 that a copied-down formula computes): the
    // year is not measured, and last year's level rightly stands as the to-date value.
    if (quarters.every((value) => value === undefined || value === 0)) return;
    const year = this.read(this.form.year);
    if (year.value === null && !year.nil) return;
    if (this.checkYear(quarters, year)) return;
    this.checkToDate(year.value ?? 0);
  }

  /** True when the year's cell is reported. */
  private checkYear(quarters: (number | undefined)[], year: CellNumber): boolean {
    const type = this.jenis.value;
    const right = akumulasiTahun(quarters, type);
    const sum = akumulasiTahun(quarters, 'kumulatif');
    const isRight = this.agrees(year, right);
    if (isRight) {
      this.verdicts.rightByJenis.add(this.key(this.form.year));
      return false;
    }
    const last = akumulasiTahun(quarters, 'nilai-akhir');
    const mean = akumulasiTahun(quarters, 'rata-rata');
    if (type === 'kumulatif') {
      // Not summed: the last quarter or the mean. Quarters that never fall may be written to
      // date (10, 20, 30, 40), and then the last one is the year.
      const filled = quarters.filter((value): value is number => value !== undefined);
      const running = filled.every((value, i) => i === 0 || value >= filled[i - 1]);
      if (running && this.agrees(year, last)) return false;
      const took = this.agrees(year, last)
        ? 'triwulan terakhir'
        : this.agrees(year, mean)
          ? 'rata-rata triwulan'
          : undefined;
      if (took === undefined) return false;
      this.report(this.form.year, year, right, `tahun berjalan`, `yang tertulis adalah ${took}`);
      return true;
    }
    // A level known only from its name may be a yearly mean of quarterly surveys (IKM).
    if (type === 'nilai-akhir' && this.jenis.from === 'nama' && this.agrees(year, mean)) {
      this.verdicts.rightByJenis.add(this.key(this.form.year));
      return false;
    }
    if (type === 'nilai-akhir' && this.mayBeIncrements(sum, last)) return false;
    const summed = this.agrees(year, sum);
    this.report(
      this.form.year,
      year,
      right,
      'tahun berjalan',
      summed ? `triwulannya dijumlahkan (${this.quarterText()})` : undefined,
    );
    return true;
  }

  /**
   * Quarters of a nilai-akhir indicator that may be increments of its level (the form's `K =
   * %×target − earlier quarters`): their sum, not the last one, is near the year's target. Without
   * a target that cannot be told, and a sum is not disputed.
   */
  private mayBeIncrements(sum: number, last: number): boolean {
    const target = this.form.target === undefined ? null : this.read(this.form.target).value;
    if (target === null) return true;
    return Math.abs(sum - target) < Math.abs(last - target);
  }

  private checkToDate(year: number): void {
    const toDate = this.form.toDate;
    if (!toDate) return;
    const stated = this.read(toDate.col);
    const beforeReading = this.read(toDate.before);
    if (stated.value === null && !stated.nil) return;
    const before = beforeReading.nil ? 0 : beforeReading.value;
    if (this.jenis.value === 'kumulatif') {
      if (before === null || before === 0) return;
      if (this.agrees(stated, before + year) || !this.agrees(stated, year)) return;
      this.report(
        toDate.col,
        stated,
        before + year,
        's.d. tahun ini',
        `realisasi tahun-tahun sebelumnya (${beforeReading.shown}) tidak ditambahkan`,
      );
      return;
    }
    // A level to date is this year's level: adding the years before adds percentages.
    if (this.agrees(stated, year)) {
      this.verdicts.rightByJenis.add(this.key(toDate.col));
      return;
    }
    const added = before !== null && before !== 0 && this.agrees(stated, before + year);
    if (added && this.jenis.from === 'nama') {
      this.verdicts.summedByForm.push({
        sheet: this.sheet,
        row: this.row,
        col: toDate.col,
        equation: this.equationText(toDate.col),
        stated,
        before: beforeReading,
        beforeCol: toDate.before,
        year: this.read(this.form.year),
        yearCol: this.form.year,
        capaian: this.capaianText(toDate.col, year),
      });
      return;
    }
    this.report(
      toDate.col,
      stated,
      year,
      's.d. tahun ini',
      added
        ? `yang tertulis menjumlahkan realisasi s.d. tahun lalu ${beforeReading.shown} dan tahun ini ${this.read(this.form.year).shown}`
        : undefined,
      `nilai akhir tahun ini, ${toA1(this.row, this.form.year)}`,
    );
  }

  private report(
    col: number,
    stated: CellNumber,
    expected: number,
    what: string,
    why: string | undefined,
    how = RIGHT_TEXT[this.jenis.value],
  ): void {
    const decimals = Math.max(2, stated.decimals);
    const capaian = this.capaianText(col, expected);
    const message =
      `Indikator ${JENIS_TEXT[this.jenis.value]} (${this.sourceText()}): realisasi ${what} ` +
      `tertulis ${stated.shown}, seharusnya ${shownNumber(expected, decimals)} (${how})` +
      (why === undefined ? '' : `; ${why}`) +
      capaian;
    this.verdicts.findings.push(
      finding(
        rule,
        this.context.at(this.sheet, this.row, col),
        message,
        expectedNumber(expected, decimals),
        actualOf(stated),
      ),
    );
  }

  /** The capaian the wrong aggregate carries, where a capaian equation divides it. */
  private capaianText(col: number, expected: number): string {
    for (const ratio of this.form.ratios) {
      const operands = ratioOperands(ratio.expression);
      if (!operands || operands[0] !== col) continue;
      const stated = this.read(ratio.resultCol);
      const divisor = this.read(operands[1]).value;
      if (stated.value === null || divisor === null || divisor === 0) continue;
      const right = (expected / divisor) * 100;
      if (this.agrees(stated, right)) continue;
      return `; karena itu capaian ${toA1(this.row, ratio.resultCol)} ${stated.shown}%, seharusnya ${shownNumber(right)}%`;
    }
    return '';
  }

  private sourceText(): string {
    switch (this.jenis.from) {
      case 'pilihan':
        return 'pilihan pengguna';
      case 'kolom':
        return `kolom jenis ${toA1(this.jenis.cell.row, this.jenis.cell.col)}`;
      case 'nama':
        return 'dari nama dan satuannya';
    }
  }

  private quarterText(): string {
    return this.form.quarters.map((col) => this.read(col).shown || 'kosong').join(' + ');
  }

  private equationText(col: number): string {
    const equation = this.table.equations.find((candidate) => candidate.resultCol === col);
    return equation?.text.trim() ?? '';
  }

  private read(col: number): CellNumber {
    return this.context.number(this.sheet, this.row, col);
  }

  private agrees(stated: CellNumber, value: number): boolean {
    return agrees(stated, value, this.context.toleransi);
  }

  private key(col: number): string {
    return `${this.sheet.name}!${toA1(this.row, col)}`;
  }
}
