import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TrainingProviderView } from '../../../contracts/training-programme.contract';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './pelatihan.module.css';
import { providerPath } from './pelatihan-paths';

/** Training providers as links with their kind, seat and number of programmes. */
export function ProviderList({ items, label }: { items: readonly TrainingProviderView[]; label: string }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const name = (p: TrainingProviderView) => (
    <Anchor
      component={Link}
      to={providerPath(p.id)}
      fw={600}
      className={classes.wrap}
      data-testid="provider-link"
    >
      {p.name}
    </Anchor>
  );
  if (!wide) {
    return (
      <ul className={classes.list} aria-label={label}>
        {items.map((p) => (
          <li key={p.id} className={classes.row} data-testid="provider-row" data-provider={p.id}>
            <Stack gap={2}>
              {name(p)}
              <Text size="sm" className={classes.wrap}>
                {t(`pelatihan.providerKind.${p.kind}`)}
              </Text>
              <Group gap={6}>
                <Text size="xs" c="dimmed" className={classes.wrap}>
                  {p.seatRegion.name} · {t('pelatihan.providers.programmeCount', { count: p.programmeCount })}
                </Text>
              </Group>
            </Stack>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table striped verticalSpacing={6} aria-label={label} data-testid="provider-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('pelatihan.provider.name')}</Table.Th>
            <Table.Th scope="col">{t('pelatihan.provider.kind')}</Table.Th>
            <Table.Th scope="col">{t('pelatihan.provider.seat')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('pelatihan.providers.programmes')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr key={p.id} data-testid="provider-row" data-provider={p.id}>
              <Table.Td>{name(p)}</Table.Td>
              <Table.Td className={classes.wrap}>{t(`pelatihan.providerKind.${p.kind}`)}</Table.Td>
              <Table.Td className={classes.wrap}>{p.seatRegion.name}</Table.Td>
              <Table.Td className={classes.number}>{p.programmeCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
