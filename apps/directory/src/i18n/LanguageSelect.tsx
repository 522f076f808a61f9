import { useId } from 'react';
import { isLocale } from '@hub/domain';
import { useI18n } from './useI18n';

/** Each language named in itself, so either reader can find their own. */
const languages = [
  { locale: 'en', name: 'English' },
  { locale: 'sv', name: 'Svenska' },
] as const;

export const LanguageSelect = () => {
  const { locale, messages, setLocale } = useI18n();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id}>{messages.language}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) {
            setLocale(event.target.value);
          }
        }}
      >
        {languages.map((language) => (
          <option key={language.locale} value={language.locale} lang={language.locale}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
};
