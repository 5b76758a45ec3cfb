/** "Buka berkas Excel" on the web page: a button for the file picker, and a drop zone. */
import { useRef, useState, type DragEvent } from 'react';
import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalM,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hidden: { display: 'none' },
});

export function FileOpener({
  fileName,
  disabled,
  onFile,
}: {
  fileName: string | null;
  disabled: boolean;
  onFile: (file: File) => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      className={mergeClasses(styles.zone, dragging && styles.dragging)}
      data-testid="drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Button
        appearance="primary"
        data-testid="open-file"
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        Buka berkas Excel
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,.xls"
        data-testid="file-input"
        aria-label="Pilih berkas Excel"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after editing it) reads it again.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <Text aria-live="polite">
        {fileName
          ? `Berkas: ${fileName}`
          : 'atau seret berkas .xlsx / .xls ke sini. Berkas tidak dikirim ke mana pun.'}
      </Text>
    </div>
  );
}
