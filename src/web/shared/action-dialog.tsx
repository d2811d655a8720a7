import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MutationErrorAlert } from './mutation-error-alert';

/** The reason a step asks for (a return, a cancellation), typed in the dialog. */
export interface DialogReason {
  label: string;
  hint: string;
  maxLength: number;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  testId: string;
}

export interface ActionDialogProps {
  /** Prefix of the dialog's test ids: `<testId>-dialog`, `-issues`, `-confirm`. */
  testId: string;
  action: string;
  title: string;
  text: string;
  /** Title of the error shown when the server refuses the step. */
  failedTitle: string;
  pending: boolean;
  error: unknown;
  /** The refused fields other than the reason, listed under the error. */
  issues: readonly { field: string; message: string }[];
  reason: DialogReason | null;
  confirmColor?: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** Confirms one step of a workflow (review, lifecycle) with the server's refusal and, if asked, a reason. */
export function ActionDialog(props: ActionDialogProps) {
  const { t } = useTranslation();
  const { testId, reason, pending } = props;
  const close = () => {
    if (!pending) props.onClose();
  };
  return (
    <Modal opened onClose={close} title={props.title} centered>
      <Stack gap="md" data-testid={`${testId}-dialog`} data-action={props.action}>
        <Text size="sm">{props.text}</Text>
        {props.error != null && (
          <Stack gap={4}>
            <MutationErrorAlert error={props.error} title={props.failedTitle} />
            {props.issues.length > 0 && (
              <List size="sm" spacing={2} data-testid={`${testId}-issues`}>
                {props.issues.slice(0, 12).map((i) => (
                  <List.Item key={`${i.field}-${i.message}`}>{i.message}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        )}
        {reason && (
          <Textarea
            label={reason.label}
            description={reason.hint}
            required
            autosize
            minRows={3}
            maxRows={8}
            maxLength={reason.maxLength}
            value={reason.value}
            onChange={(e) => reason.onChange(e.currentTarget.value)}
            error={reason.error}
            data-testid={reason.testId}
            data-autofocus
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button
            color={props.confirmColor}
            onClick={props.onConfirm}
            loading={pending}
            data-testid={`${testId}-confirm`}
          >
            {props.title}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
