import { Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { DeadEndPanel } from '../shared/dead-end-panel';

/** Any address the app does not know. */
export function PageNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('error.pageNotFoundTitle')} · Kawasan`);
  return (
    <DeadEndPanel title={t('error.pageNotFoundTitle')}>
      <Text>{t('error.pageNotFoundText')}</Text>
    </DeadEndPanel>
  );
}
