import {
  Badge,
  Button,
  CloseButton,
  Combobox,
  Group,
  Highlight,
  Loader,
  Stack,
  Text,
  TextInput,
  useCombobox,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueries } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VillageHit } from '../../../contracts/regions.contract';
import type { EnterpriseKind } from '../../../domain/enterprise/vocabulary';
import { formatRegionCode } from '../../../domain/region-code';
import { kawasanApi } from '../../api-client/kawasan-api';
import { SearchIcon } from '../../shared/search-icon';
import { kawasanKeys } from '../kawasan/use-kawasan-queries';
import { ancestorsByLevel, regionTypeKey } from '../regions/region-labels';
import { SEARCH_MIN_CHARS, useVillageSearch } from '../regions/use-region-queries';
import { founderProblem, type PickedDesa } from './enterprise-form-model';
import classes from './usaha.module.css';

interface FounderPickerProps {
  kind: EnterpriseKind | '';
  founders: readonly PickedDesa[];
  onChange: (founders: PickedDesa[]) => void;
  /** The kawasan chosen on the form: their member desa are offered with one tap. */
  kawasanIds: readonly string[];
  /** The refusal of the founders (count, kelurahan, unknown desa), once the form was sent. */
  error?: string | undefined;
  /** The founding rule not met yet, said while the user is still picking. */
  note?: string | undefined;
  /** Messages of single founders, by code. */
  founderErrors?: Readonly<Record<string, string>>;
}

function placeOf(hit: Pick<VillageHit, 'ancestors'>): string {
  const { district, regency } = ancestorsByLevel(hit);
  return [district?.name, regency?.name].filter(Boolean).join(', ');
}

/**
 * The founding desa: searched by name anywhere in Indonesia (a BUM Desa Bersama is not bound to
 * one kecamatan), or picked from the member desa of the kawasan chosen above. What the kind
 * allows is said under the label before anything is sent; a desa the kind cannot take (a
 * kelurahan for a BUM Desa, a second desa for a BUM Desa) is listed with the reason.
 */
