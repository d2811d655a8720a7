import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError, isForbidden } from '../api-client/api-error';

interface MutationErrorAlertProps {
  error: unknown;
  /** Heading; "Tidak diizinkan" is used for a 403 whatever this says. */
  title?: string;
}

/**
 * Why a change was refused: the server's own words (e.g. "Akun ini di luar cakupan wilayah Anda."),
 * or a plain explanation when the server could not be reached.
 */
export function MutationErrorAlert({ error, title }: MutationErrorAlertProps) {
  const { t } = useTranslation();
  const forbidden = isForbidden(error);
  const network = isApiError(error) && error.kind === 'network';
  const heading = forbidden ? t('common.forbiddenTitle') : network ? t('error.networkTitle') : title;
  const detail = network
    ? t('error.networkText')
    : isApiError(error) && error.message
      ? error.message
      : forbidden
        ? t('error.forbiddenText')
        : t('error.genericText');
  return (
    <Alert
      color="red"
      variant="light"
      title={heading ?? t('error.genericTitle')}
      role="alert"
      tabIndex={-1}
      data-error-alert
    >
      <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="mutation-error">
        {detail}
      </Text>
    </Alert>
  );
}
