import { reweighIkm } from '../core/ikm';
import { parseSteps, statedDecimals, unwrap, valueOf, type Expr } from '../core/penghitungan';
import { matchesStated } from '../core/tolerance';
import type { Check } from './check';
import { finding } from './check';
import { expectedNumber, shownNumber } from './compare';
import type { CheckContext } from './context';
import type { Finding } from './finding';
import { summaryRowFindings } from './summary-rows';
import type { Sheet } from '../workbook/model';
import { columnOf } from './tables';

export const rule: Check = {
  id: 'hitung-salah',
  title: 'Penghitungan tidak cocok',
  severity: 'error',
  description:
    'Penghitungan yang angkanya tidak menghasilkan hasil yang tertulis: setiap langkah "=" diperiksa, dan kolom Hasil sebagai langkah terakhir; hasil IKM dengan bobot lazim lain (0,111 atau 0,11 untuk 1/9) diterima; pada formulir Renja, baris rata-rata (K dirata-ratakan, Rp dijumlahkan) dan baris persentase di bawahnya.',
  check(context) {
    return [...penghitunganFindings(context), ...summaryRowFindings(context, rule)];
  },
};

function penghitunganFindings(context: CheckContext): Finding[] {
  return penghitunganRows(context).flatMap(({ sheet, row, steps }) => {
    const findings: Finding[] = [];
    let lastSlip: Slip | undefined;
    for (let i = 1; i < steps.length; i++) {
      // A result by another known IKM weight (0,111 for 1/9) is a convention, not a slip.
      if (ikmConvention(steps[i - 1], steps[i], context.toleransi)) continue;
      for (const slip of slips(steps[i - 1], steps[i], context.toleransi)) {
        lastSlip = slip;
        findings.push(
          finding(
            rule,
            context.at(sheet, row, steps[i].col),
            `Penghitungan salah: ${slip.computedText} = ${shownNumber(slip.value, 3)}, bukan ${slip.statedText}`,
            expectedNumber(slip.value, 3),
            valueOf(slip.stated),
          ),
        );
      }
    }
    // A slip carried forward: the last step's own arithmetic is not the whole story.
    const truth = steps.length > 0 ? valueOf(steps[0].expr) : NaN;
    if (lastSlip && Math.abs(lastSlip.value - truth) > 1e-9 * Math.max(1, Math.abs(truth))) {
      findings[findings.length - 1].message += `; hasil yang benar ${shownNumber(truth, 3)}`;
    }
    return findings;
  });
}

/** One arithmetic step of a penghitungan, and the column it is written in. */
interface PenghitunganStep {
  expr: Expr;
  col: number;
  text: string;
}

/** The steps of each penghitungan row, the Hasil column as the last. */
function penghitunganRows(
  context: CheckContext,
): { sheet: Sheet; row: number; steps: PenghitunganStep[] }[] {
  return context.tables.flatMap((table) => {
    const penghitungan = columnOf(table, 'penghitungan');
    if (!penghitungan) return [];
    const hasilCol = columnOf(table, 'hasil')?.col;
    const sheet = context.sheet(table.sheet);
    return table.dataRows.map((row) => {
      const text = context.text(sheet, row, penghitungan.col);
      const steps: PenghitunganStep[] = parseSteps(text)
        .filter((step): step is { text: string; expr: Expr } => step.expr !== undefined)
        .map((step) => ({ expr: step.expr, col: penghitungan.col, text: step.text }));
      const hasil = hasilCol === undefined ? undefined : context.number(sheet, row, hasilCol);
      if (hasilCol !== undefined && hasil?.value != null) {
        const { value, decimals, shown } = hasil;
        steps.push({
          expr: { type: 'number', value, decimals, start: 0, end: shown.length },
          col: hasilCol,
          text: shown,
        });
      }
      return { sheet, row, steps };
    });
  });
}

/**
 * Where a step does not follow from the one before it, but would with another known IKM weight
 * (0,111 or 0,11 for 1/9, or the other way round): that weight.
 */
function ikmConvention(
  before: PenghitunganStep,
  after: PenghitunganStep,
  extra: number,
): ReturnType<typeof reweighIkm>[number] | undefined {
  const variants = reweighIkm(before.expr);
  if (variants.length === 0 || slips(before, after, extra).length === 0) return undefined;
  return variants.find((variant) => agreesWith(after.expr, variant.value, extra));
}

interface Slip {
  value: number;
  stated: Expr;
  computedText: string;
  statedText: string;
}

/**
 * Where a step does not follow from the one before it. Two steps of the same shape
 * (`(a+b)/4 = 336,6/4`) are compared part by part, so the slip is named where it happened.
 */
function slips(
  before: { expr: Expr; text: string },
  after: { expr: Expr; text: string },
  extra: number,
): Slip[] {
  const compare = (p: Expr, c: Expr): Slip[] => {
    const previous = unwrap(p);
    const current = unwrap(c);
    const value = valueOf(previous);
    if (current.type === 'binary' && previous.type === 'binary' && current.op === previous.op) {
      const sameSide = (x: Expr, y: Expr): boolean =>
        Math.abs(valueOf(x) - valueOf(y)) <= 1e-9 * Math.max(1, Math.abs(valueOf(x)));
      const left = sameSide(previous.left, current.left)
        ? []
        : compare(previous.left, current.left);
      const right = sameSide(previous.right, current.right)
        ? []
        : compare(previous.right, current.right);
      return [...left, ...right];
    }
    if (agreesWith(current, value, extra)) return [];
    return [
      {
        value,
        stated: current,
        computedText: textOf(before.text, previous, p === before.expr),
        statedText: textOf(after.text, current, c === after.expr),
      },
    ];
  };
  return compare(before.expr, after.expr);
}

/** A stated number agrees within its own decimals; an expression within the decimals it is written with. */
function agreesWith(stated: Expr, computed: number, extra: number): boolean {
  const value = valueOf(stated);
  return (
    matchesStated(value, statedDecimals(stated), computed) !== false ||
    Math.abs(value - computed) <= extra
  );
}

/** The part of a step's text an expression was read from (a whole step as written). */
function textOf(stepText: string, expr: Expr, whole: boolean): string {
  return whole ? stepText : stepText.slice(expr.start, expr.end).trim();
}
