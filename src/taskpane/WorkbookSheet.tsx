/**
 * What the panels that generate a sheet share (Evaluasi, Tabel LKj): reading the workbook with
 * their engine chunk and its progress, writing the sheet they build, and the outcome message.
 */
import { useState, type ReactNode } from 'react';
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookModel } from '../workbook/model';
import type { SheetSpec } from '../sheetgen/sheet-spec';
import type { DetectedTable } from '../workbook/table-types';
import type { PaneHost } from './host';
import { Notice } from './Notice';
import { errorMessage } from './useValidation';

/** The workbook as read for a plan, with the engine that plans it. */
export interface Read<E> {
  engine: E;
  model: WorkbookModel;
  tables: DetectedTable[];
}

type Progress = { done: number; total: number };

export function useWorkbookSheet<E extends { detectTables(model: WorkbookModel): DetectedTable[] }>(
  host: PaneHost,
  loadEngine: () => Promise<E>,
) {
  const [reading, setReading] = useState<Progress | null>(null);
  const [read, setRead] = useState<Read<E> | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [writing, setWriting] = useState(false);

  const prepare = async () => {
    setStatus(null);
    setRead(null);
    setReading({ done: 0, total: 1 });
    try {
      const [model, engine] = await Promise.all([
        host.readWorkbook((done, total) => setReading({ done, total })),
        loadEngine(),
      ]);
      setRead({ engine, model, tables: engine.detectTables(model) });
    } catch (error) {
      setStatus({ ok: false, message: errorMessage(error) });
    } finally {
      setReading(null);
    }
  };

  /** Adds the sheet `build` makes of the read workbook (given its sheet names). */
  const write = async (build: (read: Read<E>, names: string[]) => SheetSpec) => {
    if (!read) return;
    setWriting(true);
    try {
      const added = await host.addSheet(
        build(
          read,
          read.model.sheets.map((sheet) => sheet.name),
        ),
      );
      setStatus({ ok: true, message: added.note });
    } catch (error) {
      setStatus({ ok: false, message: errorMessage(error) });
    } finally {
      setWriting(false);
    }
  };

  return { reading, read, status, writing, prepare, write };
}

export function ReadingProgress({ reading }: { reading: Progress | null }) {
  if (!reading) return null;
  return (
    <Field
      validationMessage={`Membaca workbook… (${reading.done}/${reading.total})`}
      validationState="none"
    >
      <ProgressBar
        aria-label="Kemajuan membaca"
        value={reading.total ? reading.done / reading.total : undefined}
      />
    </Field>
  );
}

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  detail: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/** The plan's notes, then the button that writes its sheet. */
export function WriteSheet({
  notes,
  testId,
  disabled,
  onWrite,
  children,
}: {
  notes: readonly string[];
  testId: string;
  disabled: boolean;
  onWrite: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <>
      {notes.map((note) => (
        <span key={note} className={styles.detail}>
          Catatan: {note}
        </span>
      ))}
      <div className={styles.actions}>
        <Button appearance="primary" data-testid={testId} disabled={disabled} onClick={onWrite}>
          {children}
        </Button>
      </div>
    </>
  );
}

export function Outcome({ status }: { status: { ok: boolean; message: string } | null }) {
  return status && <Notice intent={status.ok ? 'success' : 'error'}>{status.message}</Notice>;
}
