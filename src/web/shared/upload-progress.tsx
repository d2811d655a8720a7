import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Percent of an upload sent, for its label; 100 once sent (`null`) while the server reads it. */
export function uploadPercent(progress: number | null): number {
  return progress === null ? 100 : Math.round(progress * 100);
}

interface UploadProgressProps {
  /** Share sent (0–1), or null once sent and the server is reading the file. */
  progress: number | null;
  /** What is happening, e.g. "Mengunggah 40%" or "Menyimpan…". */
  label: string;
  /** Names the bar for screen readers. */
  progressLabel: string;
  onCancel: () => void;
  testId: string;
}

/** The upload bar with a cancel button, then an indeterminate bar while the server reads the file. */
export function UploadProgress({ progress, label, progressLabel, onCancel, testId }: UploadProgressProps) {
  const { t } = useTranslation();
  const sending = progress !== null;
  return (
    <Stack gap={6} data-testid={testId} aria-live="polite">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        <Button variant="subtle" size="compact-sm" color="gray" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
      <Progress
        value={uploadPercent(progress)}
        size="lg"
        radius="xl"
        striped={!sending}
        animated={!sending}
        aria-label={progressLabel}
      />
    </Stack>
  );
}
