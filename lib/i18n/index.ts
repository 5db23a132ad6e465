import { en, sv, type MessageKey } from './messages';
import { makeTranslator } from './translate';

export type { MessageKey } from './messages';
export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const catalogs: Record<Language, Record<MessageKey, string>> = { sv, en };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A translator for one language; `{name}` in a message is replaced by vars.name. */
export function translator(lang: Language): Translate {
  return makeTranslator<MessageKey>(catalogs[lang], lang);
}

export { formatDateTime } from './format-date';
