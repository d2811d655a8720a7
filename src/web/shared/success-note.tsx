import { Alert, CloseButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A short confirmation that a change was saved, announced politely to screen readers. */
export function SuccessNote({ children, onClose }: { children: string; onClose?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" variant="light" p="xs" role="status" aria-live="polite">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" data-testid="success-note">
          {children}
        </Text>
        {onClose && <CloseButton size="sm" onClick={onClose} aria-label={t('common.close')} />}
      </Group>
    </Alert>
  );
}
