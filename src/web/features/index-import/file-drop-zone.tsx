import { Text } from '@mantine/core';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LineIcon } from '../../shared/line-icon';
import classes from './file-drop-zone.module.css';

/** What the file picker offers first; other files can still be dropped and are then explained. */
const ACCEPT = '.xlsx,.xlsm,.xls,.csv,.gz,.json,.zip';

/** A file tray with an upward arrow. */
function UploadIcon() {
  return (
    <LineIcon size={36} strokeWidth={1.8} className={classes.icon}>
      <path d="M12 15V4m0 0-4 4m4-4 4 4M5 15v3a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-3" />
    </LineIcon>
  );
}

interface FileDropZoneProps {
  onFile: (file: File) => void;
  disabled?: boolean;
}

/**
 * A large target to tap (it opens the phone's file picker) or to drop a file on (desktop).
 * The real file input stays in the page, so keyboards and screen readers use it as usual.
 */
export function FileDropZone({ onFile, disabled = false }: FileDropZoneProps) {
  const { t } = useTranslation();
  const [active, setActive] = useState(false);

  const over = (event: DragEvent) => {
    event.preventDefault();
    if (!disabled) setActive(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setActive(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };

  const className = [classes.zone, active && classes.active, disabled && classes.disabled]
    .filter(Boolean)
    .join(' ');
  return (
    <label
      className={className}
      onDragEnter={over}
      onDragOver={over}
      onDragLeave={() => setActive(false)}
      onDrop={drop}
      data-testid="file-drop-zone"
    >
      <input
        type="file"
        accept={ACCEPT}
        className={classes.input}
        disabled={disabled}
        data-testid="file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so the same file can be picked again after a fix.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      <UploadIcon />
      <Text fw={700} c="teal.9">
        {active ? t('indexImport.drop.active') : t('indexImport.drop.title')}
      </Text>
      <Text size="sm" c="dimmed" visibleFrom="sm">
        {t('indexImport.drop.hint')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('indexImport.drop.types')}
      </Text>
    </label>
  );
}
