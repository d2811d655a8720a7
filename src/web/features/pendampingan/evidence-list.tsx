import { Anchor, CloseButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvidenceView } from '../../../contracts/facilitation.contract';
import { useFormatNumber } from '../../shared/use-format-number';
import classes from './pendampingan.module.css';

/** Bytes as "240 KB" or "1,2 MB". */
export function useFormatBytes(): (bytes: number) => string {
  const formatNumber = useFormatNumber();
  return (bytes) =>
    bytes >= 1024 * 1024
      ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`
      : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

interface EvidenceListProps {
  evidence: readonly EvidenceView[];
  /** In the edit form: a button to take a file off the entry. */
  onRemove?: (id: string) => void;
}

/** Photos as thumbnails (each a link to the file), documents as links with their size. */
export function EvidenceList({ evidence, onRemove }: EvidenceListProps) {
  const { t } = useTranslation();
  const formatBytes = useFormatBytes();
  const photos = evidence.filter((e) => e.kind === 'foto');
  const documents = evidence.filter((e) => e.kind !== 'foto');
  if (evidence.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="evidence-empty">
        {t('pendampingan.evidence.none')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="evidence-list">
      {photos.length > 0 && (
        <ul className={classes.thumbs} aria-label={t('pendampingan.evidence.photos')}>
          {photos.map((e) => (
            <li key={e.id} data-testid="evidence-photo" style={{ position: 'relative' }}>
              <a href={e.url} title={e.fileName}>
                <img
                  src={e.url}
                  alt={t('pendampingan.evidence.photoAlt', { name: e.fileName })}
                  className={classes.thumb}
                  loading="lazy"
                />
              </a>
              {onRemove && (
                <CloseButton
                  size="md"
                  variant="filled"
                  pos="absolute"
                  top={4}
                  right={4}
                  aria-label={t('pendampingan.evidence.remove', { name: e.fileName })}
                  onClick={() => onRemove(e.id)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {documents.length > 0 && (
        <ul className={classes.list} aria-label={t('pendampingan.evidence.documents')}>
          {documents.map((e) => (
            <li key={e.id} className={classes.row} data-testid="evidence-document">
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Anchor href={e.url} className={classes.wrap}>
                  {e.fileName}
                </Anchor>
                <Group gap="xs" wrap="nowrap">
                  <Text size="xs" c="dimmed" className={classes.code}>
                    PDF · {formatBytes(e.bytes)}
                  </Text>
                  {onRemove && (
                    <CloseButton
                      size="md"
                      aria-label={t('pendampingan.evidence.remove', { name: e.fileName })}
                      onClick={() => onRemove(e.id)}
                    />
                  )}
                </Group>
              </Group>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
