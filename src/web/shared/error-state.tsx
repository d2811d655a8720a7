import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, isRetryable } from '../api-client/api-error';

interface ErrorStateProps {
  error: unknown;
  /** Shown as a "Coba lagi" button when the error may go away on its own. */
  onRetry?: () => void;
  /** Overrides the title chosen from the kind of error. */
  title?: string;
  children?: ReactNode;
}

/** Explains a failed request in plain words: network down, database down, or the server's own message. */
export function ErrorState({ error, onRetry, title, children }: ErrorStateProps) {
  const { t } = useTranslation();
  const network = isApiError(error) && error.kind === 'network';
  const unavailable = isApiError(error) && error.status === 503;
  const heading =
    title ??
    (network ? t('error.networkTitle') : unavailable ? t('error.unavailableTitle') : t('error.genericTitle'));
  const detail = network
    ? t('error.networkText')
    : unavailable
      ? t('error.unavailableText')
      : isApiError(error) && error.message
        ? error.message
        : t('error.genericText');
  return (
    <Alert color="red" variant="light" title={heading} role="alert">
      <Stack gap="sm">
        <Text size="sm">{detail}</Text>
        {children}
        {onRetry && isRetryable(error) && (
          <Group>
            <Button size="sm" variant="filled" color="red" onClick={onRetry}>
              {t('error.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
