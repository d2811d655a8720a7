import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicKawasan } from '../../../contracts/kawasan.contract';
import { idmStatus } from '../../../domain/village-index/idm.scheme';
import { kawasanDocumentUrl } from '../../api-client/kawasan-api';
import { numberLocale } from '../../i18n/i18n-setup';
import { SectionCard } from '../../shared/section-card';
import { useFormatDateTime } from '../../shared/use-format-date-time';
import { useWideLayout } from '../../shared/use-wide-layout';
import { formatFileSize } from '../index-import/file-size';
import { IdmStatusBadge } from '../village-index/idm-status-badge';
import { useFormatIndex } from '../village-index/use-format-index';
import classes from './kawasan-public.module.css';
import { formatDay, orderedInstitutions } from './public-kawasan-model';

/** Mean, lowest and highest IDM of the members in each year, oldest first, with how many pull and lag. */
export function PublicYears({ kawasan }: { kawasan: PublicKawasan }) {
  const { t } = useTranslation();
  const format = useFormatIndex();
  const wide = useWideLayout();
  const mean = (value: number | null) => (
    <Group gap={6} wrap="nowrap" justify={wide ? 'flex-end' : undefined}>
      <Text span size="sm" fw={600} data-testid="public-year-mean">
        {format(value)}
      </Text>
      {value !== null && <IdmStatusBadge status={idmStatus(value)} size="sm" />}
    </Group>
  );
  const range = (y: PublicKawasan['years'][number]) =>
    y.min === null || y.max === null ? '–' : `${format(y.min)}–${format(y.max)}`;
  let body: ReactNode;
  if (kawasan.years.length === 0) {
    body = (
      <Text size="sm" c="dimmed">
        {t('kawasanPublic.years.empty')}
      </Text>
    );
  } else if (!wide) {
    body = (
      <ul className={classes.list} aria-label={t('kawasanPublic.years.label')}>
        {kawasan.years.map((y) => (
          <li key={y.year} className={classes.item} data-testid="public-year" data-year={y.year}>
            <Group gap="xs" wrap="wrap" align="center">
              <Text fw={700}>{y.year}</Text>
              {mean(y.mean)}
            </Group>
            <Text size="xs" c="dimmed" className={classes.wrap}>
              {[
                `${t('kawasanPublic.years.range')} ${range(y)}`,
                `${t('kawasanPublic.years.scored')} ${y.scored}`,
                `${t('kawasanPublic.years.locomotives')} ${y.locomotives}`,
                `${t('kawasanPublic.years.lagging')} ${y.lagging}`,
              ].join(' · ')}
            </Text>
          </li>
        ))}
      </ul>
    );
  } else {
    body = (
      <Table verticalSpacing={4} aria-label={t('kawasanPublic.years.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('kawasanPublic.years.year')}</Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('kawasanPublic.years.mean')}
            </Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('kawasanPublic.years.range')}
            </Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('kawasanPublic.years.scored')}
            </Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('kawasanPublic.years.locomotives')}
            </Table.Th>
            <Table.Th scope="col" className={classes.number}>
              {t('kawasanPublic.years.lagging')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {kawasan.years.map((y) => (
            <Table.Tr key={y.year} data-testid="public-year" data-year={y.year}>
              <Table.Td>{y.year}</Table.Td>
              <Table.Td className={classes.number}>{mean(y.mean)}</Table.Td>
              <Table.Td className={classes.number}>{range(y)}</Table.Td>
              <Table.Td className={classes.number}>{y.scored}</Table.Td>
              <Table.Td className={classes.number}>{y.locomotives}</Table.Td>
              <Table.Td className={classes.number}>{y.lagging}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }
  return (
    <SectionCard title={t('kawasanPublic.years.heading')} testId="public-years">
      {body}
    </SectionCard>
  );
}

type Institution = PublicKawasan['institutions'][number];

function InstitutionCard({
  institution,
  desaNames,
}: {
  institution: Institution;
  desaNames: Map<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const locale = numberLocale(i18n.resolvedLanguage ?? i18n.language);
  const title = t(`kawasanPublic.institutions.${institution.kind}`);
  const basis = institution.decreeNumber
    ? institution.decreeDate
      ? t('kawasanPublic.institutions.decreeDated', {
          number: institution.decreeNumber,
          date: formatDay(institution.decreeDate, locale),
        })
      : t('kawasanPublic.institutions.decree', { number: institution.decreeNumber })
    : null;
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="public-institution" data-kind={institution.kind}>
      <Stack gap={6}>
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {title}
          </Text>
          <Title order={3} size="h5" className={classes.wrap}>
            {institution.name}
          </Title>
          {basis && (
            <Text size="sm" c="dimmed" className={classes.wrap}>
              {basis}
            </Text>
          )}
        </Stack>
        {institution.notes && (
          <Text size="sm" className={classes.wrap}>
            {institution.notes}
          </Text>
        )}
        {institution.members.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('kawasanPublic.institutions.noMembers')}
          </Text>
        ) : (
          <ul
            className={classes.list}
            aria-label={t('kawasanPublic.institutions.membersLabel', { name: institution.name })}
          >
            {institution.members.map((m) => {
              const where = m.desaCode ? (desaNames.get(m.desaCode) ?? m.desaCode) : m.agency;
              return (
                <li
                  key={`${m.name}-${m.position}-${m.desaCode ?? ''}`}
                  className={classes.item}
                  data-testid="public-institution-member"
                >
                  <Group gap="xs" wrap="wrap" align="baseline">
                    <Text size="sm" fw={600} className={classes.wrap}>
                      {m.name}
                    </Text>
                    <Text size="sm" className={classes.wrap}>
                      {m.position}
                    </Text>
                    {m.management && (
                      <Badge size="xs" radius="sm" variant="light">
                        {t('kawasanPublic.institutions.management')}
                      </Badge>
                    )}
                  </Group>
                  {where && (
                    <Text size="xs" c="dimmed" className={classes.wrap}>
                      {where}
                    </Text>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Stack>
    </Paper>
  );
}

/** The TKPKP of the kabupaten and the BKAD of the member desa, with their members. */
export function PublicInstitutions({ kawasan }: { kawasan: PublicKawasan }) {
  const { t } = useTranslation();
  const desaNames = new Map(kawasan.members.map((m) => [m.code, m.name]));
  const institutions = orderedInstitutions(kawasan.institutions);
  return (
    <SectionCard title={t('kawasanPublic.institutions.heading')} testId="public-institutions">
      {institutions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('kawasanPublic.institutions.empty')}
        </Text>
      ) : (
        institutions.map((i) => <InstitutionCard key={i.kind} institution={i} desaNames={desaNames} />)
      )}
    </SectionCard>
  );
}

/** The documents marked public (SK, delineation map, …), each downloadable without signing in. */
export function PublicDocuments({ kawasan }: { kawasan: PublicKawasan }) {
  const { t, i18n } = useTranslation();
  const { date } = useFormatDateTime();
  const locale = numberLocale(i18n.resolvedLanguage ?? i18n.language);
  return (
    <SectionCard title={t('kawasanPublic.documents.heading')} testId="public-documents">
      {kawasan.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('kawasanPublic.documents.empty')}
        </Text>
      ) : (
        <ul className={classes.list} aria-label={t('kawasanPublic.documents.label', { name: kawasan.name })}>
          {kawasan.documents.map((d) => (
            <li key={d.id} className={classes.item} data-testid="public-document">
              <Group gap="xs" wrap="wrap" align="baseline">
                <Badge size="sm" radius="sm" variant="light" color="gray">
                  {t(`kawasanPublic.documents.kind.${d.kind}`)}
                </Badge>
                <Anchor
                  href={kawasanDocumentUrl(kawasan.id, d.id)}
                  download={d.fileName}
                  fw={600}
                  size="sm"
                  className={classes.wrap}
                  aria-label={t('kawasanPublic.documents.download', { title: d.title })}
                  data-testid="public-document-link"
                >
                  {d.title}
                </Anchor>
              </Group>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {t('kawasanPublic.documents.meta', {
                  file: d.fileName,
                  size: formatFileSize(d.bytes, locale),
                  date: date(d.uploadedAt),
                })}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
