import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { musyawarahListPath } from './musyawarah-paths';

/** "Musyawarah & usulan" on the kawasan page. */
export function MusyawarahLink({ kawasanId }: { kawasanId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Button
        component={Link}
        to={musyawarahListPath(kawasanId)}
        variant="light"
        data-testid="kawasan-musyawarah-link"
      >
        {t('musyawarah.kawasanLink')}
      </Button>
    </Group>
  );
}
