import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MutationErrorAlert } from './mutation-error-alert';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  /** The action is running: the confirm button spins and the dialog stays open. */
  loading?: boolean;
  /** Why the action failed, shown in the dialog. */
  error?: unknown;
  /** Red for actions that take something away. */
  danger?: boolean;
}

/** "Are you sure?" before deactivating an account, revoking a role or a token. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const {
    opened,
    title,
    text,
    confirmLabel,
    onConfirm,
    onClose,
    loading = false,
    error,
    danger = true,
  } = props;
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={loading ? () => {} : onClose} title={title} centered>
      <Stack gap="md">
        <Text size="sm">{text}</Text>
        {error ? <MutationErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={loading}>
            {t('common.cancel')}
          </Button>
          <Button color={danger ? 'red' : undefined} onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
