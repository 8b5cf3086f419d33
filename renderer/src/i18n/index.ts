/** i18next set-up: Polish by default, English selectable in Ustawienia (remembered on this computer). */
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { labelOf, type Label, type Language } from '../../../preload/contract';
import { en } from './en';
import { FEATURE_MESSAGES } from './features';
import { pl } from './pl';

const STORAGE_KEY = 'kooperator.language';
export const LANGUAGES: Record<Language, string> = { pl: 'Polski', en: 'English' };

function storedLanguage(): Language {
  const value = localStorage.getItem(STORAGE_KEY);
  return value === 'en' ? 'en' : 'pl';
}

const messagesIn = (language: Language) => Object.assign({}, language === 'pl' ? pl : en, ...FEATURE_MESSAGES.map((feature) => feature[language]));

void i18n.use(initReactI18next).init({
  resources: { pl: { translation: messagesIn('pl') }, en: { translation: messagesIn('en') } },
  lng: storedLanguage(),
  fallbackLng: 'pl',
  interpolation: { escapeValue: false },
});

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'pl';
}

/** Label of a vocabulary entry (institution type, sector…) in the current language. */
export function useLabel(): (entry: Label) => string {
  const { i18n: instance } = useTranslation();
  const language: Language = instance.language === 'en' ? 'en' : 'pl';
  return (entry) => labelOf(entry, language);
}

export default i18n;
