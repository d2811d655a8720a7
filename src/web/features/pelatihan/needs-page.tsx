import { Anchor, Badge, Box, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { NeedsView } from '../../../contracts/training-outcome.contract';
import { parseRegionCode } from '../../../domain/region-code';
import { kawasanApi } from '../../api-client/kawasan-api';
import { numberLocale } from '../../i18n/i18n-setup';
import { LoadingState } from '../../shared/loading-state';
import { PageLoadError } from '../../shared/page-load-error';
import { SectionCard } from '../../shared/section-card';
import { formatCalendarDay } from '../pelatihan-public/verify-model';
import { RegionCodeField } from '../pendampingan/region-code-field';
import { dashboardPath, needsQueryOf } from './dashboard-model';
import { evidenceShown, NEEDS_EVIDENCE_SHOWN } from './needs-model';
import classes from './outcomes.module.css';
import { PELATIHAN_PATH, sessionPath } from './pelatihan-paths';
import { useTrainingNeeds } from './use-outcome-queries';

type Suggestion = NeedsView['suggestions'][number];
type Evidence = Suggestion['evidence'][number];

function useDay() {
  const { i18n } = useTranslation();
  const locale = numberLocale(i18n.resolvedLanguage ?? i18n.language);
  return (day: string) => formatCalendarDay(day, locale);
}

/** One piece of evidence: a facilitator's note (its category and the words that matched) or a weak IDM score. */
function EvidenceLine({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const day = useDay();
  if (evidence.kind === 'catatan_pendamping') {
    return (
      <li className={classes.row} data-testid="need-evidence" data-kind={evidence.kind}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="sm" fw={600}>
              {t('pelatihanHasil.needs.logNote', {
                date: day(evidence.date),
                category: evidence.categoryLabel,
              })}
            </Text>
            {evidence.keywords.length > 0 && (
              <Group gap={4} wrap="wrap">
                {evidence.keywords.map((k) => (
                  <Badge key={k} size="xs" radius="sm" variant="light" color="gray" tt="none">
                    {k}
                  </Badge>
                ))}
              </Group>
            )}
          </Stack>
          <Text size="xs" c="dimmed" className={classes.number}>
            {t('pelatihanHasil.needs.points', { count: evidence.points })}
          </Text>
        </Group>
      </li>
    );
  }
  return (
    <li className={classes.row} data-testid="need-evidence" data-kind={evidence.kind}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} className={classes.wrap}>
            {t('pelatihanHasil.needs.indicator', {
              year: evidence.year,
              code: evidence.indicatorCode,
              name: evidence.indicatorName,
            })}
          </Text>
          <Text size="xs" c="dimmed" className={classes.wrap}>
            {t('pelatihanHasil.needs.score', { score: evidence.score })}
            {evidence.condition ? ` · ${evidence.condition}` : ''}
          </Text>
        </Stack>
        <Text size="xs" c="dimmed" className={classes.number}>
          {t('pelatihanHasil.needs.points', { count: evidence.points })}
        </Text>
      </Group>
    </li>
  );
}

function SuggestionCard({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = evidenceShown(suggestion.evidence, all);
  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'md' }}
      component="li"
      data-testid="need-suggestion"
      data-topic={suggestion.topicId}
      data-rank={suggestion.rank}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
            <Badge
              size="lg"
              radius="sm"
              variant="filled"
              style={{ flexShrink: 0 }}
              aria-label={t('pelatihanHasil.needs.rank', { rank: suggestion.rank })}
            >
              {suggestion.rank}
            </Badge>
            <Title order={3} size="h5" className={classes.wrap}>
              {suggestion.label}
            </Title>
          </Group>
          <Badge
            size="md"
            radius="sm"
            variant="light"
            tt="none"
            style={{ flexShrink: 0 }}
            data-testid="need-points"
          >
            {t('pelatihanHasil.needs.points', { count: suggestion.points })}
          </Badge>
        </Group>
        {suggestion.desa.length > 0 && (
          <Text size="sm" c="dimmed" className={classes.wrap}>
            {t('pelatihanHasil.needs.desa', { names: suggestion.desa.map((d) => d.name).join(', ') })}
          </Text>
        )}
        <Text size="sm" className={classes.prewrap} data-testid="need-explanation">
          {suggestion.explanation}
        </Text>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('pelatihanHasil.needs.evidence', { count: suggestion.evidence.length })}
        </Text>
        <ul className={classes.list}>
          {shown.map((e) => (
            <EvidenceLine
              key={
                e.kind === 'catatan_pendamping' ? `log:${e.entryId}` : `idm:${e.desaCode}:${e.indicatorCode}`
              }
              evidence={e}
            />
          ))}
        </ul>
        {suggestion.evidence.length > NEEDS_EVIDENCE_SHOWN && (
          <Group>
            <Button variant="subtle" size="compact-sm" onClick={() => setAll((v) => !v)} aria-expanded={all}>
              {all
                ? t('pelatihanHasil.needs.showLess')
                : t('pelatihanHasil.needs.showAll', { count: suggestion.evidence.length })}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function NeedsBody({ view }: { view: NeedsView }) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" data-testid="needs-window">
        {t('pelatihanHasil.needs.window', {
          from: day(view.logWindow.from),
          to: day(view.logWindow.to),
          recent: day(view.recentFrom),
        })}
        {view.indicatorYears.length > 0 &&
          ` ${t('pelatihanHasil.needs.years', {
            years: [...new Set(view.indicatorYears.map((y) => y.year))].sort().join(', '),
          })}`}
      </Text>
      <SectionCard title={t('pelatihanHasil.needs.suggestionsTitle')} testId="needs-suggestions">
        {view.suggestions.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="needs-none">
            {t('pelatihanHasil.needs.none')}
          </Text>
        ) : (
          <Stack component="ol" gap="sm" className={classes.bareList}>
            {[...view.suggestions]
              .sort((a, b) => a.rank - b.rank)
              .map((s) => (
                <SuggestionCard key={s.topicId} suggestion={s} />
              ))}
          </Stack>
        )}
      </SectionCard>
      {view.coveredByRecentTraining.length > 0 && (
        <SectionCard title={t('pelatihanHasil.needs.coveredTitle')} testId="needs-covered">
          <Text size="sm" c="dimmed">
            {t('pelatihanHasil.needs.coveredIntro')}
          </Text>
          <ul className={classes.list}>
            {view.coveredByRecentTraining.map((c) => (
              <li key={c.topicId} className={classes.row} data-testid="need-covered" data-topic={c.topicId}>
                <Stack gap={2}>
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Text size="sm" fw={600} className={classes.wrap}>
                      {c.label}
                    </Text>
                    <Text size="xs" c="dimmed" className={classes.number}>
                      {t('pelatihanHasil.needs.removed', { count: c.pointsRemoved })}
                    </Text>
                  </Group>
                  {c.sessions.map((s) => (
                    <Text key={s.id} size="sm" className={classes.wrap}>
                      <Anchor component={Link} to={sessionPath(s.id)} inherit>
                        {s.programmeTitle} · {s.label}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed">
                        {t('pelatihanHasil.needs.ended', { date: day(s.endDate) })}
                      </Text>
                    </Text>
                  ))}
                </Stack>
              </li>
            ))}
          </ul>
        </SectionCard>
      )}
    </Stack>
  );
}

