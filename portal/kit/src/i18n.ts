import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { commonTranslations } from './common-translations';
import { LANGUAGE_STORAGE_KEY, LANGUAGES, normalizeLanguage } from './language';

/** The GraphQL `Locale` for texts the services translate (personality types, credit indicators). */
export const apiLocale = (language: string) => (language.startsWith('zh') ? 'ZH_CN' : 'EN');

/**
 * The page's one i18next instance (the default one: i18next and react-i18next are federated
 * singletons, so every remote's `useTranslation` reads this). The language comes from what
 * the user chose before, else the browser; any Chinese browser gets zh-CN.
 */
export async function initI18n(): Promise<typeof i18next> {
  if (i18next.isInitialized) return i18next;
  await i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      supportedLngs: LANGUAGES.map((language) => language.code),
      fallbackLng: 'en',
      load: 'currentOnly',
      ns: ['common'],
      defaultNS: 'common',
      resources: commonTranslations,
      interpolation: { escapeValue: false }, // React escapes
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
        convertDetectedLanguage: normalizeLanguage,
      },
    });
  const setDocumentLanguage = (language: string) => document.documentElement.setAttribute('lang', language);
  setDocumentLanguage(i18next.resolvedLanguage ?? 'en');
  i18next.on('languageChanged', setDocumentLanguage);
  return i18next;
}

/** Adds an app's translations under its own namespace (called when the app's module loads). */
export function addTranslations(namespace: string, resources: Record<string, object>): void {
  for (const [language, bundle] of Object.entries(resources)) i18next.addResourceBundle(language, namespace, bundle, true, true);
}
