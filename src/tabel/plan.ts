/** planTabel: what each BAB III table would hold, from the detected tables. */
import type { WorkbookModel } from '../workbook/model';
import type { DetectedTable } from '../workbook/table-types';
import type { TabelOptions, TabelPlan } from './types';

export function planTabel(
  _model: WorkbookModel,
  _tables: DetectedTable[],
  options: TabelOptions = {},
): TabelPlan {
  return {
    year: new Date().getFullYear(),
    scale: options.skala ?? 'LKJ',
    indicators: [],
    years: [],
    efisiensi: [],
    anggaran: [],
    sections: [],
    notes: [],
  };
}