/** The place picker: a desa code, or one of the kawasan the reader can see. */
function PlacePicker({ desa, kawasanId }: { desa: string; kawasanId: string }) {
  const { t } = useTranslation();
  const [, setSearch] = useSearchParams();
  const [typed, setTyped] = useState(desa);
  const [problem, setProblem] = useState<string | undefined>();
  const kawasan = useQuery({
    queryKey: ['kawasan', 'choices'],
    queryFn: ({ signal }) => kawasanApi.list({ page: 1, pageSize: 200 }, signal),
    staleTime: 60_000,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = typed.replace(/[\s.]/g, '');
    const parsed = parseRegionCode(code);
    if (!parsed.ok || parsed.value.level !== 'village') {
      setProblem(t('pelatihanHasil.needs.desaInvalid'));
      return;
    }
    setProblem(undefined);
    setSearch(new URLSearchParams({ desa: code }), { replace: true });
  };
  return (
    <div className={classes.twoColumns}>
      <form onSubmit={submit} noValidate data-testid="needs-desa-form">
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <Box style={{ flex: 1, minWidth: 0 }}>
            <RegionCodeField
              label={t('pelatihanHasil.needs.desaField')}
              level="village"
              value={typed}
              onChange={(v) => {
                setTyped(v);
                setProblem(undefined);
              }}
              error={problem}
              data-testid="needs-desa"
            />
          </Box>
          <Button type="submit" mt={25} data-testid="needs-desa-submit">
            {t('pelatihanHasil.needs.show')}
          </Button>
        </Group>
      </form>
      <Select
        label={t('pelatihanHasil.needs.kawasanField')}
        placeholder={t('pelatihanHasil.needs.kawasanPlaceholder')}
        data={(kawasan.data?.items ?? []).map((k) => ({ value: k.id, label: k.name }))}
        value={kawasanId || null}
        onChange={(value) =>
          setSearch(value ? new URLSearchParams({ kawasan: value }) : new URLSearchParams(), {
            replace: true,
          })
        }
        searchable
        clearable
        nothingFoundMessage={t('search.empty')}
        comboboxProps={{ withinPortal: true }}
        data-testid="needs-kawasan"
      />
    </div>
  );
}

/**
 * `/pelatihan/kebutuhan?desa=|kawasan=`: the training topics a desa or kawasan seems to need,
 * ranked, each with its evidence — facilitators' approved notes and weak IDM indicator scores —
 * and the topics left out because a training on them was held there recently.
 */
export function TrainingNeedsPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const query = needsQueryOf(search);
  const needs = useTrainingNeeds(query);
  const view = query === null ? undefined : needs.data;
  useDocumentTitle(
    view
      ? t('pelatihanHasil.needs.documentTitlePlace', { name: view.target.name })
      : t('pelatihanHasil.needs.documentTitle'),
  );
  return (
    <Stack gap="lg" data-testid="training-needs-page">
      <Stack gap="xs" component="header">
        <Anchor component={Link} to={PELATIHAN_PATH} size="sm">
          ← {t('pelatihanHasil.backHome')}
        </Anchor>
        <Title order={1} size="h2">
          {view
            ? t('pelatihanHasil.needs.titlePlace', { name: view.target.name })
            : t('pelatihanHasil.needs.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('pelatihanHasil.needs.intro')}
        </Text>
      </Stack>
      <PlacePicker
        key={`${query?.desa ?? ''}|${query?.kawasanId ?? ''}`}
        desa={query?.desa ?? ''}
        kawasanId={query?.kawasanId ?? ''}
      />
      {query === null ? (
        <Text size="sm" c="dimmed" data-testid="needs-pick">
          {t('pelatihanHasil.needs.pick')}
        </Text>
      ) : needs.isPending ? (
        <LoadingState />
      ) : needs.isError ? (
        <PageLoadError
          error={needs.error}
          onRetry={() => void needs.refetch()}
          notFound={{
            title: t('pelatihanHasil.needs.notFoundTitle'),
            text: t('pelatihanHasil.needs.notFoundText'),
          }}
        />
      ) : (
        <Box style={{ opacity: needs.isPlaceholderData ? 0.6 : 1 }}>
          <NeedsBody view={needs.data} />
        </Box>
      )}
      <Group>
        <Anchor
          component={Link}
          to={dashboardPath(query?.kawasanId ? { kawasanId: query.kawasanId } : {})}
          size="sm"
        >
          {t('pelatihanHasil.dashboard.link')}
        </Anchor>
      </Group>
    </Stack>
  );
}
