import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CODE_LENGTH, parseRegionCode, type RegionLevel } from '../../../domain/region-code';
import { useRegionDetail } from '../regions/use-region-queries';
import { compactCode } from './pendampingan-forms';

interface RegionCodeFieldProps {
  label: string;
  /** The level the code must have; its length is said in the hint. */
  level: RegionLevel | null;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  'data-testid': string;
}

/**
 * A Kemendagri region code typed with or without dots; once it is a code of the wanted level the
 * region's name is looked up and shown under it, so a typing error shows before saving.
 */
export function RegionCodeField(props: RegionCodeFieldProps) {
  const { label, level, value, onChange, error, required, disabled } = props;
  const { t } = useTranslation();
  const code = compactCode(value);
  const parsed = parseRegionCode(code);
  const complete = parsed.ok && (level === null || parsed.value.level === level);
  const region = useRegionDetail(complete ? code : undefined);
  const levelHint = level
    ? t('pendampingan.form.codeHint', { level: t(`pendampingan.level.${level}`), digits: CODE_LENGTH[level] })
    : undefined;
  const found = complete && region.data ? region.data.name : null;
  const missing = complete && region.isError ? t('pendampingan.form.codeUnknown') : undefined;
  return (
    <TextInput
      label={label}
      description={found ? `${found}` : levelHint}
      placeholder={level === 'village' ? '33.01.01.2001' : level === 'district' ? '33.01.01' : '33.01'}
      inputMode="numeric"
      required={required}
      disabled={disabled}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error ?? missing}
      data-testid={props['data-testid']}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
    />
  );
}
