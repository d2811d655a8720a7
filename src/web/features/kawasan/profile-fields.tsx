import { Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { COMMODITY_MAX } from './kawasan-forms';
import { useKawasanThemes } from './use-kawasan-queries';

export interface ProfileValues {
  name: string;
  theme: string | null;
  commodities: string[];
  delineationNotes: string;
}

export type ProfileErrors = Partial<Record<keyof ProfileValues, string>>;

interface ProfileFieldsProps {
  values: ProfileValues;
  onChange: (values: ProfileValues) => void;
  errors: ProfileErrors;
}

/** Name, theme, flagship commodities and delineation notes: the profile of a kawasan. */
export function ProfileFields({ values, onChange, errors }: ProfileFieldsProps) {
  const { t } = useTranslation();
  const themes = useKawasanThemes();
  const set = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) =>
    onChange({ ...values, [key]: value });
  const themeData = (themes.data ?? []).map((theme) => ({ value: theme.code, label: theme.label }));
  if (values.theme && !themeData.some((d) => d.value === values.theme)) {
    themeData.push({ value: values.theme, label: values.theme });
  }
  const themeDescription = themes.data?.find((theme) => theme.code === values.theme)?.description;
  return (
    <>
      <TextInput
        label={t('kawasan.form.name')}
        description={t('kawasan.form.nameHint')}
        required
        minLength={3}
        maxLength={120}
        value={values.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        error={errors.name}
        data-testid="kawasan-name"
      />
      <Select
        label={`${t('kawasan.form.theme')} (${t('common.optional')})`}
        description={themeDescription ?? t('kawasan.form.themeHint')}
        placeholder={themes.isPending ? t('app.loading') : t('kawasan.form.themePlaceholder')}
        data={themeData}
        value={values.theme}
        onChange={(value) => set('theme', value)}
        clearable
        allowDeselect
        error={errors.theme ?? (themes.isError ? t('kawasan.form.themesFailed') : undefined)}
        comboboxProps={{ withinPortal: true }}
        data-testid="kawasan-theme"
      />
      <TagsInput
        label={`${t('kawasan.form.commodities')} (${t('common.optional')})`}
        description={t('kawasan.form.commoditiesHint', { max: COMMODITY_MAX })}
        placeholder={t('kawasan.form.commoditiesPlaceholder')}
        value={values.commodities}
        onChange={(tags) => set('commodities', tags)}
        maxTags={COMMODITY_MAX}
        splitChars={[',', ';']}
        acceptValueOnBlur
        clearable
        error={errors.commodities}
        data-testid="kawasan-commodities"
      />
      <Textarea
        label={`${t('kawasan.form.delineationNotes')} (${t('common.optional')})`}
        description={t('kawasan.form.delineationHint')}
        autosize
        minRows={3}
        maxRows={10}
        maxLength={4000}
        value={values.delineationNotes}
        onChange={(e) => set('delineationNotes', e.currentTarget.value)}
        error={errors.delineationNotes}
      />
    </>
  );
}
