import {
  Anchor,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { FacilitatorListQuery, FacilitatorView } from '../../../contracts/facilitation.contract';
import { FACILITATOR_TYPES, type FacilitatorType } from '../../../domain/facilitation/facilitator';
import { ErrorState } from '../../shared/error-state';
import { LoadingState } from '../../shared/loading-state';
import { SectionCard } from '../../shared/section-card';
import { useWideLayout } from '../../shared/use-wide-layout';
import { useSession } from '../session/use-session';
import { FacilitatorForm } from './facilitator-form';
import classes from './pendampingan.module.css';
import { mayManageFacilitators } from './pendampingan-access';
import { createFacilitatorBody, newFacilitatorValues } from './pendampingan-forms';
import { localDate } from './pendampingan-model';
import { facilitatorPath, PENDAMPINGAN_PATH } from './pendampingan-paths';
import { useCreateFacilitator, useFacilitators } from './use-pendampingan-queries';
import { usePeriodText } from './use-period-text';

function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge size="sm" radius="sm" variant={active ? 'light' : 'outline'} color={active ? 'teal' : 'gray'}>
      {active ? t('pendampingan.facilitator.isActive') : t('pendampingan.facilitator.notActive')}
    </Badge>
  );
}

function NameLink({ f }: { f: FacilitatorView }) {
  return (
    <Anchor
      component={Link}
      to={facilitatorPath(f.id)}
      fw={600}
      className={classes.wrap}
      data-testid="facilitator-link"
    >
      {f.name}
    </Anchor>
  );
}

function Facilitators({ items }: { items: readonly FacilitatorView[] }) {
  const { t } = useTranslation();
  const wide = useWideLayout();
  const period = usePeriodText();
  if (!wide) {
    return (
      <ul className={classes.list} aria-label={t('pendampingan.facilitators.title')}>
        {items.map((f) => (
          <li key={f.id} className={classes.row} data-testid="facilitator-row" data-facilitator={f.id}>
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <NameLink f={f} />
                <ActiveBadge active={f.active} />
              </Group>
              <Text size="sm" className={classes.wrap}>
                {t(`pendampingan.type.${f.type}`)} · {f.homeRegion.name}
              </Text>
              <Text size="xs" c="dimmed" className={classes.wrap}>
                {period(f.activeFrom, f.activeTo)}
                {f.supervisor &&
                  ` · ${t('pendampingan.facilitator.supervisedBy', { name: f.supervisor.name })}`}
              </Text>
            </Stack>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table
        striped
        verticalSpacing={6}
        aria-label={t('pendampingan.facilitators.title')}
        data-testid="facilitator-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('pendampingan.facilitator.name')}</Table.Th>
            <Table.Th scope="col">{t('pendampingan.facilitator.type')}</Table.Th>
            <Table.Th scope="col">{t('pendampingan.facilitator.homeRegion')}</Table.Th>
            <Table.Th scope="col">{t('pendampingan.facilitator.active')}</Table.Th>
            <Table.Th scope="col">{t('pendampingan.facilitator.supervisor')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((f) => (
            <Table.Tr key={f.id} data-testid="facilitator-row" data-facilitator={f.id}>
              <Table.Td>
                <NameLink f={f} />
                <Text size="xs" c="dimmed">
                  @{f.username}
                </Text>
              </Table.Td>
              <Table.Td className={classes.wrap}>{t(`pendampingan.type.${f.type}`)}</Table.Td>
              <Table.Td className={classes.wrap}>{f.homeRegion.name}</Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <ActiveBadge active={f.active} />
                  <Text size="xs" c="dimmed">
                    {period(f.activeFrom, f.activeTo)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td className={classes.wrap}>{f.supervisor?.name ?? t('common.none')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** `/pendampingan/pendamping`: the facilitators the reader may see, with filters, and registering one. */
export function FacilitatorListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useSession();
  const manages = mayManageFacilitators(user);
  const [region, setRegion] = useState('');
  const [type, setType] = useState<FacilitatorType | ''>('');
  const [q, setQ] = useState('');
  const [creating, setCreating] = useState(false);
  const [debouncedQ] = useDebouncedValue(q.trim(), 250);
  const [debouncedRegion] = useDebouncedValue(region.replace(/[\s.]/g, ''), 250);
  const query: FacilitatorListQuery = {
    ...(debouncedRegion ? { region: debouncedRegion } : {}),
    ...(type ? { type } : {}),
    ...(debouncedQ ? { q: debouncedQ } : {}),
  };
  const list = useFacilitators(query);
  const create = useCreateFacilitator();
  useDocumentTitle(t('pendampingan.facilitators.documentTitle'));

  return (
    <Stack gap="lg" data-testid="facilitator-list-page">
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={PENDAMPINGAN_PATH} size="sm">
          ← {t('pendampingan.name')}
        </Anchor>
        <Title order={1} size="h2">
          {t('pendampingan.facilitators.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('pendampingan.facilitators.intro')}
        </Text>
      </Stack>
      {manages && (
        <SectionCard title={t('pendampingan.facilitators.createHeading')} testId="facilitator-create">
          {creating ? (
            <FacilitatorForm
              initial={newFacilitatorValues(localDate(new Date()))}
              id={null}
              pending={create.isPending}
              error={create.error}
              submitLabel={t('pendampingan.facilitators.create')}
              onSubmit={(values) =>
                create.mutate(createFacilitatorBody(values), {
                  onSuccess: (created) => navigate(facilitatorPath(created.id)),
                })
              }
              onCancel={() => {
                create.reset();
                setCreating(false);
              }}
              testId="facilitator-create-form"
            />
          ) : (
            <Stack gap="xs" align="flex-start">
              <Text size="sm" c="dimmed">
                {t('pendampingan.facilitators.createHint')}
              </Text>
              <Button onClick={() => setCreating(true)} data-testid="facilitator-create-open">
                {t('pendampingan.facilitators.createOpen')}
              </Button>
            </Stack>
          )}
        </SectionCard>
      )}
      <SectionCard
        title={t('pendampingan.facilitators.heading', { count: list.data?.total ?? 0 })}
        testId="facilitator-list"
      >
        <div className={classes.twoColumns}>
          <TextInput
            label={t('pendampingan.facilitators.filterName')}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            data-testid="facilitator-filter-name"
          />
          <Group grow gap="sm" align="flex-start" wrap="nowrap">
            <NativeSelect
              label={t('pendampingan.facilitator.type')}
              data={[
                { value: '', label: t('pendampingan.facilitators.allTypes') },
                ...FACILITATOR_TYPES.map((v) => ({ value: v, label: t(`pendampingan.typeShort.${v}`) })),
              ]}
              value={type}
              onChange={(e) => setType(e.currentTarget.value as FacilitatorType | '')}
              data-testid="facilitator-filter-type"
            />
            <TextInput
              label={t('pendampingan.facilitators.filterRegion')}
              placeholder="33.01"
              inputMode="numeric"
              value={region}
              onChange={(e) => setRegion(e.currentTarget.value)}
              data-testid="facilitator-filter-region"
            />
          </Group>
        </div>
        {list.isPending ? (
          <LoadingState />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="facilitator-list-empty">
            {t('pendampingan.facilitators.empty')}
          </Text>
        ) : (
          <Facilitators items={list.data.items} />
        )}
      </SectionCard>
    </Stack>
  );
}
