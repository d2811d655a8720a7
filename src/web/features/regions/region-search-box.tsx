import {
  Button,
  Combobox,
  Loader,
  Stack,
  Switch,
  Text,
  TextInput,
  useCombobox,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RegionRef } from '../../../contracts/regions.contract';
import { isBadRequest } from '../../api-client/api-error';
import { SearchIcon } from '../../shared/search-icon';
import { regionPath } from './region-labels';
import classes from './region-search-box.module.css';
import { SearchHitOption } from './search-hit-option';
import { SEARCH_LIMIT, SEARCH_MIN_CHARS, useVillageSearch } from './use-region-queries';

/** Wait after the last key press before searching. */
const DEBOUNCE_MS = 200;

interface RegionSearchBoxProps {
  /** Region the visitor is looking at: offered as a "Hanya di …" limit. */
  scope?: RegionRef | null;
}

/** Village search with instant results; arrow keys move through them, Enter opens one. */
export function RegionSearchBox({ scope = null }: RegionSearchBoxProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [limited, setLimited] = useState(false);
  const typed = value.trim();
  const [debounced] = useDebouncedValue(typed, DEBOUNCE_MS);
  const within = limited && scope ? scope.code : null;
  const search = useVillageSearch(debounced, within);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });

  const enoughLetters = typed.length >= SEARCH_MIN_CHARS;
  const settled = debounced === typed && !search.isFetching;
  const hits = enoughLetters ? (search.data?.items ?? []) : [];

  // Highlight the first result so Enter opens it straight away.
  const firstHit = hits[0]?.code;
  const opened = combobox.dropdownOpened;
  useEffect(() => {
    if (firstHit && opened) combobox.selectFirstOption();
  }, [firstHit, opened, combobox.selectFirstOption]);

  const open = (code: string) => {
    combobox.closeDropdown();
    setValue('');
    combobox.targetRef.current?.blur();
    navigate(regionPath(code));
  };

  let status: ReactNode = null;
  if (!enoughLetters) status = t('search.minChars');
  else if (search.isError && settled) {
    // A 400 carries the server's explanation (e.g. too few letters); anything else may pass.
    status = isBadRequest(search.error) ? (
      search.error.message
    ) : (
      <Stack gap={6} align="flex-start">
        <Text size="sm" c="red">
          {t('search.failed')}
        </Text>
        <Button
          size="compact-sm"
          variant="light"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => void search.refetch()}
        >
          {t('error.retry')}
        </Button>
      </Stack>
    );
  } else if (hits.length === 0) status = settled && search.data ? t('search.empty') : t('search.loading');

  // The dropdown opens below the input *and* the "Hanya di …" switch, so the switch stays visible.
  return (
    <Combobox store={combobox} onOptionSubmit={open} withinPortal position="bottom-start">
      <Combobox.DropdownTarget>
        <Stack gap={4} className={classes.root}>
          <Combobox.EventsTarget withExpandedAttribute>
            <TextInput
              type="search"
              value={value}
              onChange={(event) => {
                setValue(event.currentTarget.value);
                combobox.openDropdown();
              }}
              onClick={() => combobox.openDropdown()}
              onFocus={() => combobox.openDropdown()}
              onBlur={() => combobox.closeDropdown()}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setValue('');
              }}
              placeholder={t('search.placeholder')}
              aria-label={t('search.label')}
              autoComplete="off"
              spellCheck={false}
              leftSection={<SearchIcon />}
              rightSection={
                enoughLetters && search.isFetching ? (
                  <Loader size={16} aria-label={t('search.loading')} />
                ) : null
              }
            />
          </Combobox.EventsTarget>
          {scope && (
            <Switch
              size="xs"
              color="yellow.4"
              checked={limited}
              onChange={(event) => setLimited(event.currentTarget.checked)}
              label={t('search.within', { name: scope.name })}
              classNames={{ label: classes.scopeLabel }}
            />
          )}
          <VisuallyHidden aria-live="polite">
            {enoughLetters && settled && search.data ? t('search.resultCount', { count: hits.length }) : ''}
          </VisuallyHidden>
        </Stack>
      </Combobox.DropdownTarget>
      <Combobox.Dropdown hidden={typed.length === 0}>
        <Combobox.Options className={classes.options} aria-label={t('search.label')}>
          {status !== null ? (
            <Combobox.Empty className={classes.status}>{status}</Combobox.Empty>
          ) : (
            hits.map((hit) => <SearchHitOption key={hit.code} hit={hit} query={typed} />)
          )}
        </Combobox.Options>
        {status === null && hits.length >= SEARCH_LIMIT && (
          <Combobox.Footer className={classes.footer}>
            {t('search.firstResults', { count: hits.length })}
          </Combobox.Footer>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
}
