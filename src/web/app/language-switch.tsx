import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '../i18n/i18n-setup';

/** ID / EN toggle; the choice is remembered in localStorage and sets `<html lang>`. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'id';
  return (
    <SegmentedControl
      size="xs"
      radius="md"
      value={current}
      onChange={(value) => {
        if (isLanguage(value)) void i18n.changeLanguage(value);
      }}
      aria-label={t('language.label')}
      data={LANGUAGES.map((lang) => ({
        value: lang,
        label: (
          <span lang={lang} title={t(`language.${lang}`)}>
            <span aria-hidden="true">{lang.toUpperCase()}</span>
            <VisuallyHidden>{t(`language.${lang}`)}</VisuallyHidden>
          </span>
        ),
      }))}
    />
  );
}
