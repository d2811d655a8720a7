import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, exportUrl } from './export-url';
import { LineIcon } from './line-icon';

/** A small downward arrow into a tray. */
function DownloadIcon() {
  return (
    <LineIcon size={14} style={{ verticalAlign: '-2px', marginRight: 4 }}>
      <path d="M12 4v11m0 0-4-4m4 4 4-4M5 19h14" />
    </LineIcon>
  );
}

/**
 * "Unduh CSV" / "Unduh XLSX" links under a table. `href` is the table's export route without
 * `format` (it may carry its own query string); the server names the downloaded file.
 */
export function ExportButtons({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap" role="group" aria-label={t('exportTable.label')} data-testid="export-buttons">
      {EXPORT_FORMATS.map((format) => (
        <Anchor
          key={format}
          href={exportUrl(href, format)}
          download
          size="sm"
          data-testid={`export-${format}`}
        >
          <DownloadIcon />
          {t(format === 'csv' ? 'exportTable.csv' : 'exportTable.xlsx')}
        </Anchor>
      ))}
    </Group>
  );
}
