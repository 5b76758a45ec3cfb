/**
 * The indicators whose jenis decides a finding: those on a Renja form whose numbering row adds
 * the quarters up (akumulasi-salah), each with the jenis the workbook gives it and where from,
 * so the pane can show it and let the user choose another (ValidationOptions.jenis).
 */
import type { Akumulasi } from '../core/akumulasi';
import { WorkbookFacts } from '../facts/facts';
import type { Indicator } from '../facts/indicators';
import { toA1, type WorkbookModel } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';

export interface JenisIndikator {
  /** The indicator's name as first written: the key of the user's choice. */
  name: string;
  /** What the workbook says, without the user's choice; absent where nothing tells. */
  auto?: { value: Akumulasi; from: 'kolom' | 'nama'; sheet: string; cell: string };
}

/** A pane lists this many at most; a form longer than that is beyond a list to click through. */
export const MAX_JENIS_INDIKATOR = 500;

export function jenisIndikator(
  model: WorkbookModel,
  tables: readonly DetectedTable[],
): { list: JenisIndikator[]; leftOut: number } {
  const facts = new WorkbookFacts(model, tables);
  const indicators = facts.indicators.model;
  const forms = new Set(tables.filter((table) => facts.renjaForm(table)?.aggregates.K));
  const seen = new Set<Indicator>();
  for (const mention of indicators.mentions) {
    const indicator = forms.has(mention.table) ? indicators.indicatorOf(mention) : undefined;
    if (indicator) seen.add(indicator);
  }
  const all = [...seen];
  return {
    list: all.slice(0, MAX_JENIS_INDIKATOR).map(entryOf),
    leftOut: Math.max(0, all.length - MAX_JENIS_INDIKATOR),
  };
}

function entryOf(indicator: Indicator): JenisIndikator {
  const entry: JenisIndikator = { name: indicator.name };
  const jenis = indicator.jenis;
  if (jenis && jenis.from !== 'pilihan') {
    const { sheet, row, col } = jenis.cell;
    entry.auto = { value: jenis.value, from: jenis.from, sheet, cell: toA1(row, col) };
  }
  return entry;
}
