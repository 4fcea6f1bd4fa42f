/**
 * The portal's languages and how the page picks one, with no library: the sign-in form paints
 * in the right language before i18next has loaded, and i18next then agrees with it.
 */
export const LANGUAGES = [
  { code: 'zh-CN', label: '简体中文' },
  { code: 'en', label: 'English' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

/** Where the chosen language is remembered. */
export const LANGUAGE_STORAGE_KEY = 'fieldloop.language';

/** Any Chinese is zh-CN, any English en; other languages as they are (so: not supported). */
export const normalizeLanguage = (language: string) =>
  language.toLowerCase().startsWith('zh') ? 'zh-CN' : language.startsWith('en') ? 'en' : language;

const isSupported = (language: string): language is Language => LANGUAGES.some((supported) => supported.code === language);

/** The supported language this one is, else English (i18next's fallback). */
export const supportedLanguage = (language: string | undefined): Language => {
  const normalized = normalizeLanguage(language ?? '');
  return isSupported(normalized) ? normalized : 'en';
};

/** What the user chose before, else the first supported language of the browser, else English: i18next's detection order. */
export function detectLanguage(): Language {
  let chosen: string | null = null;
  try {
    chosen = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage refused (privacy settings): the browser's languages decide.
  }
  const candidates = [...(chosen ? [chosen] : []), ...navigator.languages, navigator.language].map(normalizeLanguage);
  return candidates.find(isSupported) ?? 'en';
}
