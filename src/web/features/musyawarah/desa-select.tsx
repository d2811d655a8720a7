import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberDesa } from '../../../contracts/musyawarah.contract';

/** A choice among the kawasan's member desa, empty until one is picked. */
export function DesaSelect({
  label,
  description,
  required,
  memberDesa,
  value,
  onChange,
  error,
  'data-testid': testId,
}: {
  label: string;
  description?: string;
  required: boolean;
  memberDesa: readonly MemberDesa[];
  value: string;
  onChange: (desaCode: string) => void;
  error?: string;
  'data-testid': string;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label}
      description={description}
      required={required}
      data={[
        { value: '', label: t('musyawarah.form.desaPlaceholder') },
        ...memberDesa.map((d) => ({ value: d.code, label: d.name })),
      ]}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
      data-testid={testId}
    />
  );
}
