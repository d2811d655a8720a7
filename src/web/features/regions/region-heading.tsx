import { Badge, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegionDetail } from '../../../contracts/regions.contract';
import { regionTypeKey } from './region-labels';

/** Name, type and dotted code of the region a page is about. */
export function RegionHeading({ region }: { region: RegionDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {region.name}
      </Title>
      <Group gap="xs" wrap="wrap">
        <Badge variant="light" size="lg" radius="sm" data-testid="region-type">
          {t(`type.${regionTypeKey(region)}`)}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('region.code')}{' '}
          <Code fz="sm" data-testid="region-code">
            {region.codeDotted}
          </Code>
        </Text>
      </Group>
    </Stack>
  );
}
