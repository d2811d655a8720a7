import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isBadRequest, isNotFound } from '../../api-client/api-error';
import { DeadEndPanel } from '../../shared/dead-end-panel';
import { ErrorState } from '../../shared/error-state';

interface RegionErrorStateProps {
  code: string;
  error: unknown;
  onRetry: () => void;
}

/** Unknown code → "Wilayah tidak ditemukan"; malformed code → the server's explanation; else retry. */
export function RegionErrorState({ code, error, onRetry }: RegionErrorStateProps) {
  const { t } = useTranslation();
  const notFound = isNotFound(error);
  if (!notFound && !isBadRequest(error)) return <ErrorState error={error} onRetry={onRetry} />;
  const message = notFound
    ? t('region.notFoundText', { code })
    : error instanceof Error
      ? error.message
      : t('error.genericText');
  return (
    <DeadEndPanel
      title={notFound ? t('region.notFoundTitle') : t('region.invalidCodeTitle')}
      alert={!notFound}
    >
      <Text data-testid="region-error-message" style={{ overflowWrap: 'anywhere' }}>
        {message}
      </Text>
    </DeadEndPanel>
  );
}
