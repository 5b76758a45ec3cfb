/**
 * "Perbaiki" beside a finding or a group of them: writes their fixes (Finding.fix) through the
 * host, into the workbook in Excel or into a downloaded corrected copy on the web page. Where
 * Excel cannot take a fix back with one Ctrl+Z, it says so and asks before writing.
 */
import { useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../checks/finding';
import type { PaneHost } from './host';
import { Notice } from './Notice';
import { errorMessage } from './useValidation';

const useStyles = makeStyles({
  action: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  confirm: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface FixActionProps {
  host: Pick<PaneHost, 'kind' | 'fix' | 'fixUndoable'>;
  /** One finding, or the findings of a group. */
  findings: readonly Finding[];
  /** After the fixes were written: what the user should know (the pane validates again). */
  onFixed: (note: string) => void;
  disabled?: boolean;
}

export function FixAction({ host, findings, onFixed, disabled = false }: FixActionProps) {
  const styles = useStyles();
  const [state, setState] = useState<'idle' | 'confirming' | 'busy'>('idle');
  const [failure, setFailure] = useState<string | null>(null);
  const fixes = findings.flatMap((finding) => finding.fix ?? []);
  if (!host.fix || fixes.length === 0) return null;

  const cells = fixes.length === 1 ? '' : ` (${fixes.length} sel)`;
  const group = findings.length > 1;
  const label =
    host.kind === 'excel'
      ? `${group ? 'Perbaiki semua' : 'Perbaiki'}${cells}`
      : `${group ? 'Unduh salinan dengan semua perbaikan' : 'Unduh salinan yang diperbaiki'}${cells}`;
  const where = group ? '' : ` ${findings[0].cell} di sheet ${findings[0].sheet}`;

  const write = async () => {
    setState('busy');
    setFailure(null);
    try {
      const { note } = await host.fix!(fixes);
      setState('idle');
      onFixed(note);
    } catch (error) {
      setState('idle');
      setFailure(errorMessage(error));
    }
  };

  const start = () => {
    // Asked before writing: nothing of the workbook changes until the user agrees.
    if (host.kind === 'excel' && host.fixUndoable?.() === false) setState('confirming');
    else void write();
  };

  return (
    <div className={styles.confirm}>
      {state === 'confirming' ? (
        <Notice intent="warning">
          <div className={styles.confirm}>
            <span>
              Excel ini tidak dapat membatalkan perbaikan dengan Ctrl+Z. {fixes.length} sel akan
              diganti; simpan salinan workbook dulu bila ingin dapat kembali.
            </span>
            <span className={styles.action}>
              <Button appearance="primary" data-testid="fix-confirm" onClick={() => void write()}>
                Tetap perbaiki
              </Button>
              <Button data-testid="fix-cancel" onClick={() => setState('idle')}>
                Batal
              </Button>
            </span>
          </div>
        </Notice>
      ) : (
        <span className={styles.action}>
          <Button
            size="small"
            data-testid="fix"
            aria-label={`${label}${where}`}
            disabled={disabled || state === 'busy'}
            onClick={start}
          >
            {label}
          </Button>
        </span>
      )}
      {failure && <Notice intent="error">{failure}</Notice>}
    </div>
  );
}
