import { Button, Group, MultiSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalView } from '../../../contracts/musyawarah.contract';
import {
  addIndicatorRef,
  type DesaIndicatorScores,
  indicatorNames,
  indicatorOptions,
  proposalOptions,
  shortIndicatorRef,
  weakestIndicators,
} from './activity-links';
import type { ActivityDraft } from './plan-draft';
import { useLatestIndicators } from './use-rpkp-queries';

/** The kawasan's proposals as the editor received them: still loading, failed, or the list. */
export type ProposalChoices =
  | { state: 'pending' }
  | { state: 'error' }
  | { state: 'ready'; items: readonly ProposalView[] };

const MAX_LINKS = 50;
const MAX_REF_LENGTH = 60;
const WEAKEST = 10;

interface ActivityLinksProps {
  activity: ActivityDraft;
  testPrefix: string;
  proposals: ProposalChoices;
  /** The year of each member desa's latest IDM result. */
  indexYears: ReadonlyMap<string, number>;
  desaName: (code: string) => string;
  onChange: (patch: Partial<ActivityDraft>) => void;
}

/** The proposals an activity answers, picked from the kawasan's chosen ones, and the weak IDM indicators of its desa. */
export function ActivityLinks({
  activity,
  testPrefix,
  proposals,
  indexYears,
  desaName,
  onChange,
}: ActivityLinksProps) {
  const { t } = useTranslation();
  const proposalIds = activity.proposalIds ?? [];
  const refs = activity.indicatorRefs ?? [];
  const [otherRef, setOtherRef] = useState('');

  const proposalData = proposalOptions(proposals.state === 'ready' ? proposals.items : [], proposalIds, {
    kind: (kind) => t(`musyawarah.proposalKind.${kind}`),
    // While the list loads (or when it failed) a stored id is shown as it is.
    unknown: (id) => (proposals.state === 'ready' ? t('rpkp.links.unknownProposal', { id }) : id),
  });

  const scored = activity.desaCodes.flatMap((code) => {
    const year = indexYears.get(code);
    return year === undefined ? [] : [{ code, year }];
  });
  const results = useLatestIndicators(scored);
  const desaScores: DesaIndicatorScores[] = scored.flatMap(({ code, year }, k) => {
    const data = results[k]?.data;
    return data ? [{ desaCode: code, desaName: desaName(code), year, indicators: data.indicators }] : [];
  });
  const loadingScores = results.some((r) => r.isPending && r.fetchStatus !== 'idle');
  const weak = weakestIndicators(desaScores, WEAKEST);
  const names = indicatorNames(desaScores);
  const indicatorData = indicatorOptions(weak, refs, names, {
    weak: (w) =>
      t('rpkp.links.weakOption', {
        code: shortIndicatorRef(w.ref),
        name: w.name,
        scores:
          w.scores.length === 1 && activity.desaCodes.length <= 1
            ? String(w.scores[0]!.score)
            : w.scores.map((s) => `${s.score} (${s.desaName})`).join(', '),
      }),
    other: (ref, name) => (name ? `${shortIndicatorRef(ref)} ${name}` : ref),
  });
  const years = [...new Set(desaScores.map((d) => d.year))].sort();
  const withScores = new Set(desaScores.filter((d) => d.indicators.length > 0).map((d) => d.desaCode));
  const unscored = activity.desaCodes.filter((code) => !withScores.has(code));
  const indicatorHint =
    activity.desaCodes.length === 0
      ? t('rpkp.links.indicatorsNoDesa')
      : loadingScores
        ? t('rpkp.links.indicatorsLoading')
        : weak.length > 0
          ? t('rpkp.links.indicatorsHint', { count: weak.length, years: years.join(', ') })
          : withScores.size > 0
            ? t('rpkp.links.indicatorsNone')
            : t('rpkp.links.indicatorsUnscored');

  const addOther = () => {
    const next = addIndicatorRef(refs, otherRef, MAX_LINKS);
    if (next.length !== refs.length) onChange({ indicatorRefs: next });
    setOtherRef('');
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <MultiSelect
        label={`${t('rpkp.editor.proposals')} (${t('common.optional')})`}
        description={
          proposals.state === 'error'
            ? t('rpkp.links.proposalsError')
            : proposals.state === 'ready' && proposalData.length === 0
              ? t('rpkp.links.proposalsNone')
              : t('rpkp.links.proposalsHint')
        }
        placeholder={proposalIds.length === 0 ? t('rpkp.links.proposalsPlaceholder') : undefined}
        nothingFoundMessage={t('rpkp.links.nothingFound')}
        data={proposalData}
        value={proposalIds}
        onChange={(value) => onChange({ proposalIds: value })}
        searchable
        maxValues={MAX_LINKS}
        comboboxProps={{ withinPortal: true }}
        data-testid={`${testPrefix}-proposals`}
      />
      <Stack gap={6}>
        <MultiSelect
          label={`${t('rpkp.editor.indicators')} (${t('common.optional')})`}
          description={indicatorHint}
          placeholder={
            refs.length === 0 && weak.length > 0 ? t('rpkp.links.indicatorsPlaceholder') : undefined
          }
          nothingFoundMessage={t('rpkp.links.nothingFound')}
          data={indicatorData}
          value={refs}
          onChange={(value) => onChange({ indicatorRefs: value })}
          searchable
          maxValues={MAX_LINKS}
          comboboxProps={{ withinPortal: true }}
          data-testid={`${testPrefix}-indicators`}
        />
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('rpkp.links.otherRef')}
            placeholder="IDM:IKE.09"
            size="xs"
            value={otherRef}
            maxLength={MAX_REF_LENGTH}
            onChange={(e) => setOtherRef(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              // Enter adds the code; it must not save the whole plan.
              e.preventDefault();
              addOther();
            }}
            style={{ flex: 1, minWidth: 0 }}
            data-testid={`${testPrefix}-indicator-other`}
          />
          <Button
            variant="default"
            size="xs"
            onClick={addOther}
            disabled={otherRef.trim() === '' || refs.length >= MAX_LINKS}
            data-testid={`${testPrefix}-indicator-add`}
          >
            {t('rpkp.links.addRef')}
          </Button>
        </Group>
        {/* Some desa scored, some not: say which have no scores to suggest from. */}
        {withScores.size > 0 && unscored.length > 0 && !loadingScores && (
          <Text size="xs" c="dimmed" data-testid={`${testPrefix}-indicators-unscored`}>
            {t('rpkp.links.unscored', { list: unscored.map(desaName).join(', ') })}
          </Text>
        )}
      </Stack>
    </SimpleGrid>
  );
}
