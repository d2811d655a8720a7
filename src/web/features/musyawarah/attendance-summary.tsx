import { Badge, Group, Stack, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  AttendanceSummary,
  MemberDesa,
  Participant,
  QuorumCheck,
  QuorumReport,
} from '../../../contracts/musyawarah.contract';
import { useWideLayout } from '../../shared/use-wide-layout';
import classes from './musyawarah.module.css';
import { QuorumBadge } from './musyawarah-badges';

const COUNTS = [
  'invited',
  'attended',
  'attendedInvited',
  'walkIns',
  'women',
  'men',
  'youth',
  'poorOrMarginal',
  'disability',
] as const;

/** A desa's name from the member list, else its code. */
export function desaNameOf(memberDesa: readonly MemberDesa[], code: string): string {
  return memberDesa.find((d) => d.code === code)?.name ?? code;
}

/** Attended and women, one row per element or per desa. */
function CountsTable({
  heading,
  testId,
  rows,
}: {
  heading: string;
  testId: string;
  rows: readonly { key: string; name: string; attended: number; women: number }[];
}) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing={2} aria-label={heading} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{heading}</Table.Th>
          <Table.Th scope="col" className={classes.number}>
            {t('musyawarah.summary.attended')}
          </Table.Th>
          <Table.Th scope="col" className={classes.number}>
            {t('musyawarah.summary.women')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={3}>
              <Text size="sm" c="dimmed">
                {t('musyawarah.summary.nobody')}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Td className={classes.wrap}>{row.name}</Table.Td>
            <Table.Td className={classes.number}>{row.attended}</Table.Td>
            <Table.Td className={classes.number}>{row.women}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The columns of an attendance table; the editor's centres its marks and adds a column to remove a row. */
export function AttendanceTableHead({ editable = false }: { editable?: boolean }) {
  const { t } = useTranslation();
  const flag = (name: 'youth' | 'poorOrMarginal' | 'disability' | 'invited' | 'attended') => (
    <Table.Th scope="col" className={editable ? classes.center : undefined}>
      {t(`musyawarah.attendance.flag.${name}`)}
    </Table.Th>
  );
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th scope="col">#</Table.Th>
        <Table.Th scope="col">{t('musyawarah.attendance.name')}</Table.Th>
        <Table.Th scope="col" title={editable ? t('musyawarah.attendance.genderLong') : undefined}>
          {t('musyawarah.attendance.gender')}
        </Table.Th>
        {flag('youth')}
        {flag('poorOrMarginal')}
        {flag('disability')}
        <Table.Th scope="col">{t('musyawarah.attendance.element')}</Table.Th>
        <Table.Th scope="col">{t('musyawarah.attendance.desa')}</Table.Th>
        <Table.Th scope="col">{t('musyawarah.attendance.affiliation')}</Table.Th>
        {flag('invited')}
        {flag('attended')}
        {editable && (
          <Table.Th scope="col">
            <VisuallyHidden>{t('musyawarah.attendance.removeColumn')}</VisuallyHidden>
          </Table.Th>
        )}
      </Table.Tr>
    </Table.Thead>
  );
}

/** The attendance counts, disaggregated: women, youth, poor or marginal, disability, by element and by desa. */
export function AttendanceSummaryView({
  summary,
  memberDesa,
}: {
  summary: AttendanceSummary;
  memberDesa: readonly MemberDesa[];
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="attendance-summary">
      <dl className={classes.counts}>
        {COUNTS.map((key) => (
          <div key={key} className={classes.count} data-testid={`summary-${key}`}>
            <dt>{t(`musyawarah.summary.${key}`)}</dt>
            <dd>{summary[key]}</dd>
          </div>
        ))}
      </dl>
      <div className={classes.twoColumns}>
        <CountsTable
          heading={t('musyawarah.summary.byElement')}
          testId="summary-by-element"
          rows={summary.byElement.map((e) => ({
            key: e.element,
            name: t(`musyawarah.element.${e.element}`),
            attended: e.attended,
            women: e.women,
          }))}
        />
        <CountsTable
          heading={t('musyawarah.summary.byDesa')}
          testId="summary-by-desa"
          rows={summary.byDesa.map((d) => ({
            key: d.desaCode,
            name: desaNameOf(memberDesa, d.desaCode),
            attended: d.attended,
            women: d.women,
          }))}
        />
      </div>
    </Stack>
  );
}

