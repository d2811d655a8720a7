import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../domain/rpkp/plan';
import { parseRupiah, rupiahDigits } from './rpkp-numbers';

interface RupiahInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'error'> {
  value: string;
  onChange: (text: string) => void;
  /** A plan issue or a server message; a typing problem is shown first. */
  error?: string | undefined;
}

/**
 * Whole rupiah as text: accepts `1.250.000` or `1250000`, writes the thousands dots back when the
 * field is left, and shows the amount read (`= Rp1.250.000`) or why it cannot be read. Never a
 * floating-point number.
 */
export function RupiahInput({ value, onChange, error, description, onBlur, ...props }: RupiahInputProps) {
  const { t } = useTranslation();
  const read = value.trim() === '' ? null : parseRupiah(value);
  const typing = read && !read.ok ? t(`rpkp.rupiah.${read.problem}`) : undefined;
  return (
    <TextInput
      {...props}
      inputMode="numeric"
      autoComplete="off"
      leftSection={<span aria-hidden="true">Rp</span>}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={(e) => {
        if (read?.ok) onChange(rupiahDigits(read.value));
        onBlur?.(e);
      }}
      description={read?.ok ? `= ${formatRupiah(read.value)}` : description}
      error={typing ?? error}
    />
  );
}
