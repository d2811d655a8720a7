import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isBadRequest, isForbidden, isNotFound } from '../api-client/api-error';
import { DeadEndPanel } from './dead-end-panel';
import { ErrorState } from './error-state';

interface PageLoadErrorProps {
  error: unknown;
  onRetry: () => void;
  /** What the page says when the thing asked for does not exist (or its address is malformed). */
  notFound?: { title: string; text: string };
}

/**
 * Why a page's record did not load: not found (when the page names it), not allowed, or an error
 * to retry.
 */
export function PageLoadError({ error, onRetry, notFound }: PageLoadErrorProps) {
  const { t } = useTranslation();
  if (notFound && (isNotFound(error) || isBadRequest(error))) {
    return (
      <DeadEndPanel title={notFound.title} alert>
        <Text>{notFound.text}</Text>
      </DeadEndPanel>
    );
  }
  if (isForbidden(error)) {
    return (
      <DeadEndPanel title={t('kawasan.detail.forbiddenTitle')} alert>
        <Text>{error instanceof Error ? error.message : t('error.forbiddenText')}</Text>
      </DeadEndPanel>
    );
  }
  return <ErrorState error={error} onRetry={onRetry} />;
}
