/**
 * Where a run of the engine is, as a progress bar with its step named (validation and
 * generators). The step's text is a polite live region: a screen reader says it when it changes,
 * without breaking into what is being read.
 */
import { Field, ProgressBar } from '@fluentui/react-components';
import type { PlanStep, ValidationStep } from './engine-types';

function stepText(step: ValidationStep | PlanStep): string {
  if (step.kind === 'reading') return `Membaca workbook… (${step.done}/${step.total})`;
  if (step.kind === 'detecting') return 'Mengenali tabel…';
  if (step.kind === 'preparing') return 'Membaca tabel anggaran…';
  if (step.kind === 'checking') return `Menjalankan pemeriksaan… (${step.done}/${step.total})`;
  if (step.kind === 'planning') return 'Menyusun pratinjau…';
  return 'Menulis sheet…';
}

export function StepProgress({ step, label }: { step: ValidationStep | PlanStep; label: string }) {
  return (
    <Field
      validationMessage={{ children: stepText(step), role: 'status', 'aria-live': 'polite' }}
      validationState="none"
    >
      <ProgressBar
        aria-label={label}
        value={'total' in step && step.total > 0 ? step.done / step.total : undefined}
      />
    </Field>
  );
}
