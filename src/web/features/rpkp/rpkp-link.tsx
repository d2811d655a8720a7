import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KawasanDetail } from '../../../contracts/kawasan.contract';
import { isPublicState } from '../../../domain/kawasan/registry';
import { rpkpListPath } from './rpkp-paths';

/** On the kawasan page, once it is designated: the way to its RPKP. */
export function RpkpLink({ kawasan }: { kawasan: KawasanDetail }) {
  const { t } = useTranslation();
  if (!isPublicState(kawasan.state)) return null;
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Button component={Link} to={rpkpListPath(kawasan.id)} variant="light" data-testid="kawasan-rpkp-link">
        {t('rpkp.kawasanLink')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('rpkp.kawasanLinkHint')}
      </Text>
    </Group>
  );
}
