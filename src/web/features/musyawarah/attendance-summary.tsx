import { Badge, Group, Stack, Switch, Table, Text } from '@mantine/core';
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
        <Table
          verticalSpacing={2}
          aria-label={t('musyawarah.summary.byElement')}
          data-testid="summary-by-element"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('musyawarah.summary.byElement')}</Table.Th>
              <Table.Th scope="col" className={classes.number}>
                {t('musyawarah.summary.attended')}
              </Table.Th>
              <Table.Th scope="col" className={classes.number}>
                {t('musyawarah.summary.women')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.byElement.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text size="sm" c="dimmed">
                    {t('musyawarah.summary.nobody')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {summary.byElement.map((e) => (
              <Table.Tr key={e.element}>
                <Table.Td className={classes.wrap}>{t(`musyawarah.element.${e.element}`)}</Table.Td>
                <Table.Td className={classes.number}>{e.attended}</Table.Td>
                <Table.Td className={classes.number}>{e.women}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Table verticalSpacing={2} aria-label={t('musyawarah.summary.byDesa')} data-testid="summary-by-desa">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('musyawarah.summary.byDesa')}</Table.Th>
              <Table.Th scope="col" className={classes.number}>
                {t('musyawarah.summary.attended')}
              </Table.Th>
              <Table.Th scope="col" className={classes.number}>
                {t('musyawarah.summary.women')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.byDesa.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text size="sm" c="dimmed">
                    {t('musyawarah.summary.nobody')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {summary.byDesa.map((d) => (
              <Table.Tr key={d.desaCode}>
                <Table.Td className={classes.wrap}>{desaNameOf(memberDesa, d.desaCode)}</Table.Td>
                <Table.Td className={classes.number}>{d.attended}</Table.Td>
                <Table.Td className={classes.number}>{d.women}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
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
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">#</Table.Th>
            <Table.Th scope="col">{t('musyawarah.attendance.name')}</Table.Th>
            <Table.Th scope="col">{t('musyawarah.attendance.gender')}</Table.Th>
            <Table.Th scope="col">{t('musyawarah.attendance.flag.youth')}</Table.Th>
            <Table.Th scope="col">{t('musyawarah.attendance.flag.poorOrMarginal')}</Table.Th>
            <Table.Th scope="col">{t('musyawarah.attendance.flag.disability')}</Table.Th>
            <Table.Th scope="col">{t('musyawarah.attendance.element')}</Table.Th>
            <Table.Th scope="col">{t('musyawarah.attendance.desa')}</Table.Th>
            <Table.Th scope="col">{t('musyawarah.attendance.affiliation')}</Table.Th>
            <Table.Th scope="col">{t('musyawarah.attendance.flag.invited')}</Table.Th>
            <Table.Th scope="col">{t('musyawarah.attendance.flag.attended')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
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