export function FounderPicker(props: FounderPickerProps) {
  const { kind, founders, onChange, kawasanIds, error, note, founderErrors } = props;
  const { t } = useTranslation();
  const listId = useId();
  const [value, setValue] = useState('');
  const typed = value.trim();
  const [debounced] = useDebouncedValue(typed, 200);
  const search = useVillageSearch(debounced, null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const enough = typed.length >= SEARCH_MIN_CHARS;
  const settled = debounced === typed && !search.isFetching;
  const hits = enough ? (search.data?.items ?? []) : [];
  const kawasan = useQueries({
    queries: kawasanIds.map((id) => ({
      queryKey: kawasanKeys.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => kawasanApi.get(id, signal),
      staleTime: 60_000,
    })),
  });

  const add = (desa: PickedDesa) => {
    if (founderProblem(kind, desa.code, founders)) return;
    onChange([...founders, desa]);
  };
  const pickHit = (code: string) => {
    const hit = hits.find((h) => h.code === code);
    if (!hit) return;
    add({ code: hit.code, name: hit.name, place: placeOf(hit) });
    setValue('');
    combobox.closeDropdown();
  };
  const remove = (code: string) => onChange(founders.filter((f) => f.code !== code));
  const problemText = (problem: 'chosen' | 'kelurahan' | 'full') => t(`usaha.founders.problem.${problem}`);

  let status: string | null = null;
  if (!enough) status = t('search.minChars');
  else if (search.isError && settled) status = search.error.message || t('search.failed');
  else if (hits.length === 0) status = settled && search.data ? t('search.empty') : t('search.loading');

  const suggestions = kawasan.flatMap((q) =>
    q.data
      ? [
          {
            id: q.data.id,
            name: q.data.name,
            members: q.data.members.filter((m) => founderProblem(kind, m.code, founders) === null),
          },
        ]
      : [],
  );

  return (
    <Stack gap="xs" data-testid="founder-picker">
      <Combobox store={combobox} onOptionSubmit={pickHit} withinPortal position="bottom-start">
        <Combobox.Target withExpandedAttribute>
          <TextInput
            label={t('usaha.founders.label')}
            description={kind ? t(`usaha.founders.rule.${kind}`) : t('usaha.founders.chooseKind')}
            required
            type="search"
            value={value}
            disabled={kind === ''}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              combobox.openDropdown();
            }}
            onClick={() => combobox.openDropdown()}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            placeholder={t('usaha.founders.placeholder')}
            autoComplete="off"
            spellCheck={false}
            leftSection={<SearchIcon />}
            rightSection={
              enough && search.isFetching ? <Loader size={16} aria-label={t('search.loading')} /> : null
            }
            inputWrapperOrder={['label', 'description', 'input', 'error']}
            data-testid="founder-search"
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={typed.length === 0}>
          <Combobox.Options className={classes.options} aria-label={t('usaha.founders.label')}>
            {status !== null ? (
              <Combobox.Empty className={classes.status}>{status}</Combobox.Empty>
            ) : (
              hits.map((hit) => {
                const problem = founderProblem(kind, hit.code, founders);
                return (
                  <Combobox.Option
                    key={hit.code}
                    value={hit.code}
                    disabled={problem !== null}
                    className={classes.option}
                    data-testid="founder-hit"
                    data-problem={problem ?? undefined}
                  >
                    <Group
                      justify="space-between"
                      wrap="nowrap"
                      gap="xs"
                      align="flex-start"
                      preventGrowOverflow={false}
                    >
                      <Highlight highlight={typed} fw={600} size="sm" className={classes.wrap}>
                        {hit.name}
                      </Highlight>
                      <Badge variant="light" size="xs" radius="sm" className={classes.noShrink}>
                        {t(`type.${regionTypeKey(hit)}`)}
                      </Badge>
                    </Group>
                    <Text size="xs" c="dimmed" className={classes.wrap}>
                      {placeOf(hit) || hit.codeDotted}
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
      {kind !== '' &&
        suggestions.map(
          (k) =>
            k.members.length > 0 && (
              <Stack key={k.id} gap={4} data-testid="founder-suggestions">
                <Text size="xs" c="dimmed">
                  {t('usaha.founders.fromKawasan', { name: k.name })}
                </Text>
                <Group gap={6} wrap="wrap">
                  {k.members.map((m) => (
                    <Button
                      key={m.code}
                      size="compact-sm"
                      variant="light"
                      onClick={() => add({ code: m.code, name: m.name, place: m.districtName })}
                      data-testid="founder-suggestion"
                      data-code={m.code}
                    >
                      + {m.name}
                    </Button>
                  ))}
                </Group>
              </Stack>
            ),
        )}
      <Stack gap={2}>
        <Text size="sm" fw={500} id={listId}>
          {t('usaha.founders.chosen', { count: founders.length })}
        </Text>
        {founders.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="founders-none">
            {t('usaha.founders.none')}
          </Text>
        ) : (
          <ol className={classes.list} aria-labelledby={listId} data-testid="picked-founders">
            {founders.map((f) => (
              <li key={f.code} className={classes.row} data-testid="picked-founder" data-code={f.code}>
                <Group
                  justify="space-between"
                  wrap="nowrap"
                  gap="xs"
                  align="flex-start"
                  preventGrowOverflow={false}
                >
                  <div className={classes.wrap}>
                    <Text size="sm" fw={600} span>
                      {f.name}
                    </Text>{' '}
                    <Text size="xs" c="dimmed" span className={classes.code}>
                      {formatRegionCode(f.code)}
                    </Text>
                    {f.place && (
                      <Text size="xs" c="dimmed">
                        {f.place}
                      </Text>
                    )}
                    {founderErrors?.[f.code] && (
                      <Text size="xs" c="red.8" role="alert">
                        {founderErrors[f.code]}
                      </Text>
                    )}
                  </div>
                  <CloseButton
                    size="sm"
                    onClick={() => remove(f.code)}
                    aria-label={t('usaha.founders.remove', { name: f.name })}
                  />
                </Group>
              </li>
            ))}
          </ol>
        )}
      </Stack>
      {error ? (
        <Text size="sm" c="red.8" role="alert" data-testid="founders-error">
          {error}
        </Text>
      ) : (
        note && (
          <Text size="sm" c="orange.9" aria-live="polite" data-testid="founders-note">
            {note}
          </Text>
        )
      )}
    </Stack>
  );
}
