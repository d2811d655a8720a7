import { useTranslation } from 'react-i18next';

/** The vocabularies the API sends labels for, and where their translations are. */
const GROUPS = {
  kind: 'usaha.kind',
  legalStatus: 'usaha.legalStatus',
  activity: 'usaha.activity',
  stage: 'usaha.stage',
  unitStatus: 'usaha.unitStatus',
  source: 'usaha.source',
  gapKind: 'usahaHasil.gapKind',
  performance: 'usahaHasil.performance',
} as const;
export type LabelGroup = keyof typeof GROUPS;

/**
 * The label of a code in the reader's language: in Bahasa Indonesia the API's own label (it may
 * depend on more than the code, e.g. the legal status of a business group), in English the
 * translation of the code, the API's label when there is none.
 */
export function useCodeLabel(): (group: LabelGroup, code: string, apiLabel: string) => string {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (group, code, apiLabel) => {
    if (language === 'id') return apiLabel;
    const key = `${GROUPS[group]}.${code}`;
    return i18n.exists(key) ? String(t(key as never)) : apiLabel;
  };
}
