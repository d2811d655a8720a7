import { Alert, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndexImportReport } from '../../../contracts/index-import.contract';
import { SectionCard } from '../../shared/section-card';
import { useFormatNumber } from '../../shared/use-format-number';
import classes from './import-report.module.css';
import { ImportReportLists } from './import-report-lists';

function Tile({ label, value, testId }: { label: string; value: number; testId: string }) {
  const format = useFormatNumber();
  return (
    <div className={classes.tile} data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <span className={classes.tileValue}>{format(value)}</span>
    </div>
  );
}

/** What was read and what changes: the counts, then every list that has rows. */
export function ImportReport({ report }: { report: IndexImportReport }) {
  const { t } = useTranslation();
  const counts = [
    ['rows', report.rows],
    ['inserted', report.inserted],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
    ['unscored', report.unscored],
    ...(report.kind === 'api' ? ([['files', report.files]] as const) : []),
  ] as const;
  return (
    <Stack gap="md" data-testid="import-report" data-dry-run={report.dryRun}>
      <SectionCard title={t('indexImport.summaryHeading')} testId="report-summary">
        <Stack gap={2}>
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" radius="sm">
              {t(`indexImport.kind.${report.kind}`)}
            </Badge>
            <Text size="sm" className={classes.name}>
              {report.fileName}
            </Text>
          </Group>
          {report.years.length > 0 && (
            <Text size="sm" c="dimmed" data-testid="report-years">
              {t('indexImport.years', { count: report.years.length, years: report.years.join(', ') })}
            </Text>
          )}
        </Stack>
        <SimpleGrid cols={{ base: 2, xs: 3, md: 6 }} spacing="xs">
          {counts.map(([key, value]) => (
            <Tile key={key} label={t(`indexImport.counts.${key}`)} value={value} testId={`count-${key}`} />
          ))}
        </SimpleGrid>
        {report.rows === 0 && (
          <Alert color="yellow" variant="light" p="xs">
            <Text size="sm">{t('indexImport.nothingToSave')}</Text>
          </Alert>
        )}
      </SectionCard>
      <ImportReportLists report={report} />
    </Stack>
  );
}
