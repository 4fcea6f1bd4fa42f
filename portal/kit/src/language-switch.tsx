import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './language';

/** Switches the language of the whole portal; i18next's detector remembers the choice. */
export function LanguageSwitch({ label }: { label: string }) {
  const { i18n } = useTranslation();
  const id = useId();
  return (
    <span className="language-switch">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={i18n.resolvedLanguage} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.label}
          </option>
        ))}
      </select>
    </span>
  );
}
