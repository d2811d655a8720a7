import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnterpriseSummary } from '../../../contracts/enterprise.contract';
import { parsePeriod } from '../../../domain/enterprise/report';
import { useWideLayout } from '../../shared/use-wide-layout';
import { legalStatusColor } from './enterprise-list-model';
import classes from './usaha.module.css';
import { enterprisePath } from './usaha-paths';

/** `2026-S1` → "Semester I 2026" (the code itself when it is none). */
function periodText(code: string): string {
  const parsed = parsePeriod(code);
  return parsed.ok ? parsed.period.label : code;
}

/** The legal status of an enterprise as a coloured badge (expired names in red). */
export function LegalStatusBadge({
  status,
  label,
  size = 'sm',
}: {
  status: string;
  label: string;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      radius="sm"
      size={size}
      color={legalStatusColor(status)}
      style={{ textTransform: 'none' }}
      data-testid="legal-status-badge"
      data-status={status}
    >
      {t(`usaha.legalStatus.${status}`, { defaultValue: label })}
    </Badge>
  );
}

export function KindBadge({ kind, label }: { kind: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" radius="sm" size="sm" color="gray" style={{ textTransform: 'none' }}>
      {t(`usaha.kind.${kind}`, { defaultValue: label })}
    </Badge>
  );
}

function Founders({ e }: { e: EnterpriseSummary }) {
  const { t } = useTranslation();
  const names = e.founders.map((f) => f.name);
  const shown = names.slice(0, 3).join(', ');
  return (
    <>{names.length > 3 ? t('usaha.list.foundersMore', { names: shown, count: names.length - 3 }) : shown}</>
  );
}

/** Enterprises as links: name, kind, legal status, founding desa, kawasan, units and the latest report. */
export function EnterpriseList({ items, label }: { items: readonly EnterpriseSummary[]; label: string }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const name = (e: EnterpriseSummary) => (
    <Anchor
      component={Link}
      to={enterprisePath(e.id)}
      fw={600}
      className={classes.wrap}
      data-testid="enterprise-link"
    >
      {e.name}
    </Anchor>
  );
  const inactive = (e: EnterpriseSummary) =>
    e.activity === 'tidak_aktif' ? (
      <Badge variant="light" color="orange" radius="sm" size="sm" style={{ textTransform: 'none' }}>
        {t('usaha.activity.tidak_aktif')}
      </Badge>
    ) : null;
  const report = (e: EnterpriseSummary) =>
    e.latestReportPeriod
      ? t('usaha.list.latestReport', { period: periodText(e.latestReportPeriod) })
      : t('usaha.list.noReport');
  if (!wide) {
    return (
      <ul className={classes.list} aria-label={label}>
        {items.map((e) => (
          <li key={e.id} className={classes.row} data-testid="enterprise-row" data-enterprise={e.id}>
            <Stack gap={4}>
              {name(e)}
              <Group gap={6} wrap="wrap">
                <KindBadge kind={e.kind} label={e.kindLabel} />
                <LegalStatusBadge status={e.legalStatus} label={e.legalStatusLabel} />
                {inactive(e)}
              </Group>
              <Text size="sm" className={classes.wrap}>
                <Founders e={e} />
              </Text>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {e.kawasan.length > 0 && `${e.kawasan.map((k) => k.name).join(', ')} · `}
                {t('usaha.list.units', { count: e.unitCount })} · {report(e)}
              </Text>
            </Stack>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing={6} aria-label={label} data-testid="enterprise-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('usaha.list.name')}</Table.Th>
            <Table.Th scope="col">{t('usaha.list.legalStatus')}</Table.Th>
            <Table.Th scope="col">{t('usaha.list.founders')}</Table.Th>
            <Table.Th scope="col">{t('usaha.list.kawasan')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('usaha.list.unitsColumn')}
            </Table.Th>
            <Table.Th scope="col">{t('usaha.list.report')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr key={e.id} data-testid="enterprise-row" data-enterprise={e.id}>
              <Table.Td>
                <Stack gap={2}>
                  {name(e)}
                  <Group gap={4}>
                    <KindBadge kind={e.kind} label={e.kindLabel} />
                    {inactive(e)}
                  </Group>
                </Stack>
              </Table.Td>
              <Table.Td>
                <LegalStatusBadge status={e.legalStatus} label={e.legalStatusLabel} />
              </Table.Td>
              <Table.Td className={classes.wrap}>
                <Text size="sm">
                  <Founders e={e} />
                </Text>
                {e.region.name && !e.founders.some((f) => f.code === e.region.code) && (
                  <Text size="xs" c="dimmed">
                    {e.region.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className={classes.wrap}>
                {e.kawasan.length === 0 ? t('common.none') : e.kawasan.map((k) => k.name).join(', ')}
              </Table.Td>
              <Table.Td className={classes.number}>{e.unitCount}</Table.Td>
              <Table.Td>{report(e)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
