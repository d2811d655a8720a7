import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegionCounts } from '../../../contracts/regions.contract';
import { useFormatNumber } from '../../shared/use-format-number';
import classes from './region-counts-grid.module.css';

export interface CountStat {
  key: string;
  label: string;
  value: number;
  /** Small print under the label, e.g. the desa/kelurahan breakdown. */
  note?: string | undefined;
}

/** Big numbers with a label: 38 Provinsi, 514 Kabupaten/kota, … */
export function RegionCountsGrid({ stats, label }: { stats: CountStat[]; label: string }) {
  const format = useFormatNumber();
  const cols = Math.min(stats.length, 4);
  return (
    <SimpleGrid
      component="ul"
      cols={{ base: Math.min(cols, 2), sm: cols }}
      spacing="sm"
      className={classes.grid}
      aria-label={label}
    >
      {stats.map((stat) => (
        <Paper component="li" key={stat.key} withBorder radius="md" p="sm" className={classes.card}>
          <Text className={classes.value} fw={700}>
            {format(stat.value)}
          </Text>
          <Text size="sm" fw={500}>
            {stat.label}
          </Text>
          {stat.note && (
            <Text size="xs" c="dimmed" mt={2}>
              {stat.note}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** "75.252 desa, 8.496 kelurahan, 14 desa adat" for the villages card, leaving out the zeros. */
export function useVillageBreakdown(): (counts: RegionCounts) => string {
  const { t } = useTranslation();
  const format = useFormatNumber();
  return (counts) =>
    [
      counts.desa > 0 && t('counts.breakdownDesa', { value: format(counts.desa) }),
      counts.kelurahan > 0 && t('counts.breakdownKelurahan', { value: format(counts.kelurahan) }),
      counts.desaAdat > 0 && t('counts.breakdownDesaAdat', { value: format(counts.desaAdat) }),
    ]
      .filter(Boolean)
      .join(', ');
}
