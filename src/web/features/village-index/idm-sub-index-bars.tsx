import { Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VillageIndexResult } from './idm-status';
import { useFormatIndex } from './use-format-index';

const SUB_INDICES = ['iks', 'ike', 'ikl'] as const;

type SubIndexValues = Pick<VillageIndexResult, 'year' | 'iks' | 'ike' | 'ikl'>;

/** IKS, IKE and IKL of one result (or their means) as labelled bars from 0 to 1, each with its value. */
export function IdmSubIndexBars({ result, title }: { result: SubIndexValues; title?: string }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const shown = SUB_INDICES.filter((key) => result[key] !== null);
  if (shown.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="idm-sub-indices">
      <Text size="sm" fw={600}>
        {title ?? t('villageIndex.subIndices', { year: result.year })}
      </Text>
      {shown.map((key) => {
        const value = result[key] ?? 0;
        const label = t(`villageIndex.${key}`);
        return (
          <Stack key={key} gap={4}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{label}</Text>
              <Text size="sm" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {format(value)}
              </Text>
            </Group>
            <Progress value={value * 100} size="md" radius="sm" color="teal" aria-label={label} />
          </Stack>
        );
      })}
    </Stack>
  );
}
