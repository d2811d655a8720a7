import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id, type Messages } from './id';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_STORAGE_KEY = 'kawasan.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : 'id';
  } catch {
    return 'id';
  }
}

function applyLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this visit only.
  }
}

/** Sets up i18next once: Bahasa Indonesia unless the visitor chose English before. */
export function setupI18n(): typeof i18n {
  if (i18n.isInitialized) return i18n;
  void i18n.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: 'id',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    // No advertisement in the browser console of every visitor.
    showSupportNotice: false,
  });
  if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', applyLanguage);
  return i18n;
}

/** Locale for Intl formatting: Indonesian uses `.` as the thousands separator (83.762). */
export function numberLocale(language: string): string {
  return language === 'en' ? 'en' : 'id-ID';
}
