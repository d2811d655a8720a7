import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shownStatus, type VillageIndexResult } from './idm-status';
import { StatusOrNotScored } from './idm-status-badge';
import { useFormatIndex } from './use-format-index';

/** Year → value → status, oldest year first, as the API gives them. */
export function IdmHistoryTable({ results }: { results: readonly VillageIndexResult[] }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  return (
    <Table withRowBorders verticalSpacing={4} data-testid="idm-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('villageIndex.year')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('villageIndex.value')}
          </Table.Th>
          <Table.Th scope="col">{t('villageIndex.statusLabel')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {results.map((r) => {
          const status = shownStatus(r);
          return (
            <Table.Tr key={`${r.scheme}-${r.year}`}>
              <Table.Td>{r.year}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {format(r.value)}
              </Table.Td>
              <Table.Td>
                <StatusOrNotScored status={status} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
