import { Anchor, Paper, Table, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegionDetail, RegionRef } from '../../../contracts/regions.contract';
import { ancestorsByLevel, regionPath, regionTypeKey } from './region-labels';

function RegionLink({ region }: { region: RegionRef | null }) {
  if (!region) return <>–</>;
  return (
    <Anchor component={Link} to={regionPath(region.code)} inherit fw={500}>
      {region.name}
    </Anchor>
  );
}

/** Profile of a desa/kelurahan: its codes, its type and the regions it belongs to. */
export function VillageProfileCard({ village }: { village: RegionDetail }) {
  const { t } = useTranslation();
  const { district, regency, province } = ancestorsByLevel(village);
  const type = t(`type.${regionTypeKey(village)}`);
  const rows: [string, ReactNode][] = [
    [t('profile.name'), village.name],
    [t('profile.codeDotted'), village.codeDotted],
    [t('profile.codeCanonical'), village.code],
    [t('profile.type'), type],
    [t('profile.district'), <RegionLink key="d" region={district} />],
    [t('profile.regency'), <RegionLink key="r" region={regency} />],
    [t('profile.province'), <RegionLink key="p" region={province} />],
  ];
  return (
    <Paper
      withBorder
      maw={760}
      radius="md"
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="village-profile"
    >
      <Title order={2} size="h4" id="village-profile" mb="xs">
        {t('profile.heading', { type })}
      </Title>
      <Table variant="vertical" layout="fixed" withRowBorders verticalSpacing="xs">
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 130, sm: 220 }} scope="row">
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
