import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KawasanSummary } from '../../../contracts/kawasan.contract';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './kawasan-list.module.css';
import { kawasanPath } from './kawasan-paths';
import { KawasanStateBadge } from './kawasan-state-badge';

function Commodities({ commodities }: { commodities: readonly string[] }) {
  if (commodities.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap">
      {commodities.slice(0, 4).map((c) => (
        <Badge key={c} size="xs" radius="sm" variant="default" tt="none" fw={500}>
          {c}
        </Badge>
      ))}
      {commodities.length > 4 && (
        <Text span size="xs" c="dimmed">
          +{commodities.length - 4}
        </Text>
      )}
    </Group>
  );
}

/** Kawasan: a table on wider screens, a list of cards on phones. */
export function KawasanList({ items, label }: { items: readonly KawasanSummary[]; label: string }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  if (!wide) {
    return (
      <ul className={classes.list} aria-label={label}>
        {items.map((k) => (
          <li key={k.id} className={classes.item} data-testid="kawasan-row">
            <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
              <Anchor component={Link} to={kawasanPath(k.id)} fw={600} className={classes.name}>
                {k.name}
              </Anchor>
              <KawasanStateBadge state={k.state} size="sm" />
            </Group>
            <Text size="sm" c="dimmed" className={classes.name}>
              {[k.theme?.label, k.regionName].filter(Boolean).join(' · ')}
            </Text>
            <Group justify="space-between" gap="xs" mt={4} wrap="wrap">
              <Commodities commodities={k.commodities} />
              <Text size="sm" className={classes.count}>
                {t('kawasan.list.members', { count: k.memberCount })}
              </Text>
            </Group>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('kawasan.list.name')}</Table.Th>
            <Table.Th scope="col">{t('kawasan.list.state')}</Table.Th>
            <Table.Th scope="col">{t('kawasan.list.theme')}</Table.Th>
            <Table.Th scope="col">{t('kawasan.list.region')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('kawasan.list.memberCount')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((k) => (
            <Table.Tr key={k.id} data-testid="kawasan-row">
              <Table.Td>
                <Anchor component={Link} to={kawasanPath(k.id)} fw={600} inherit className={classes.name}>
                  {k.name}
                </Anchor>
                <Commodities commodities={k.commodities} />
              </Table.Td>
              <Table.Td>
                <KawasanStateBadge state={k.state} size="sm" />
              </Table.Td>
              <Table.Td>
                {k.theme?.label ?? (
                  <Text span c="dimmed" size="sm">
                    {t('common.none')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className={classes.name}>{k.regionName}</Table.Td>
              <Table.Td className={classes.count}>{k.memberCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
