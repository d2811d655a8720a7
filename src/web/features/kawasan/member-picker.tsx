import {
  Badge,
  CloseButton,
  Combobox,
  Group,
  Highlight,
  Loader,
  Stack,
  Text,
  TextInput,
  useCombobox,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VillageHit } from '../../../contracts/regions.contract';
import { formatRegionCode } from '../../../domain/region-code';
import { SearchIcon } from '../../shared/search-icon';
import { ancestorsByLevel, regionTypeKey } from '../regions/region-labels';
import { SEARCH_MIN_CHARS, useVillageSearch } from '../regions/use-region-queries';
import {
  type CandidateProblem,
  candidateProblem,
  MAX_MEMBERS,
  MIN_MEMBERS,
  type PickedMember,
} from './kawasan-members';
import classes from './member-picker.module.css';

interface MemberPickerProps {
  /** The kabupaten the members must lie in; the search looks there (or in their province). */
  kabupatenCodes: readonly string[];
  members: readonly PickedMember[];
  onChange: (members: PickedMember[]) => void;
  error?: string | undefined;
  /** Server errors of single members, by desa code. */
  memberErrors?: Readonly<Record<string, string>>;
}

function pickedOf(hit: VillageHit): PickedMember {
  return { code: hit.code, name: hit.name, districtName: ancestorsByLevel(hit).district?.name ?? '' };
}

function useProblemText(): (problem: CandidateProblem) => string {
  const { t } = useTranslation();
  return (problem) => t(`kawasan.picker.problem.${problem}`, { max: MAX_MEMBERS });
}

/**
 * Member desa chosen by searching their names inside the kawasan's kabupaten. Kelurahan are
 * listed but cannot be picked, with the reason; the chosen desa are listed below with a remove
 * button each.
 */
export function MemberPicker({ kabupatenCodes, members, onChange, error, memberErrors }: MemberPickerProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const listId = useId();
  const [value, setValue] = useState('');
  const typed = value.trim();
  const [debounced] = useDebouncedValue(typed, 200);
  const provinces = [...new Set(kabupatenCodes.map((c) => c.slice(0, 2)))];
  const within =
    kabupatenCodes.length === 1 ? kabupatenCodes[0]! : provinces.length === 1 ? provinces[0]! : null;
  const enabled = within !== null;
  const search = useVillageSearch(enabled ? debounced : '', within);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const chosen = members.map((m) => m.code);
  const enough = typed.length >= SEARCH_MIN_CHARS;
  const settled = debounced === typed && !search.isFetching;
  const hits = enough ? (search.data?.items ?? []) : [];

  const add = (code: string) => {
    const hit = hits.find((h) => h.code === code);
    if (!hit || candidateProblem(hit, kabupatenCodes, chosen)) return;
    onChange([...members, pickedOf(hit)]);
    setValue('');
    combobox.closeDropdown();
  };
  const remove = (code: string) => onChange(members.filter((m) => m.code !== code));

  let status: string | null = null;
  if (!enough) status = t('search.minChars');
  else if (search.isError && settled) status = search.error.message || t('search.failed');
  else if (hits.length === 0) status = settled && search.data ? t('search.empty') : t('search.loading');

  return (
    <Stack gap="xs" data-testid="member-picker">
      <Combobox store={combobox} onOptionSubmit={add} withinPortal position="bottom-start">
        <Combobox.Target withExpandedAttribute>
          <TextInput
            label={t('kawasan.picker.label')}
            description={
              enabled
                ? t('kawasan.picker.hint', { min: MIN_MEMBERS, max: MAX_MEMBERS })
                : t('kawasan.picker.chooseKabupaten')
            }
            type="search"
            value={value}
            disabled={!enabled || members.length >= MAX_MEMBERS}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              combobox.openDropdown();
            }}
            onClick={() => combobox.openDropdown()}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            placeholder={t('kawasan.picker.placeholder')}
            autoComplete="off"
            spellCheck={false}
            leftSection={<SearchIcon />}
            rightSection={
              enough && search.isFetching ? <Loader size={16} aria-label={t('search.loading')} /> : null
            }
            error={error}
            data-testid="member-search"
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={typed.length === 0}>
          <Combobox.Options className={classes.options} aria-label={t('kawasan.picker.label')}>
            {status !== null ? (
              <Combobox.Empty className={classes.status}>{status}</Combobox.Empty>
            ) : (
              hits.map((hit) => {
                const problem = candidateProblem(hit, kabupatenCodes, chosen);
                const district = ancestorsByLevel(hit).district;
                return (
                  <Combobox.Option
                    key={hit.code}
                    value={hit.code}
                    disabled={problem !== null}
                    className={classes.option}
                    data-testid="member-hit"
                    data-problem={problem ?? undefined}
                  >
                    <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                      <Highlight highlight={typed} fw={600} size="sm" className={classes.wrap}>
                        {hit.name}
                      </Highlight>
                      <Badge
                        variant="light"
                        size="xs"
                        radius="sm"
                        color={hit.type === 'kelurahan' ? 'gray' : undefined}
                        className={classes.type}
                      >
                        {t(`type.${regionTypeKey(hit)}`)}
                      </Badge>
                    </Group>
                    <Text size="xs" c="dimmed" className={classes.wrap}>
                      {district ? t('search.district', { name: district.name }) : hit.codeDotted}
                    </Text>
                    {problem && (
                      <Text
                        size="xs"
                        c={problem === 'kelurahan' ? 'red.8' : 'dimmed'}
                        className={classes.wrap}
                      >
                        {problemText(problem)}
                      </Text>
                    )}
                  </Combobox.Option>
                );
              })
            )}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      <VisuallyHidden aria-live="polite">
        {enough && settled && search.data ? t('search.resultCount', { count: hits.length }) : ''}
      </VisuallyHidden>
      <Stack gap={2}>
        <Text size="sm" fw={500} id={listId}>
          {t('kawasan.picker.chosen', { count: members.length })}
        </Text>
        {members.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="members-none">
            {t('kawasan.picker.none')}
          </Text>
        ) : (
          <ol className={classes.list} aria-labelledby={listId} data-testid="picked-members">
            {members.map((m, i) => (
              <li key={m.code} className={classes.item} data-testid="picked-member">
                <Text span size="sm" c="dimmed" className={classes.index}>
                  {i + 1}.
                </Text>
                <div className={classes.wrap}>
                  <Text size="sm" fw={600} span>
                    {m.name}
                  </Text>{' '}
                  <Text size="xs" c="dimmed" span className={classes.code}>
                    {formatRegionCode(m.code)}
                  </Text>
                  {m.districtName && (
                    <Text size="xs" c="dimmed">
                      {t('search.district', { name: m.districtName })}
                    </Text>
                  )}
                  {memberErrors?.[m.code] && (
                    <Text size="xs" c="red.8" role="alert">
                      {memberErrors[m.code]}
                    </Text>
                  )}
                </div>
                <CloseButton
                  size="sm"
                  onClick={() => remove(m.code)}
                  aria-label={t('kawasan.picker.remove', { name: m.name })}
                  title={t('kawasan.picker.remove', { name: m.name })}
                />
              </li>
            ))}
          </ol>
        )}
      </Stack>
    </Stack>
  );
}
