import { MultiSelect, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KabupatenOption } from './use-kabupaten-options';

interface KabupatenFieldProps {
  options: readonly KabupatenOption[];
  /** A province officer may choose several kabupaten of the province. */
  multiple: boolean;
  provinceName: string | null;
  value: string[];
  onChange: (codes: string[]) => void;
  pending: boolean;
  error?: string | undefined;
}

/**
 * Where the kawasan lies: the user's one kabupaten shown as it is, a choice among several, or
 * for a province officer one or more kabupaten of the province. A kabupaten/kota without desa
 * is listed but cannot be chosen.
 */
export function KabupatenField(props: KabupatenFieldProps) {
  const { options, multiple, provinceName, value, onChange, pending, error } = props;
  const { t } = useTranslation();
  const label = t('kawasan.form.kabupaten');
  const data = options.map((o) => ({
    value: o.code,
    label: o.hasDesa ? o.name : t('kawasan.form.kabupatenNoDesa', { name: o.name }),
    disabled: !o.hasDesa,
  }));
  if (pending) {
    return <TextInput label={label} value={t('app.loading')} readOnly disabled />;
  }
  if (!multiple && options.length === 1) {
    const only = options[0]!;
    return (
      <TextInput
        label={label}
        value={only.name}
        readOnly
        variant="filled"
        description={only.hasDesa ? t('kawasan.form.kabupatenYours') : t('kawasan.form.kabupatenNoDesaHint')}
        error={error}
        data-testid="kawasan-kabupaten"
      />
    );
  }
  if (multiple) {
    return (
      <MultiSelect
        label={label}
        description={t('kawasan.form.kabupatenProvinceHint', { province: provinceName ?? '' })}
        placeholder={value.length === 0 ? t('kawasan.form.kabupatenPlaceholder') : undefined}
        data={data}
        value={value}
        onChange={onChange}
        searchable
        maxValues={10}
        required
        error={error}
        nothingFoundMessage={t('search.empty')}
        comboboxProps={{ withinPortal: true }}
        data-testid="kawasan-kabupaten"
      />
    );
  }
  return (
    <Select
      label={label}
      placeholder={t('kawasan.form.kabupatenPlaceholder')}
      data={data}
      value={value[0] ?? null}
      onChange={(code) => onChange(code ? [code] : [])}
      required
      allowDeselect={false}
      error={error}
      comboboxProps={{ withinPortal: true }}
      data-testid="kawasan-kabupaten"
    />
  );
}
