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

const TZ = 'Europe/Stockholm';

/** Date and time in Swedish format, Stockholm time ("2026-11-23 07:41"), whatever the UI language. */
export function formatDateTime(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TZ, dateStyle: 'short', timeStyle: 'short' }).format(d);
}
