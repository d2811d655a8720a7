import { NativeSelect, Select, SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionSummary } from '../../../contracts/regions.contract';
import { useProvinceRegencies } from '../kawasan/use-kawasan-queries';
import { useNationalSummary } from '../regions/use-region-queries';
import type { KabupatenChoice } from './recommender-model';
import { useRegionDetails } from './use-recommender-queries';

interface KabupatenPickerProps {
  choice: KabupatenChoice;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string | undefined;
  disabled?: boolean;
}

interface Option {
  value: string;
  label: string;
  disabled: boolean;
}

const hasDesa = (r: Pick<RegionSummary, 'counts'>) => r.counts.desa + r.counts.desaAdat > 0;

/** The province a picker starts in: the picked kabupaten's, when the user may choose it. */
function initialProvince(choice: KabupatenChoice, value: string | null): string | null {
  const ofValue = value?.slice(0, 2) ?? null;
  if (ofValue && (choice.national || choice.provinces.some((p) => p.code === ofValue))) return ofValue;
  if (!choice.national && choice.provinces.length === 1) return choice.provinces[0]!.code;
  return null;
}

/**
 * Where to run the recommender: a kabupaten officer's own kabupaten (preselected), a province
 * officer's kabupaten/kota of the province, or for a national user any, province first. The
 * kabupaten list is searchable by name; a kota without desa cannot be chosen.
 */
export function KabupatenPicker({ choice, value, onChange, error, disabled }: KabupatenPickerProps) {
  const { t } = useTranslation();
  const [province, setProvince] = useState<string | null>(() => initialProvince(choice, value));
  const national = useNationalSummary();
  const own = useRegionDetails(choice.kabupaten);
  const regencies = useProvinceRegencies(province);

  const provinceOptions = choice.national
    ? (national.data?.provinces ?? []).map((p) => ({ value: p.code, label: p.name }))
    : choice.provinces.map((p) => ({ value: p.code, label: p.label }));
  const showProvince = choice.national || choice.provinces.length > 1;

  const options: Option[] = [];
  const add = (r: Pick<RegionSummary, 'code' | 'name' | 'counts'>) => {
    if (options.some((o) => o.value === r.code)) return;
    options.push({ value: r.code, label: r.name, disabled: !hasDesa(r) });
  };
  for (const r of own.regions) add(r);
  for (const r of regencies.data?.items ?? []) add(r);
  const pending = own.pending || (province !== null && regencies.isPending);

  return (
    <SimpleGrid cols={{ base: 1, sm: showProvince ? 2 : 1 }} spacing="sm">
      {showProvince && (
        <NativeSelect
          label={t('kawasanRecommender.form.province')}
          value={province ?? ''}
          disabled={disabled}
          onChange={(e) => {
            const next = e.currentTarget.value || null;
            setProvince(next);
            if (value && next !== value.slice(0, 2) && !choice.kabupaten.includes(value)) onChange(null);
          }}
          data={[
            { value: '', label: t('kawasanRecommender.form.chooseProvince'), disabled: true },
            ...provinceOptions,
          ]}
          data-testid="recommender-province"
        />
      )}
      <Select
        label={t('kawasanRecommender.form.kabupaten')}
        placeholder={
          pending
            ? t('kawasanRecommender.form.loadingKabupaten')
            : t('kawasanRecommender.form.chooseKabupaten')
        }
        data={options}
        value={options.some((o) => o.value === value) ? value : null}
        onChange={(code) => onChange(code)}
        searchable
        allowDeselect={false}
        nothingFoundMessage={t('kawasanRecommender.form.nothingFound')}
        required
        disabled={disabled || (pending && options.length === 0)}
        error={error}
        comboboxProps={{ withinPortal: true }}
        data-testid="recommender-kabupaten"
      />
    </SimpleGrid>
  );
}