export function CheckItem({ check, memberDesa }: { check: QuorumCheck; memberDesa: readonly MemberDesa[] }) {
  const { t } = useTranslation();
  return (
    <li
      className={classes.check}
      data-passed={check.passed}
      data-severity={check.severity}
      data-testid="quorum-check"
      data-code={check.code}
    >
      <Group gap={6} wrap="wrap">
        <Badge
          size="sm"
          radius="sm"
          tt="none"
          variant={check.passed ? 'light' : 'filled'}
          color={check.passed ? 'teal' : check.severity === 'wajib' ? 'red' : 'orange'}
          data-testid="quorum-check-result"
        >
          {check.passed ? `✓ ${t('musyawarah.quorum.passed')}` : `✗ ${t('musyawarah.quorum.failed')}`}
        </Badge>
        <Badge
          size="sm"
          radius="sm"
          tt="none"
          variant="outline"
          color={check.severity === 'wajib' ? 'dark' : 'gray'}
        >
          {t(`musyawarah.severity.${check.severity}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {t(`musyawarah.certainty.${check.certainty}`)}
        </Text>
      </Group>
      <Text size="sm" mt={4} className={classes.wrap}>
        {check.message}
      </Text>
      {check.desaCodes && check.desaCodes.length > 0 && (
        <Text size="xs" className={classes.wrap}>
          {t('musyawarah.quorum.desaLacking')}:{' '}
          {check.desaCodes.map((c) => desaNameOf(memberDesa, c)).join(', ')}
        </Text>
      )}
      <Text className={classes.source}>
        {t('musyawarah.quorum.source')}: {check.source}
      </Text>
    </li>
  );
}

/** Each quorum rule of the kind with passed/failed, its sentence and source; the postponement switch while a draft. */
export function QuorumChecks({
  report,
  memberDesa,
  postponed,
}: {
  report: QuorumReport;
  memberDesa: readonly MemberDesa[];
  /** The "ditunda lalu dilanjutkan" switch, when it may be changed. */
  postponed?: { value: boolean; pending: boolean; onChange: (value: boolean) => void } | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="quorum-checks">
      <Group gap="xs" wrap="wrap">
        <QuorumBadge valid={report.valid} size="md" />
        <Text size="sm" c="dimmed">
          {report.valid ? t('musyawarah.quorum.validText') : t('musyawarah.quorum.invalidText')}
        </Text>
      </Group>
      {postponed && (
        <Switch
          label={t('musyawarah.quorum.postponed')}
          description={t('musyawarah.quorum.postponedHint')}
          checked={postponed.value}
          disabled={postponed.pending}
          onChange={(e) => postponed.onChange(e.currentTarget.checked)}
          data-testid="quorum-postponed"
        />
      )}
      <ul className={classes.rowList} aria-label={t('musyawarah.quorum.label')}>
        {report.checks.map((c) => (
          <CheckItem key={c.code} check={c} memberDesa={memberDesa} />
        ))}
      </ul>
      <Text size="xs" c="dimmed">
        {t('musyawarah.quorum.version', { version: report.version })}
      </Text>
    </Stack>
  );
}

const yes = (v: boolean) => (v ? '✓' : '–');

/** The stored attendance list, read only (a fixed musyawarah, or without the right to edit). */
export function AttendanceList({ participants }: { participants: readonly Participant[] }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  if (participants.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="attendance-empty">
        {t('musyawarah.attendance.empty')}
      </Text>
    );
  }
  const marks = (p: Participant) =>
    (['youth', 'poorOrMarginal', 'disability'] as const)
      .filter((f) => p[f])
      .map((f) => t(`musyawarah.attendance.flag.${f}`));
  if (!wide) {
    return (
      <ul className={classes.rowList} aria-label={t('musyawarah.attendance.tableLabel')}>
        {participants.map((p) => (
          <li key={p.id} className={classes.row} data-testid="attendance-row">
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm" fw={600} className={classes.wrap}>
                {p.position}. {p.name} ({t(`musyawarah.genderShort.${p.gender}`)})
              </Text>
              <Text size="xs" c={p.attended ? 'teal' : 'dimmed'}>
                {p.attended ? t('musyawarah.attendance.flag.attended') : t('musyawarah.attendance.absent')}
              </Text>
            </Group>
            <Text size="xs" c="dimmed" className={classes.wrap}>
              {[t(`musyawarah.element.${p.element}`), p.desaName, p.affiliation, ...marks(p)]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table
        striped
        verticalSpacing={4}
        aria-label={t('musyawarah.attendance.tableLabel')}
        data-testid="attendance-table"
      >
        <AttendanceTableHead />
        <Table.Tbody>
          {participants.map((p) => (
            <Table.Tr key={p.id} data-testid="attendance-row">
              <Table.Td className={classes.number}>{p.position}</Table.Td>
              <Table.Td className={classes.wrap}>{p.name}</Table.Td>
              <Table.Td>{t(`musyawarah.genderShort.${p.gender}`)}</Table.Td>
              <Table.Td>{yes(p.youth)}</Table.Td>
              <Table.Td>{yes(p.poorOrMarginal)}</Table.Td>
              <Table.Td>{yes(p.disability)}</Table.Td>
              <Table.Td className={classes.wrap}>{t(`musyawarah.element.${p.element}`)}</Table.Td>
              <Table.Td>{p.desaName ?? '–'}</Table.Td>
              <Table.Td className={classes.wrap}>{p.affiliation ?? ''}</Table.Td>
              <Table.Td>{yes(p.invited)}</Table.Td>
              <Table.Td>{yes(p.attended)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
